// SPDX-License-Identifier: MIT
#include "requestrunner.h"

#include "eventlogmodel.h"
#include "httprequest.h"
#include "responsebodystore.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
constexpr int tickIntervalMs = 33; // ~30 Hz: smooth enough to watch, cheap enough for 1 GiB
const HResult cancelled = HResult::fromWinHttp(WinHttpError::OperationCancelled);
} // namespace

RequestRunner::RequestRunner(QObject *parent)
    : QObject(parent)
    , m_body(std::make_shared<ResponseBodyStore>())
    , m_events(new EventLogModel(this))
{
    m_tick.setInterval(tickIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_dirty)
            return;
        m_dirty = false;
        m_events->flush();
        Q_EMIT progressed();
    });
    m_abortTimer.setSingleShot(true);
    m_abortTimer.setTimerType(Qt::PreciseTimer); // "after T ms" means T, not T ± 5 %
    connect(&m_abortTimer, &QTimer::timeout, this, [this] {
        abortFromTrigger(tr("abort after %n ms", nullptr, int(m_triggerValue)));
    });
}

RequestRunner::~RequestRunner()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
}

void RequestRunner::setMode(Mode mode)
{
    m_mode = mode;
}

RequestRunner::Mode RequestRunner::mode() const
{
    return m_mode;
}

void RequestRunner::setAbortTrigger(AbortTrigger trigger, qint64 value)
{
    m_trigger = trigger;
    m_triggerValue = value;
}

RequestRunner::AbortTrigger RequestRunner::abortTrigger() const
{
    return m_trigger;
}

qint64 RequestRunner::abortTriggerValue() const
{
    return m_triggerValue;
}

HResult RequestRunner::start(const RequestSpec &spec)
{
    if (m_request) { // a new Send replaces the old request; it must not speak again
        m_request->disconnect(this);
        m_request->abort();
        m_request->deleteLater();
    }
    m_events->clear();
    m_body = std::make_shared<ResponseBodyStore>();
    m_outcome = Outcome::Running;
    m_result = HResult();
    m_description.clear();
    m_status = 0;
    m_statusText.clear();
    m_contentType.clear();
    m_rawHeaders.clear();
    m_expected = -1;
    m_timing = Timing();
    m_dirty = false;
    m_clock.start();

    auto *request = new HttpRequest(this);
    m_request = request;
    connect(request, &HttpRequest::responseStarted, this, &RequestRunner::onResponseStarted);
    connect(request, &HttpRequest::responseDataAvailable, this, &RequestRunner::onData);
    connect(request, &HttpRequest::responseFinished, this, &RequestRunner::onFinished);
    connect(request, &HttpRequest::errorOccurred, this, &RequestRunner::onError);
    Q_EMIT started();

    const bool sync = m_mode == Mode::Sync;
    HResult r = request->open(spec.method, spec.url, !sync);
    if (!r.ok()) {
        end(Outcome::Failed, r, r.description());
        return r;
    }
    applySettings(*request, spec);
    for (const KeyValue &h : spec.effectiveHeaders()) {
        r = request->setRequestHeader(h.name, h.value);
        if (!r.ok()) {
            end(Outcome::Failed, r, tr("Header \"%1\": %2").arg(h.name, r.description()));
            return r;
        }
    }
    QString bodyError;
    const QByteArray body = spec.bodyBytes(&bodyError);
    if (!bodyError.isEmpty()) {
        end(Outcome::Failed, HResult::InvalidArg, bodyError);
        return HResult::InvalidArg;
    }

    logEvent(int(EventLogModel::Kind::Send), 0, spec.method + u' ' + spec.url);
    m_tick.start();
    if (m_trigger == AbortTrigger::AfterMs)
        m_abortTimer.start(int(std::clamp<qint64>(m_triggerValue, 0, std::numeric_limits<int>::max())));
    m_timing.sendMs = elapsedMs();
    // In Sync mode this runs the engine's nested loop: our handlers and timers run inside it.
    r = request->send(spec.bodyKind == RequestSpec::BodyKind::None ? QVariant() : QVariant(body));
    if (m_outcome == Outcome::Running && request == m_request) {
        if (!r.ok())
            end(r == cancelled ? Outcome::Aborted : Outcome::Failed, r, r.description());
        else if (sync)
            end(Outcome::Completed, r, QString()); // an engine that ended without an event
    }
    return r;
}

void RequestRunner::applySettings(HttpRequest &request, const RequestSpec &spec)
{
    // Errors here are the user's settings being refused; the request still goes out with the defaults.
    request.setOption(HttpRequest::ResponseBodyRetention, 0); // we keep the body ourselves (m_body)
    request.setTimeouts(spec.resolveTimeoutMs, spec.connectTimeoutMs, spec.sendTimeoutMs, spec.receiveTimeoutMs);
    request.setProxy(spec.proxySetting, spec.proxyServer, spec.proxyBypass);
    request.setAutoLogonPolicy(spec.autoLogonPolicy);
    if (!spec.clientCertificate.isEmpty())
        request.setClientCertificate(spec.clientCertificate);
    for (auto it = spec.options.cbegin(); it != spec.options.cend(); ++it)
        request.setOption(it.key(), it.value());
    if (spec.authKind == RequestSpec::AuthKind::Digest)
        request.setCredentials(spec.authUser, spec.authPassword, 0);
    if (!spec.proxyUser.isEmpty())
        request.setCredentials(spec.proxyUser, spec.proxyPassword, 1);
}

void RequestRunner::abort()
{
    if (m_outcome != Outcome::Running || !m_request)
        return;
    m_request->disconnect(this); // belt and braces: the engine promises silence after Abort
    m_request->abort();
    logEvent(int(EventLogModel::Kind::Abort), 0, tr("by the user"));
    end(Outcome::Aborted, cancelled, cancelled.description());
}

void RequestRunner::abortFromTrigger(const QString &why)
{
    if (m_outcome != Outcome::Running || !m_request)
        return;
    m_request->abort(); // inside a sync Send this is the only way out; Send then returns 0x80072EF1
    logEvent(int(EventLogModel::Kind::Abort), 0, why);
    end(Outcome::Aborted, cancelled, cancelled.description());
}

void RequestRunner::onResponseStarted(int status, const QString &contentType)
{
    m_timing.responseStartMs = elapsedMs();
    m_status = status;
    m_contentType = contentType;
    m_request->statusText(m_statusText);
    m_request->getAllResponseHeaders(m_rawHeaders);
    QString length;
    if (m_request->getResponseHeader(u"Content-Length"_s, length).ok()) {
        bool ok = false;
        const qint64 n = length.toLongLong(&ok);
        m_expected = ok ? n : -1;
    }
    logEvent(int(EventLogModel::Kind::ResponseStart),
        0,
        QString::number(status) + u' ' + m_statusText + (contentType.isEmpty() ? QString() : u", "_s + contentType));
    Q_EMIT responseHeadersReceived();
    if (m_trigger == AbortTrigger::ResponseStart)
        abortFromTrigger(tr("abort on response start"));
}

void RequestRunner::onData(const QByteArray &chunk)
{
    if (m_timing.firstByteMs < 0)
        m_timing.firstByteMs = elapsedMs();
    if (!m_body->append(chunk) && m_outcome == Outcome::Running) {
        abortFromTrigger(tr("cannot keep the body: %1").arg(m_body->errorString()));
        return;
    }
    logEvent(int(EventLogModel::Kind::DataAvailable), chunk.size(), QString());
    if (m_trigger == AbortTrigger::FirstChunk)
        abortFromTrigger(tr("abort on first chunk"));
    else if (m_trigger == AbortTrigger::AfterBytes && m_body->size() >= m_triggerValue)
        abortFromTrigger(tr("abort after %1 bytes").arg(m_triggerValue));
}

void RequestRunner::onFinished()
{
    logEvent(int(EventLogModel::Kind::ResponseFinished), 0, QString());
    end(Outcome::Completed, HResult(), QString());
}

void RequestRunner::onError(qint32 errorNumber, const QString &description)
{
    const HResult r(errorNumber);
    logEvent(int(EventLogModel::Kind::Error), 0, r.hex() + u' ' + description);
    end(Outcome::Failed, r, description);
}

void RequestRunner::end(Outcome outcome, HResult result, const QString &description)
{
    if (m_outcome != Outcome::Running)
        return;
    m_outcome = outcome;
    m_result = result;
    m_description = description;
    m_timing.endMs = elapsedMs();
    if (m_request && m_timing.sendMs >= 0) // after abort() too: Abort keeps the record
        m_timing.phases = m_request->timing();
    m_tick.stop();
    m_abortTimer.stop();
    m_body->finish();
    m_events->flush();
    Q_EMIT progressed();
    Q_EMIT finished();
}

void RequestRunner::logEvent(int kind, qint64 size, const QString &detail)
{
    m_events->append({ EventLogModel::Kind(kind), elapsedMs(), size, m_body->size(), detail });
    m_dirty = true;
}

RequestRunner::Outcome RequestRunner::outcome() const
{
    return m_outcome;
}

bool RequestRunner::isRunning() const
{
    return m_outcome == Outcome::Running;
}

HResult RequestRunner::result() const
{
    return m_result;
}

QString RequestRunner::errorDescription() const
{
    return m_description;
}

int RequestRunner::status() const
{
    return m_status;
}

QString RequestRunner::statusText() const
{
    return m_statusText;
}

QString RequestRunner::contentType() const
{
    return m_contentType;
}

QString RequestRunner::rawHeaders() const
{
    return m_rawHeaders;
}

qint64 RequestRunner::bytesReceived() const
{
    return m_body->size();
}

qint64 RequestRunner::expectedBytes() const
{
    return m_expected;
}

double RequestRunner::elapsedMs() const
{
    return m_clock.isValid() ? double(m_clock.nsecsElapsed()) / 1e6 : 0.0;
}

RequestRunner::Timing RequestRunner::timing() const
{
    return m_timing;
}

std::shared_ptr<ResponseBodyStore> RequestRunner::body() const
{
    return m_body;
}

EventLogModel *RequestRunner::events() const
{
    return m_events;
}

} // namespace Reqscope
