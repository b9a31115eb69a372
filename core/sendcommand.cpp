// SPDX-License-Identifier: MIT
#include "sendcommand.h"

#include "eventlineformatter.h"
#include "httprequest.h"
#include "jsonline.h"
#include "sendprogress.h"
#include "timingrecord.h"

#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Reqscope {

SendCommand::SendCommand(SendOptions options, Streams streams, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_streams(streams)
    , m_sink(streams.out)
{
}

SendCommand::~SendCommand() = default;

int SendCommand::run()
{
    m_clock.start();
    const std::optional<QVariant> body = readBody();
    if (!body)
        return 2;
    if (!m_options.outputPath.isEmpty() && !m_sink.open(m_options.outputPath))
        return error(2, u"-o: cannot write %1: %2"_s.arg(m_options.outputPath, m_sink.errorString()));

    m_request = std::make_unique<HttpRequest>();
    HttpRequest &request = *m_request;
    if (!configure(request))
        return 2;
    if (!m_options.silent && !m_options.trace && ::isatty(m_streams.err) == 1)
        m_progress = std::make_unique<SendProgress>([this](const QByteArray &text) { writeErr(text); });
    connectEvents(request);

    m_sendMs = elapsedMs();
    HResult result = request.send(*body);
    if (result.ok() && !m_options.sync) {
        bool succeeded = false;
        result = request.waitForResponse(-1, succeeded);
    }
    return finish(result);
}

std::optional<QVariant> SendCommand::readBody()
{
    using B = SendOptions::BodySource;
    const B source = m_options.bodySource;
    if (source == B::None)
        return QVariant();
    if (source == B::Text)
        return QVariant(m_options.body);
    if (source == B::Binary)
        return QVariant(m_options.body.toUtf8());
    QFile file;
    const QString &path = m_options.body;
    const bool opened = path == "-"_L1 ? file.open(m_streams.in, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    const QString flag = source == B::TextFile ? u"-d"_s : u"--data-binary"_s;
    if (!opened) {
        error(2, u"%1: cannot read %2: %3"_s.arg(flag, path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        error(2, u"%1: cannot read %2: %3"_s.arg(flag, path, file.errorString()));
        return std::nullopt;
    }
    // -d @FILE is text (decoded as UTF-8, then the string rules of Send); --data-binary sends the bytes as read.
    return source == B::TextFile ? QVariant(QString::fromUtf8(bytes)) : QVariant(bytes);
}

bool SendCommand::configure(HttpRequest &request)
{
    const SendOptions &o = m_options;
    auto check = [this](HResult result, const QString &what) {
        if (!result.ok())
            error(2, u"%1: %2 %3"_s.arg(what, result.hex(), result.description()));
        return result.ok();
    };
    if (o.timeouts) {
        const auto &t = *o.timeouts;
        if (!check(request.setTimeouts(t[0], t[1], t[2], t[3]), u"--timeouts"_s))
            return false;
    }
    if (!o.proxy.isEmpty() && !check(request.setProxy(2, o.proxy, o.noProxy), u"--proxy"_s))
        return false;
    if (o.direct && !check(request.setProxy(1), u"--direct"_s))
        return false;
    if (!o.certificate.isEmpty() && !check(request.setClientCertificate(o.certificate), u"--cert"_s))
        return false;
    // Streamed, never retained: stdout and -o get each chunk as it arrives, so 1 GiB costs no memory.
    if (!check(request.setOption(HttpRequest::ResponseBodyRetention, 0), u"ResponseBodyRetention"_s))
        return false;
    if (o.insecure && !check(request.setOption(HttpRequest::SslErrorIgnoreFlags, 0x3300), u"--insecure"_s))
        return false;
    if (!o.caCertificates.isEmpty()
        && !check(request.setOption(HttpRequest::ExtraCaCertificates, o.caCertificates), u"--cacert"_s))
        return false;
    if (!o.certificatePassword.isEmpty()
        && !check(
            request.setOption(HttpRequest::ClientCertificatePassword, o.certificatePassword), u"--cert-password"_s))
        return false;
    if (o.noLocation && !check(request.setOption(HttpRequest::EnableRedirects, false), u"--no-location"_s))
        return false;
    if (o.maxRedirects
        && !check(request.setOption(HttpRequest::MaxAutomaticRedirects, *o.maxRedirects), u"--max-redirs"_s))
        return false;
    // --option last, in order, so it can override what the flags above set.
    for (const auto &[id, value] : o.options) {
        const QString what = u"--option %1=%2"_s.arg(HttpRequest::optionName(id), value.toString());
        if (!check(request.setOption(id, value), what))
            return false;
    }
    if (!check(request.open(o.effectiveMethod(), o.url, !o.sync), o.url))
        return false;
    for (const auto &[name, value] : o.headers) {
        if (!check(request.setRequestHeader(name, value), u"-H '%1: %2'"_s.arg(name, value)))
            return false;
    }
    if (o.user && !check(request.setCredentials(o.user->first, o.user->second, 0), u"--user"_s))
        return false;
    if (o.proxyUser && !check(request.setCredentials(o.proxyUser->first, o.proxyUser->second, 1), u"--proxy-user"_s))
        return false;
    return true;
}

void SendCommand::connectEvents(HttpRequest &request)
{
    connect(&request, &HttpRequest::responseStarted, this, &SendCommand::onStarted);
    connect(&request, &HttpRequest::responseDataAvailable, this, &SendCommand::onData);
    connect(&request, &HttpRequest::responseFinished, this, [this] {
        if (m_options.trace)
            traceLine(EventLineFormatter::responseFinished(m_total));
    });
    connect(&request, &HttpRequest::errorOccurred, this, [this](qint32 errorNumber, const QString &description) {
        if (m_options.trace)
            traceLine(EventLineFormatter::errorOccurred(errorNumber, description));
    });
}

void SendCommand::onStarted(int status, const QString &contentType)
{
    m_status = status;
    if (m_options.trace)
        traceLine(EventLineFormatter::responseStarted(status, contentType));
    if (m_options.include) {
        QString text;
        QString headers;
        m_request->statusText(text);
        m_request->getAllResponseHeaders(headers);
        // Qt 6.4 reports no response version (only Http2WasUsedAttribute, and HTTP/2 is off, spec §5), so an
        // HTTP/1.0 answer shows as HTTP/1.1 here.
        writeOut(u"HTTP/1.1 %1 %2\r\n"_s.arg(status).arg(text).toUtf8() + headers.toUtf8());
    }
    if (m_progress) {
        QString length;
        bool ok = false;
        const qint64 expected
            = m_request->getResponseHeader(u"Content-Length"_s, length).ok() ? length.toLongLong(&ok) : -1;
        m_progress->setExpectedSize(ok ? expected : -1);
    }
    if (m_options.abortOnStart) {
        m_aborted = true;
        m_request->abort(); // from inside OnResponseStart, as a WinHTTP handler would
    }
}

void SendCommand::onData(const QByteArray &chunk)
{
    m_total += chunk.size();
    if (m_options.trace)
        traceLine(EventLineFormatter::responseDataAvailable(chunk.size(), m_total));
    writeOut(chunk); // the whole chunk the event delivered, even past --abort-after-bytes N
    if (m_progress)
        m_progress->update(m_total);
    const bool trigger = m_options.abortOnFirstChunk
        || (m_options.abortAfterBytes != SendOptions::NoLimit && m_total >= m_options.abortAfterBytes);
    if (trigger && !m_writeFailed) {
        m_aborted = true;
        m_request->abort();
    }
}

void SendCommand::writeOut(const QByteArray &bytes)
{
    if (m_writeFailed || m_sink.write(bytes.constData(), bytes.size()))
        return;
    m_writeFailed = true;
    m_request->abort(); // nowhere to put the rest
}

int SendCommand::finish(HResult result)
{
    if (m_progress)
        m_progress->finish();
    if (m_options.trace) {
        tracePhases();
        JsonLine summary;
        summary.add("status"_L1, m_status >= 0 ? QJsonValue(m_status) : QJsonValue());
        summary.add("bytes"_L1, m_total);
        EventLineFormatter::addTime(summary, elapsedMs());
        summary.add("hresult"_L1, result.hex());
        JsonLine line;
        line.add("summary"_L1, summary);
        writeErr(line.toJson() + '\n');
    }
    if (m_writeFailed) {
        const QString where = m_options.outputPath.isEmpty() ? u"stdout"_s : m_options.outputPath;
        return error(2, u"cannot write %1: %2"_s.arg(where, m_sink.errorString()));
    }
    if (m_aborted)
        return 0;
    if (!result.ok())
        return error(1, result.hex() + u' ' + result.description());
    if (m_options.fail && m_status >= 400) {
        QString text;
        m_request->statusText(text);
        return error(1, u"the server answered %1 %2 (--fail)"_s.arg(m_status).arg(text));
    }
    return 0;
}

void SendCommand::traceLine(JsonLine line)
{
    EventLineFormatter::addTime(line, elapsedMs());
    writeErr(line.toJson() + '\n');
}

void SendCommand::tracePhases()
{
    // The engine's record counts from Send; the trace from the start of the command.
    const TimingRecord timing = m_request->timing();
    const std::pair<QLatin1String, double> phases[] = { { "dns"_L1, timing.dns },
        { "connect"_L1, timing.connect },
        { "tls"_L1, timing.tls },
        { "sent"_L1, timing.sent },
        { "firstByte"_L1, timing.firstByte },
        { "done"_L1, timing.done } };
    for (const auto &[name, ms] : phases) {
        if (ms < 0) // did not happen: an IP literal needs no lookup, http no TLS, a reused connection no connect
            continue;
        JsonLine line;
        line.add("phase"_L1, QString(name));
        EventLineFormatter::addTime(line, m_sendMs + ms);
        writeErr(line.toJson() + '\n');
    }
}

int SendCommand::error(int exitCode, const QString &message)
{
    writeErr("reqscope-cli: send: "_ba + message.toUtf8() + '\n');
    return exitCode;
}

void SendCommand::writeErr(const QByteArray &text)
{
    SendSink(m_streams.err).write(text.constData(), text.size());
}

double SendCommand::elapsedMs() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

} // namespace Reqscope
