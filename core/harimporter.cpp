// SPDX-License-Identifier: MIT
#include "harimporter.h"

#include "postmanimporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

QList<KeyValue> nameValues(const QJsonArray &array)
{
    QList<KeyValue> rows;
    for (const QJsonValue &v : array)
        rows.append({ v.toObject().value(u"name"_s).toString(), v.toObject().value(u"value"_s).toString() });
    return rows;
}

double number(const QJsonValue &value, double fallback)
{
    return value.isDouble() ? value.toDouble() : fallback;
}

} // namespace

HarImporter::HarImporter(const QString &source)
    : m_source(source)
{
}

RequestSpec HarImporter::readRequest(const QJsonObject &request, const QString &path, ImportIssues *warnings) const
{
    RequestSpec spec;
    spec.method = request.value(u"method"_s).toString(u"GET"_s);
    spec.url = request.value(u"url"_s).toString();
    for (const KeyValue &h : nameValues(request.value(u"headers"_s).toArray())) {
        // HTTP/2 pseudo-headers and the length are the transport's; the engine writes its own.
        if (h.name.startsWith(u':') || h.name.compare(u"Content-Length"_s, Qt::CaseInsensitive) == 0)
            continue;
        spec.headers.append(h);
    }
    spec.name = spec.method + u' ' + spec.url.section(u'?', 0, 0);
    if (!request.contains(u"postData"_s))
        return spec;
    const QJsonObject postData = request.value(u"postData"_s).toObject();
    const QString mimeType = postData.value(u"mimeType"_s).toString();
    const QJsonArray params = postData.value(u"params"_s).toArray();
    const bool multipart = mimeType.startsWith(u"multipart/form-data"_s, Qt::CaseInsensitive);
    const bool urlencoded = mimeType.startsWith(u"application/x-www-form-urlencoded"_s, Qt::CaseInsensitive);
    if ((multipart || urlencoded) && !params.isEmpty()) {
        spec.bodyKind = multipart ? RequestSpec::BodyKind::Multipart : RequestSpec::BodyKind::FormUrlEncoded;
        for (qsizetype i = 0; i < params.size(); ++i) {
            const QJsonObject p = params.at(i).toObject();
            const bool file = p.contains(u"fileName"_s);
            if (file)
                warnings->append(
                    { m_source + u": "_s + path + u".request.postData.params["_s + QString::number(i) + u']',
                        u"uploaded file '"_s + p.value(u"fileName"_s).toString() + u"' is referenced by name only"_s });
            spec.formFields.append({ p.value(u"name"_s).toString(),
                file ? p.value(u"fileName"_s).toString() : p.value(u"value"_s).toString(),
                true,
                file });
        }
        if (multipart) // our own boundary replaces the browser's
            spec.headers.removeIf(
                [](const KeyValue &h) { return h.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0; });
        return spec;
    }
    spec.bodyText = postData.value(u"text"_s).toString();
    spec.bodyKind
        = mimeType.contains(u"json"_s, Qt::CaseInsensitive) ? RequestSpec::BodyKind::Json : RequestSpec::BodyKind::Text;
    const bool hasContentType = std::any_of(spec.headers.cbegin(), spec.headers.cend(), [](const KeyValue &h) {
        return h.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
    });
    if (!hasContentType && !mimeType.isEmpty())
        spec.headers.append({ u"Content-Type"_s, mimeType });
    return spec;
}

HarEntry HarImporter::readEntry(const QJsonObject &entry, const QString &path, ImportIssues *warnings) const
{
    HarEntry out;
    out.startedAt = QDateTime::fromString(entry.value(u"startedDateTime"_s).toString(), Qt::ISODateWithMs);
    const QJsonObject request = entry.value(u"request"_s).toObject();
    out.request = readRequest(request, path, warnings);
    out.requestHttpVersion = request.value(u"httpVersion"_s).toString(out.requestHttpVersion);
    const QJsonObject response = entry.value(u"response"_s).toObject();
    out.status = response.value(u"status"_s).toInt();
    out.statusText = response.value(u"statusText"_s).toString();
    out.httpVersion = response.value(u"httpVersion"_s).toString(out.httpVersion);
    out.responseHeaders = nameValues(response.value(u"headers"_s).toArray());
    const QJsonObject content = response.value(u"content"_s).toObject();
    const QString text = content.value(u"text"_s).toString();
    out.responseBody = content.value(u"encoding"_s).toString() == u"base64"_s ? QByteArray::fromBase64(text.toLatin1())
                                                                              : text.toUtf8();
    out.responseBodySize = qint64(number(response.value(u"bodySize"_s), -1));
    out.serverIpAddress = entry.value(u"serverIPAddress"_s).toString();
    out.comment = entry.value(u"comment"_s).toString();
    const QJsonObject t = entry.value(u"timings"_s).toObject();
    out.timings = { number(t.value(u"blocked"_s), -1),
        number(t.value(u"dns"_s), -1),
        number(t.value(u"connect"_s), -1),
        number(t.value(u"ssl"_s), -1),
        number(t.value(u"send"_s), 0),
        number(t.value(u"wait"_s), 0),
        number(t.value(u"receive"_s), 0) };
    return out;
}

HarImporter::Result HarImporter::import(const QByteArray &json) const
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error
            = ImportIssue { PostmanImporter::position(m_source, json, parseError.offset), parseError.errorString() };
        return result;
    }
    const QJsonObject log = doc.object().value(u"log"_s).toObject();
    if (!log.value(u"entries"_s).isArray()) {
        result.error = ImportIssue { m_source + u": $.log.entries"_s, u"not a HAR file (no log.entries array)"_s };
        return result;
    }
    const QString version = log.value(u"version"_s).toString();
    if (!version.isEmpty() && version != u"1.2"_s && version != u"1.1"_s)
        result.warnings.append({ m_source + u": $.log.version"_s, u"HAR version "_s + version + u" read as 1.2"_s });
    result.collection.name = log.value(u"creator"_s).toObject().value(u"name"_s).toString(u"HAR"_s) + u" import"_s;
    const QJsonArray entries = log.value(u"entries"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = u"$.log.entries["_s + QString::number(i) + u']';
        const QJsonObject entry = entries.at(i).toObject();
        if (!entry.value(u"request"_s).toObject().value(u"url"_s).isString()) {
            result.warnings.append({ m_source + u": "_s + path + u".request.url"_s, u"entry without a URL skipped"_s });
            continue;
        }
        result.entries.append(readEntry(entry, path, &result.warnings));
        result.collection.items.append(CollectionItem::fromRequest(result.entries.constLast().request));
    }
    return result;
}

} // namespace Reqscope
