// SPDX-License-Identifier: MIT
#include "httprequest.h"

#include "httprequestprivate.h"
#include "requesturl.h"
#include "responsetextdecoder.h"

#include <QAuthenticator>
#include <QBuffer>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

constexpr HResult beforeOpen = HResult::fromWinHttp(WinHttpError::CannotCallBeforeOpen);
constexpr HResult afterSend = HResult::fromWinHttp(WinHttpError::CannotCallAfterSend);
constexpr HResult cancelled = HResult::fromWinHttp(WinHttpError::OperationCancelled);
// Option 9 bits Qt can actually speak: TLS 1.0, 1.1, 1.2 and Reqscope's 0x2000 = TLS 1.3.
constexpr int usableTlsBits = 0x80 | 0x200 | 0x800 | 0x2000;

} // namespace

std::optional<int> HttpRequest::optionId(const QString &name)
{
    return OptionStore::idOf(name);
}

QString HttpRequest::optionName(int id)
{
    return OptionStore::nameOf(id);
}

HttpRequest::HttpRequest(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->manager = new QNetworkAccessManager(this);
    // Never Qt's application proxy: each Send sets the proxy chosen by ProxyResolver (SetProxy, §3.9).
    d->manager->setProxy(QNetworkProxy::NoProxy);
    connect(d->manager,
        &QNetworkAccessManager::authenticationRequired,
        this,
        [this](QNetworkReply *reply, QAuthenticator *authenticator) {
            if (reply == d->reply)
                d->answerChallenge(authenticator, false);
        });
    connect(d->manager,
        &QNetworkAccessManager::proxyAuthenticationRequired,
        this,
        [this](const QNetworkProxy &, QAuthenticator *authenticator) {
            if (d->isRunning())
                d->answerChallenge(authenticator, true);
        });
    d->phaseTimer = new PhaseTimer(this);
    connect(d->phaseTimer, &PhaseTimer::expired, this, [this](PhaseTimer::Phase phase) {
        if (d->isRunning()) // §3.8: any phase → 12002
            d->fail(HResult::fromWinHttp(WinHttpError::Timeout),
                QString::fromLatin1(QMetaEnum::fromType<PhaseTimer::Phase>().valueToKey(int(phase))) + u" time-out"_s);
    });
}

HttpRequest::~HttpRequest()
{
    d->cancelRunning(); // no signal fires; nested loops of this object return
}

HttpRequest::State HttpRequest::state() const
{
    return d->state;
}

HResult HttpRequest::open(const QString &method, const QString &url, bool async)
{
    if (method.isNull() || url.isNull())
        return HResult::InvalidArg;
    if (!RequestHeaders::isToken(method))
        return HResult::InvalidArg;
    QUrl parsed;
    if (const HResult result = RequestUrl::parse(url, parsed); !result.ok())
        return result;

    d->cancelRunning(); // the old request emits nothing more; a sync Send on the stack returns CAN
    d->clearResponse();
    d->method = method;
    d->givenUrl = url;
    d->url = parsed;
    d->async = async;
    d->headers.clear();
    d->headers.set(u"Accept"_s, u"*/*"_s); // a default the caller may replace or remove (spec §3.4)
    d->serverCredentials = {};
    d->proxyCredentials = {};
    d->cancelledRunning = false;
    d->phaseTimer->reset();
    d->state = State::Opened;
    return HResult::Ok;
}

HResult HttpRequest::setRequestHeader(const QString &name, const QString &value)
{
    if (name.isNull())
        return HResult::InvalidArg;
    switch (d->state) {
    case State::Created:
    case State::Aborted:
        return beforeOpen;
    case State::Sending:
    case State::Receiving:
    case State::Completed:
        return afterSend;
    case State::Opened:
    case State::Failed:
        break;
    }
    if (!RequestHeaders::isToken(name) || !RequestHeaders::isValidValue(value))
        return HResult::InvalidArg;
    d->headers.set(name, value);
    return HResult::Ok;
}

HResult HttpRequest::send(const QVariant &body)
{
    switch (d->state) {
    case State::Created:
    case State::Aborted:
        return beforeOpen;
    case State::Sending:
    case State::Receiving:
    case State::Completed:
        return HResult::Ok; // no-op (spec §3.2)
    case State::Opened:
    case State::Failed:
        break;
    }

    QByteArray payload;
    bool utf8Text = false;
    if (!body.isValid() || body.isNull()) {
        // none
    } else if (body.typeId() == QMetaType::QString) {
        const QString text = body.toString();
        const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() <= 0x7F; });
        payload = ascii ? text.toLatin1() : text.toUtf8();
        utf8Text = !ascii;
    } else if (body.typeId() == QMetaType::QByteArray) {
        payload = body.toByteArray();
    } else {
        return HResult::InvalidArg;
    }

    // Pre-flight (spec §3.4): before any network activity, no signal, state unchanged.
    if (d->options.boolValue(RejectUserpwd) && !d->url.userInfo().isEmpty())
        return HResult::fromWinHttp(WinHttpError::InvalidUrl);
    if (d->url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0
        && (d->options.intValue(SecureProtocols) & usableTlsBits) == 0)
        return HResult::fromWinHttp(WinHttpError::SecureChannelError);

    d->start(payload, utf8Text);
    if (d->async)
        return HResult::Ok;

    Private::Waiter waiter;
    waiter.generation = d->generation;
    const QPointer<HttpRequest> alive(this);
    ++d->syncSends;
    d->runLoop(waiter, -1);
    if (alive)
        --d->syncSends;
    // S_OK, the failure, or CAN when Abort, Open or destruction ended it (spec §3.6).
    return waiter.result.value_or(cancelled);
}

HResult HttpRequest::waitForResponse(int timeoutSeconds, bool &succeeded)
{
    if (timeoutSeconds < -1)
        return HResult::InvalidArg;
    switch (d->state) {
    case State::Created:
    case State::Opened:
        succeeded = false;
        return HResult::Ok;
    case State::Completed:
        succeeded = true;
        return HResult::Ok;
    case State::Failed:
        return d->failure;
    case State::Aborted:
        if (d->cancelledRunning)
            return cancelled;
        succeeded = false;
        return HResult::Ok;
    case State::Sending:
    case State::Receiving:
        break;
    }
    // §3.5: from a handler of this object or under its synchronous Send, never nest another wait.
    if (timeoutSeconds == 0 || d->emitting > 0 || d->syncSends > 0) {
        succeeded = false;
        return HResult::Ok;
    }

    Private::Waiter waiter;
    waiter.generation = d->generation;
    const qint64 timeoutMs = timeoutSeconds < 0 ? -1 : qMin<qint64>(qint64(timeoutSeconds) * 1000, INT_MAX);
    d->runLoop(waiter, int(timeoutMs));
    if (!waiter.result) { // timed out; the request goes on (Doc)
        succeeded = false;
        return HResult::Ok;
    }
    if (waiter.result->ok())
        succeeded = true;
    // The failure, or CAN when Abort, Open or destruction ended the request (the Open case is a decision).
    return *waiter.result;
}

HResult HttpRequest::abort()
{
    switch (d->state) {
    case State::Created:
    case State::Aborted:
        return HResult::Ok;
    case State::Sending:
    case State::Receiving:
        d->cancelRunning();
        d->cancelledRunning = true;
        break;
    case State::Opened:
    case State::Completed:
    case State::Failed:
        d->cancelledRunning = false;
        break;
    }
    d->clearResponse(); // devices from responseStream() are snapshots and stay readable
    d->state = State::Aborted;
    return HResult::Ok;
}

HResult HttpRequest::status(int &out) const
{
    const HResult result = d->responseAvailability(false);
    if (result.ok())
        out = d->status;
    return result;
}

HResult HttpRequest::statusText(QString &out) const
{
    const HResult result = d->responseAvailability(false);
    if (result.ok())
        out = d->statusText;
    return result;
}

HResult HttpRequest::responseText(QString &out) const
{
    const HResult result = d->responseAvailability(true);
    if (result.ok())
        out = ResponseTextDecoder::decode(d->body.data(), d->contentType);
    return result;
}

HResult HttpRequest::responseBody(QByteArray &out) const
{
    const HResult result = d->responseAvailability(true);
    if (result.ok())
        out = d->body.data();
    return result;
}

HResult HttpRequest::responseStream(std::unique_ptr<QIODevice> &out) const
{
    const HResult result = d->responseAvailability(true);
    if (!result.ok())
        return result;
    // QByteArray is implicitly shared and copy-on-write: the buffer's copy is an independent snapshot that
    // outlives Abort, Open and this object, at the cost of one reference.
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(d->body.data());
    buffer->open(QIODevice::ReadOnly);
    out = std::move(buffer);
    return result;
}

HResult HttpRequest::getResponseHeader(const QString &name, QString &out) const
{
    const HResult result = d->responseAvailability(false);
    if (!result.ok())
        return result; // state first, even with a null name (Obs)
    if (name.isNull())
        return HResult::InvalidArg;
    const std::optional<QString> value = d->responseHeaders.value(name);
    if (!value)
        return HResult::fromWinHttp(WinHttpError::HeaderNotFound);
    out = *value;
    return HResult::Ok;
}

HResult HttpRequest::getAllResponseHeaders(QString &out) const
{
    const HResult result = d->responseAvailability(false);
    if (result.ok())
        out = d->responseHeaders.allHeadersText();
    return result;
}

TimingRecord HttpRequest::timing() const
{
    return d->phaseTimer->record();
}

HResult HttpRequest::setTimeouts(int resolveMs, int connectMs, int sendMs, int receiveMs)
{
    const int values[4] = { resolveMs, connectMs, sendMs, receiveMs };
    if (std::any_of(std::begin(values), std::end(values), [](int v) { return v < -1; }))
        return HResult::InvalidArg; // none of the four changes
    std::copy(std::begin(values), std::end(values), d->timeouts.begin());
    return HResult::Ok;
}

HResult HttpRequest::setProxy(int setting, const QString &server, const QString &bypass)
{
    if (setting < 0 || setting > 2)
        return HResult::InvalidArg;
    d->proxySetting = setting;
    d->proxyServer = server;
    d->proxyBypass = bypass;
    return HResult::Ok;
}

HResult HttpRequest::setCredentials(const QString &user, const QString &password, int flags)
{
    if (d->state == State::Created || d->state == State::Aborted)
        return beforeOpen; // state first, even with bad arguments (Obs)
    if (user.isNull() || password.isNull() || (flags != 0 && flags != 1))
        return HResult::InvalidArg;
    // Stored only; the running request ignores it (footnote 1), the next Open clears it.
    Private::Credentials &target = flags == 0 ? d->serverCredentials : d->proxyCredentials;
    target = { user, password, true };
    return HResult::Ok;
}

HResult HttpRequest::setClientCertificate(const QString &selector)
{
    if (selector.isNull())
        return HResult::InvalidArg;
    return d->options.set(SelectCertificate, selector); // option 5 holds the same value
}

HResult HttpRequest::setAutoLogonPolicy(int policy)
{
    if (policy < 0 || policy > 2)
        return HResult::InvalidArg;
    d->autoLogonPolicy = policy;
    return HResult::Ok;
}

HResult HttpRequest::option(int id, QVariant &out) const
{
    if (id != Url)
        return d->options.get(id, out);
    if (d->state == State::Created || d->state == State::Aborted)
        return beforeOpen;
    // From header arrival on, the final URL after redirects; before that, the URL as given to Open.
    out = d->finalUrl.isEmpty() ? d->givenUrl : d->finalUrl;
    return HResult::Ok;
}

HResult HttpRequest::setOption(int id, const QVariant &value)
{
    if (id == Url)
        return HResult::fromWinHttp(WinHttpError::OptionNotSettable);
    return d->options.set(id, value);
}

} // namespace Reqscope
