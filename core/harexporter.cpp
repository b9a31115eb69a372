// SPDX-License-Identifier: MIT
#include "harexporter.h"

#include "curlwriter.h"
#include "redactor.h"

#include <QJsonArray>
#include <QMimeDatabase>
#include <QStringDecoder>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

QString headerValue(const QList<KeyValue> &headers, const QString &name)
{
    for (const KeyValue &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return QString();
}

QJsonArray nameValues(const QList<KeyValue> &rows)
{
    QJsonArray array;
    for (const KeyValue &row : rows)
        array.append(QJsonObject { { u"name"_s, row.name }, { u"value"_s, row.value } });
    return array;
}

/// Cookie header "a=1; b=2" → HAR cookies.
QJsonArray cookies(const QString &header)
{
    QJsonArray array;
    for (const QString &pair : header.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq > 0)
            array.append(
                QJsonObject { { u"name"_s, pair.left(eq).trimmed() }, { u"value"_s, pair.mid(eq + 1).trimmed() } });
    }
    return array;
}

} // namespace

void HarExporter::setIncludeSecrets(bool include)
{
    m_includeSecrets = include;
}

QJsonArray HarExporter::headers(const QList<KeyValue> &headers) const
{
    QJsonArray array;
    for (const KeyValue &h : headers) {
        const bool hide = !m_includeSecrets && Redactor::isCredentialHeader(h.name);
        array.append(QJsonObject { { u"name"_s, h.name }, { u"value"_s, hide ? CurlWriter::redacted() : h.value } });
    }
    return array;
}

QJsonObject HarExporter::request(const HarEntry &entry) const
{
    const RequestSpec &spec = entry.request;
    const QList<KeyValue> sent = spec.effectiveHeaders();
    QList<KeyValue> query;
    const qsizetype question = spec.url.indexOf(u'?');
    if (question >= 0) {
        const QUrlQuery q(spec.url.mid(question + 1).section(u'#', 0, 0));
        for (const auto &[name, value] : q.queryItems(QUrl::FullyDecoded))
            query.append({ name, value });
    }
    const QByteArray body = spec.bodyBytes();
    QJsonObject out { { u"method"_s, spec.method },
        { u"url"_s, spec.url },
        { u"httpVersion"_s, entry.requestHttpVersion },
        { u"cookies"_s, m_includeSecrets ? cookies(headerValue(sent, u"Cookie"_s)) : QJsonArray() },
        { u"headers"_s, headers(sent) },
        { u"queryString"_s, nameValues(query) },
        { u"headersSize"_s, -1 },
        { u"bodySize"_s, spec.bodyKind == RequestSpec::BodyKind::None ? 0 : body.size() } };
    if (spec.bodyKind != RequestSpec::BodyKind::None) {
        QJsonObject postData { { u"mimeType"_s, headerValue(sent, u"Content-Type"_s) } };
        if (spec.bodyKind == RequestSpec::BodyKind::FormUrlEncoded
            || spec.bodyKind == RequestSpec::BodyKind::Multipart) {
            QJsonArray params;
            for (const KeyValue &f : spec.formFields) {
                if (!f.enabled || f.name.isEmpty())
                    continue;
                QJsonObject p { { u"name"_s, f.name } };
                if (f.isFile)
                    p.insert(u"fileName"_s, f.value);
                else
                    p.insert(u"value"_s, f.value);
                params.append(p);
            }
            postData.insert(u"params"_s, params);
        }
        if (spec.bodyKind != RequestSpec::BodyKind::Multipart) // multipart: params only, as HAR advises
            postData.insert(u"text"_s, QString::fromUtf8(body));
        out.insert(u"postData"_s, postData);
    }
    return out;
}

QJsonObject HarExporter::response(const HarEntry &entry) const
{
    QString mimeType = headerValue(entry.responseHeaders, u"Content-Type"_s);
    if (mimeType.isEmpty() && !entry.responseBody.isEmpty())
        mimeType = QMimeDatabase().mimeTypeForData(entry.responseBody).name();
    QJsonObject content { { u"size"_s,
                              entry.responseBodySize >= 0 ? entry.responseBodySize : entry.responseBody.size() },
        { u"mimeType"_s, mimeType } };
    if (!entry.responseBody.isEmpty()) {
        // Text that decodes cleanly as UTF-8 is written as is; anything else as base64.
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(entry.responseBody);
        if (!decoder.hasError() && !text.contains(QChar(0))) {
            content.insert(u"text"_s, text);
        } else {
            content.insert(u"text"_s, QString::fromLatin1(entry.responseBody.toBase64()));
            content.insert(u"encoding"_s, u"base64"_s);
        }
        if (entry.responseBodySize > entry.responseBody.size())
            content.insert(u"comment"_s, u"body truncated to its first %1 bytes"_s.arg(entry.responseBody.size()));
    }
    return QJsonObject { { u"status"_s, entry.status },
        { u"statusText"_s, entry.statusText },
        { u"httpVersion"_s, entry.status ? entry.httpVersion : QString() },
        { u"cookies"_s, QJsonArray() },
        { u"headers"_s, headers(entry.responseHeaders) },
        { u"content"_s, content },
        { u"redirectURL"_s, headerValue(entry.responseHeaders, u"Location"_s) },
        { u"headersSize"_s, -1 },
        { u"bodySize"_s, entry.responseBodySize } };
}

QJsonObject HarExporter::exportEntry(const HarEntry &entry) const
{
    const HarTimings &t = entry.timings;
    QJsonObject timings { { u"blocked"_s, t.blocked },
        { u"dns"_s, t.dns },
        { u"connect"_s, t.connect },
        { u"ssl"_s, t.ssl },
        { u"send"_s, t.send },
        { u"wait"_s, t.wait },
        { u"receive"_s, t.receive } };
    QJsonObject out { { u"startedDateTime"_s, entry.startedAt.toUTC().toString(Qt::ISODateWithMs) },
        { u"time"_s, t.total() },
        { u"request"_s, request(entry) },
        { u"response"_s, response(entry) },
        { u"cache"_s, QJsonObject() },
        { u"timings"_s, timings } };
    if (!entry.serverIpAddress.isEmpty())
        out.insert(u"serverIPAddress"_s, entry.serverIpAddress);
    if (!entry.comment.isEmpty())
        out.insert(u"comment"_s, entry.comment);
    return out;
}

QJsonObject HarExporter::exportLog(const QList<HarEntry> &entries) const
{
    QJsonArray array;
    for (const HarEntry &entry : entries)
        array.append(exportEntry(entry));
    const QJsonObject creator { { u"name"_s, u"Reqscope"_s }, { u"version"_s, QStringLiteral(REQSCOPE_VERSION) } };
    return QJsonObject { { u"log"_s,
        QJsonObject { { u"version"_s, u"1.2"_s }, { u"creator"_s, creator }, { u"entries"_s, array } } } };
}

} // namespace Reqscope
