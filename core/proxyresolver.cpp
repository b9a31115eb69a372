// SPDX-License-Identifier: MIT
#include "proxyresolver.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

QString variable(const char *lower, const char *upper)
{
    const QString value = qEnvironmentVariable(lower);
    return value.isEmpty() ? qEnvironmentVariable(upper) : value;
}

bool isHttps(const QUrl &target)
{
    return target.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

ProxyResolver::Environment ProxyResolver::Environment::fromProcess()
{
    return {
        variable("http_proxy", "HTTP_PROXY"), variable("https_proxy", "HTTPS_PROXY"), variable("no_proxy", "NO_PROXY")
    };
}

QNetworkProxy ProxyResolver::parseServer(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    if (!trimmed.contains(u"://"_s))
        trimmed.prepend(u"http://"_s);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.scheme().compare(u"http"_s, Qt::CaseInsensitive) != 0)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    // Set on the object's QNAM with setProxy(), this proxy is used for loopback targets too: Qt skips
    // proxies for localhost only in the application-wide proxy query (QGlobalNetworkProxy).
    return QNetworkProxy(QNetworkProxy::HttpProxy, url.host(), quint16(url.port(80)));
}

bool ProxyResolver::matchesNoProxy(const QString &list, const QString &host)
{
    const QString name = host.toLower();
    const QStringList entries = list.split(u',', Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == u"*")
            return true;
        if (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (name == entry || name.endsWith(u'.' + entry))
            return true;
    }
    return false;
}

bool ProxyResolver::matchesBypass(const QString &list, const QString &host)
{
    const QStringList entries = list.split(u';', Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        QString entry = raw;
        entry.remove(QRegularExpression(u"\\s"_s));
        if (entry.isEmpty())
            continue;
        if (entry.compare(u"<local>"_s, Qt::CaseInsensitive) == 0) {
            if (!host.contains(u'.') && !host.contains(u':'))
                return true;
            continue;
        }
        const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(QRegularExpression::wildcardToRegularExpression(
                entry, QRegularExpression::UnanchoredWildcardConversion)),
            QRegularExpression::CaseInsensitiveOption);
        if (pattern.match(host).hasMatch())
            return true;
    }
    return false;
}

QNetworkProxy ProxyResolver::resolve(
    int setting, const QString &server, const QString &bypass, const Environment &environment, const QUrl &target)
{
    const QNetworkProxy direct(QNetworkProxy::NoProxy);
    const QString host = target.host();
    switch (setting) {
    case 0:
        if (matchesNoProxy(environment.noProxy, host))
            return direct;
        return parseServer(isHttps(target) ? environment.httpsProxy : environment.httpProxy);
    case 2: {
        if (matchesBypass(bypass, host))
            return direct;
        if (!server.contains(u'='))
            return parseServer(server);
        // "http=host:port;https=host:port": a scheme without an entry goes direct.
        const QString wanted = isHttps(target) ? u"https"_s : u"http"_s;
        for (const QString &part : server.split(u';', Qt::SkipEmptyParts)) {
            const qsizetype equals = part.indexOf(u'=');
            if (equals > 0 && part.left(equals).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                return parseServer(part.mid(equals + 1));
        }
        return direct;
    }
    default:
        return direct;
    }
}

} // namespace Reqscope
