// SPDX-License-Identifier: MIT
#include "requestspec.h"

#include "keyvaluejson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

bool hasHeader(const QList<KeyValue> &headers, const QString &name)
{
    for (const KeyValue &h : headers) {
        if (h.enabled && h.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonArray rowsToJson(const QList<KeyValue> &rows)
{
    QJsonArray array;
    for (const KeyValue &row : rows)
        array.append(keyValueToJson(row, row.value));
    return array;
}

QList<KeyValue> rowsFromJson(const QJsonArray &array)
{
    QList<KeyValue> rows;
    for (const QJsonValue &v : array)
        rows.append(keyValueFromJson(v.toObject()));
    return rows;
}

// Enum <-> stable names, so saved requests survive reordering of the enums.
const QStringList bodyKindNames = { u"none"_s, u"text"_s, u"json"_s, u"form"_s, u"multipart"_s, u"file"_s };
const QStringList authKindNames = { u"none"_s, u"basic"_s, u"digest"_s, u"bearer"_s };

} // namespace

QList<KeyValue> RequestSpec::effectiveHeaders() const
{
    QList<KeyValue> result;
    for (const KeyValue &h : headers) {
        if (h.enabled && !h.name.trimmed().isEmpty())
            result.append(h);
    }
    QString contentType;
    switch (bodyKind) {
    case BodyKind::None:
    case BodyKind::BinaryFile:
        if (bodyKind == BodyKind::BinaryFile && !bodyFile.isEmpty())
            contentType = QMimeDatabase().mimeTypeForFile(bodyFile, QMimeDatabase::MatchExtension).name();
        break;
    case BodyKind::Text:
        contentType = u"text/plain; charset=UTF-8"_s;
        break;
    case BodyKind::Json:
        contentType = u"application/json"_s;
        break;
    case BodyKind::FormUrlEncoded:
        contentType = u"application/x-www-form-urlencoded"_s;
        break;
    case BodyKind::Multipart:
        contentType = u"multipart/form-data; boundary="_s + QString::fromLatin1(multipartBoundary());
        break;
    }
    if (!contentType.isEmpty() && !hasHeader(headers, u"Content-Type"_s))
        result.append({ u"Content-Type"_s, contentType });
    if (authKind == AuthKind::Bearer && !bearerToken.isEmpty() && !hasHeader(headers, u"Authorization"_s))
        result.append({ u"Authorization"_s, u"Bearer "_s + bearerToken });
    // Basic is sent pre-emptively like curl -u; Digest needs the challenge, so it goes through SetCredentials.
    if (authKind == AuthKind::Basic && !hasHeader(headers, u"Authorization"_s)) {
        const QByteArray pair = (authUser + u':' + authPassword).toUtf8().toBase64();
        result.append({ u"Authorization"_s, u"Basic "_s + QString::fromLatin1(pair) });
    }
    return result;
}

QByteArray RequestSpec::multipartBoundary()
{
    return "----ReqscopeFormBoundary7MA4YWxkTrZu0gW"_ba;
}

QByteArray RequestSpec::bodyBytes(QString *error) const
{
    const auto readFile = [error](const QString &path, QByteArray &out) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = path + u": "_s + file.errorString();
            return false;
        }
        out = file.readAll();
        return true;
    };
    switch (bodyKind) {
    case BodyKind::None:
        return {};
    case BodyKind::Text:
    case BodyKind::Json:
        return bodyText.toUtf8();
    case BodyKind::FormUrlEncoded: {
        QByteArray out;
        for (const KeyValue &f : formFields) {
            if (!f.enabled || f.name.isEmpty())
                continue;
            if (!out.isEmpty())
                out += '&';
            out += QUrl::toPercentEncoding(f.name) + '=' + QUrl::toPercentEncoding(f.value);
        }
        return out;
    }
    case BodyKind::Multipart: {
        QByteArray out;
        const QByteArray boundary = multipartBoundary();
        for (const KeyValue &f : formFields) {
            if (!f.enabled || f.name.isEmpty())
                continue;
            out += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name.toUtf8() + '"';
            if (f.isFile) {
                QByteArray content;
                if (!readFile(f.value, content))
                    return {};
                const QString type = QMimeDatabase().mimeTypeForFile(f.value).name();
                out += "; filename=\"" + QFileInfo(f.value).fileName().toUtf8()
                    + "\"\r\nContent-Type: " + type.toLatin1() + "\r\n\r\n" + content + "\r\n";
            } else {
                out += "\r\n\r\n" + f.value.toUtf8() + "\r\n";
            }
        }
        out += "--" + boundary + "--\r\n";
        return out;
    }
    case BodyKind::BinaryFile: {
        QByteArray content;
        readFile(bodyFile, content);
        return content;
    }
    }
    return {};
}

QJsonObject RequestSpec::toJson() const
{
    QJsonObject o { { u"name"_s, name }, { u"method"_s, method }, { u"url"_s, url } };
    o.insert(u"headers"_s, rowsToJson(headers));
    if (!disabledParams.isEmpty()) { // only when there are any, so files written before this key stay unchanged
        QList<KeyValue> off = disabledParams;
        for (KeyValue &p : off)
            p.enabled = false;
        o.insert(u"disabledParams"_s, rowsToJson(off));
    }
    o.insert(u"body"_s,
        QJsonObject { { u"kind"_s, bodyKindNames.value(int(bodyKind)) },
            { u"text"_s, bodyText },
            { u"fields"_s, rowsToJson(formFields) },
            { u"file"_s, bodyFile } });
    o.insert(u"auth"_s,
        QJsonObject { { u"kind"_s, authKindNames.value(int(authKind)) },
            { u"user"_s, authUser },
            { u"password"_s, authPassword },
            { u"token"_s, bearerToken },
            { u"proxyUser"_s, proxyUser },
            { u"proxyPassword"_s, proxyPassword } });
    QJsonObject opts;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        opts.insert(QString::number(it.key()), QJsonValue::fromVariant(it.value()));
    o.insert(u"settings"_s,
        QJsonObject {
            { u"timeouts"_s, QJsonArray { resolveTimeoutMs, connectTimeoutMs, sendTimeoutMs, receiveTimeoutMs } },
            { u"proxySetting"_s, proxySetting },
            { u"proxyServer"_s, proxyServer },
            { u"proxyBypass"_s, proxyBypass },
            { u"clientCertificate"_s, clientCertificate },
            { u"autoLogonPolicy"_s, autoLogonPolicy },
            { u"options"_s, opts } });
    return o;
}

RequestSpec RequestSpec::fromJson(const QJsonObject &o)
{
    RequestSpec spec;
    spec.name = o.value(u"name"_s).toString();
    spec.method = o.value(u"method"_s).toString(u"GET"_s);
    spec.url = o.value(u"url"_s).toString();
    spec.headers = rowsFromJson(o.value(u"headers"_s).toArray());
    spec.disabledParams = rowsFromJson(o.value(u"disabledParams"_s).toArray());
    for (KeyValue &p : spec.disabledParams)
        p.enabled = false;
    const QJsonObject body = o.value(u"body"_s).toObject();
    spec.bodyKind = BodyKind(qMax(0, int(bodyKindNames.indexOf(body.value(u"kind"_s).toString()))));
    spec.bodyText = body.value(u"text"_s).toString();
    spec.formFields = rowsFromJson(body.value(u"fields"_s).toArray());
    spec.bodyFile = body.value(u"file"_s).toString();
    const QJsonObject auth = o.value(u"auth"_s).toObject();
    spec.authKind = AuthKind(qMax(0, int(authKindNames.indexOf(auth.value(u"kind"_s).toString()))));
    spec.authUser = auth.value(u"user"_s).toString();
    spec.authPassword = auth.value(u"password"_s).toString();
    spec.bearerToken = auth.value(u"token"_s).toString();
    spec.proxyUser = auth.value(u"proxyUser"_s).toString();
    spec.proxyPassword = auth.value(u"proxyPassword"_s).toString();
    const QJsonObject settings = o.value(u"settings"_s).toObject();
    const QJsonArray timeouts = settings.value(u"timeouts"_s).toArray();
    if (timeouts.size() == 4) {
        spec.resolveTimeoutMs = timeouts.at(0).toInt();
        spec.connectTimeoutMs = timeouts.at(1).toInt();
        spec.sendTimeoutMs = timeouts.at(2).toInt();
        spec.receiveTimeoutMs = timeouts.at(3).toInt();
    }
    spec.proxySetting = settings.value(u"proxySetting"_s).toInt(0);
    spec.proxyServer = settings.value(u"proxyServer"_s).toString();
    spec.proxyBypass = settings.value(u"proxyBypass"_s).toString();
    spec.clientCertificate = settings.value(u"clientCertificate"_s).toString();
    spec.autoLogonPolicy = settings.value(u"autoLogonPolicy"_s).toInt(1);
    const QJsonObject opts = settings.value(u"options"_s).toObject();
    for (auto it = opts.constBegin(); it != opts.constEnd(); ++it)
        spec.options.insert(it.key().toInt(), it.value().toVariant());
    return spec;
}

} // namespace Reqscope
