// SPDX-License-Identifier: MIT
#include "playgroundrequest.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

QString formDecode(QByteArray encoded)
{
    encoded.replace('+', ' ');
    return QUrl::fromPercentEncoding(encoded);
}

} // namespace

QByteArray PlaygroundRequest::header(QByteArrayView name) const
{
    for (const Header &h : headers) {
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            return h.second.isNull() ? QByteArray(""_ba) : h.second;
    }
    return QByteArray();
}

QList<QByteArray> PlaygroundRequest::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const Header &h : headers) {
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            values.append(h.second);
    }
    return values;
}

bool PlaygroundRequest::hasHeader(QByteArrayView name) const
{
    return !header(name).isNull();
}

bool PlaygroundRequest::headerHasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const QByteArray &value : headerValues(name)) {
        for (const QByteArray &part : value.split(',')) {
            if (token.compare(part.trimmed(), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QByteArray PlaygroundRequest::path() const
{
    QByteArray result = target;
    const qsizetype question = result.indexOf('?');
    if (question >= 0)
        result.truncate(question);
    // absolute-form ("http://host:port/path", as sent to proxies): drop scheme and authority
    const qsizetype scheme = result.indexOf("://");
    if (!result.startsWith('/') && scheme > 0) {
        const qsizetype slash = result.indexOf('/', scheme + 3);
        result = slash < 0 ? "/"_ba : result.mid(slash);
    }
    return result;
}

QStringList PlaygroundRequest::pathSegments() const
{
    QStringList segments;
    const QList<QByteArray> parts = path().split('/');
    for (qsizetype i = 1; i < parts.size(); ++i) // parts[0] is the empty text before the leading '/'
        segments.append(QUrl::fromPercentEncoding(parts.at(i)));
    return segments;
}

QByteArray PlaygroundRequest::rawQuery() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

QList<PlaygroundRequest::QueryItem> PlaygroundRequest::queryItems() const
{
    QList<QueryItem> items;
    const QByteArray query = rawQuery();
    if (query.isEmpty())
        return items;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            items.append({ formDecode(pair), QString(u""_s) });
        else
            items.append({ formDecode(pair.left(equals)), formDecode(pair.mid(equals + 1)) });
    }
    return items;
}

QString PlaygroundRequest::queryValue(const QString &key, const QString &fallback) const
{
    for (const QueryItem &item : queryItems()) {
        if (item.first == key)
            return item.second;
    }
    return fallback;
}

bool PlaygroundRequest::hasQueryItem(const QString &key) const
{
    for (const QueryItem &item : queryItems()) {
        if (item.first == key)
            return true;
    }
    return false;
}

std::optional<qint64> PlaygroundRequest::queryInteger(const QString &key, qint64 fallback) const
{
    if (!hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 value = queryValue(key).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<double> PlaygroundRequest::queryNumber(const QString &key, double fallback) const
{
    if (!hasQueryItem(key))
        return fallback;
    bool ok = false;
    const double value = queryValue(key).toDouble(&ok);
    return ok && qIsFinite(value) ? std::optional<double>(value) : std::nullopt;
}

QString PlaygroundRequest::url() const
{
    if (!target.startsWith('/'))
        return QString::fromLatin1(target); // absolute-form already is a URL
    const QByteArray host = header("Host");
    const QString authority = host.isEmpty() ? u"127.0.0.1:%1"_s.arg(localPort) : QString::fromLatin1(host);
    return (secure ? u"https://"_s : u"http://"_s) + authority + QString::fromLatin1(target);
}

bool PlaygroundRequest::isHead() const
{
    return method == "HEAD";
}

bool PlaygroundRequest::wantsClose() const
{
    return version != "HTTP/1.1" || headerHasToken("Connection", "close");
}

} // namespace Reqscope
