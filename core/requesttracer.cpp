// SPDX-License-Identifier: MIT
#include "requesttracer.h"

#include "redactor.h"
#include "responseheaders.h"

#include <QSslCipher>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace Reqscope {

Q_LOGGING_CATEGORY(lcHttpTrace, "reqscope.http.trace")

namespace {

QString traceUrl(const QUrl &url)
{
    return url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
}

} // namespace

void RequestTracer::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

bool RequestTracer::isEnabled() const
{
    return m_enabled;
}

void RequestTracer::line(const QString &text) const
{
    if (m_enabled)
        qCInfo(lcHttpTrace).noquote() << text;
}

QString RequestTracer::masked(const QString &name, const QString &value)
{
    if (!Redactor::isCredentialHeader(name))
        return value;
    const bool authorization = name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0
        || name.compare(u"Proxy-Authorization"_s, Qt::CaseInsensitive) == 0;
    const qsizetype space = value.indexOf(u' ');
    // The scheme tells a reader of the trace which authentication was used; only the credentials are secret.
    return authorization && space > 0 ? value.left(space) + u" ********"_s : u"********"_s;
}

void RequestTracer::request(const QString &method, const QNetworkRequest &request, qint64 bodyBytes) const
{
    if (!m_enabled)
        return;
    line(u"> %1 %2 HTTP/1.1"_s.arg(method, traceUrl(request.url())));
    for (const QByteArray &name : request.rawHeaderList()) {
        const QString key = QString::fromLatin1(name);
        line(u"> %1: %2"_s.arg(key, masked(key, QString::fromLatin1(request.rawHeader(name)))));
    }
    line(u"> (%1 body bytes)"_s.arg(bodyBytes));
}

void RequestTracer::redirect(int status, const QUrl &target) const
{
    line(u"redirect %1 → %2"_s.arg(status).arg(traceUrl(target)));
}

void RequestTracer::proxy(const QNetworkProxy &proxy) const
{
    if (proxy.type() == QNetworkProxy::HttpProxy)
        line(u"proxy: %1:%2"_s.arg(proxy.hostName()).arg(proxy.port()));
    else
        line(u"proxy: none (direct)"_s);
}

void RequestTracer::challenge(bool proxy, const QString &realm, bool answering) const
{
    line(u"%1 challenge (realm \"%2\"): %3"_s.arg(proxy ? u"407 proxy"_s : u"401 server"_s,
        realm,
        answering ? u"answering with the credentials"_s : u"not answered; it becomes the final response"_s));
}

void RequestTracer::encrypted(const QSslConfiguration &configuration) const
{
    if (!m_enabled)
        return;
    const QSslCipher cipher = configuration.sessionCipher();
    line(u"TLS established: %1, %2"_s.arg(cipher.protocolString(), cipher.name()));
}

void RequestTracer::response(
    int status, const QString &reason, const ResponseHeaders &headers, const QString &url) const
{
    if (!m_enabled)
        return;
    line(u"< HTTP/1.1 %1 %2 (%3)"_s.arg(status).arg(reason, url));
    for (const ResponseHeaders::Field &field : headers.fields())
        line(u"< %1: %2"_s.arg(field.first, masked(field.first, field.second)));
}

void RequestTracer::end(HResult result, qint64 bodyBytes, const TimingRecord &timing, const QString &detail) const
{
    if (!m_enabled)
        return;
    line(u"end: %1 %2, %3 body bytes; ms: dns %4 connect %5 tls %6 sent %7 first byte %8 done %9%10"_s
             .arg(result.hex(), result.description())
             .arg(bodyBytes)
             .arg(timing.dns, 0, 'f', 1)
             .arg(timing.connect, 0, 'f', 1)
             .arg(timing.tls, 0, 'f', 1)
             .arg(timing.sent, 0, 'f', 1)
             .arg(timing.firstByte, 0, 'f', 1)
             .arg(timing.done, 0, 'f', 1)
             .arg(timing.reusedConnection ? u", reused connection"_s : QString()));
    if (!detail.isEmpty())
        line(u"detail: "_s + detail);
}

} // namespace Reqscope
