// SPDX-License-Identifier: MIT
#include "postmanrequestwriter.h"

#include "postmanauth.h"
#include "postmanrequestreader.h"
#include "redactor.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

PostmanRequestWriter::PostmanRequestWriter(bool includeSecrets)
    : m_includeSecrets(includeSecrets)
{
}

void PostmanRequestWriter::merge(QJsonObject &object, const QJsonObject &extras)
{
    for (auto it = extras.constBegin(); it != extras.constEnd(); ++it) {
        if (!object.contains(it.key()))
            object.insert(it.key(), it.value());
    }
}

QJsonArray PostmanRequestWriter::writeVariables(const VariableList &variables, bool includeSecrets)
{
    QJsonArray array;
    for (const Variable &v : variables) {
        QJsonObject o { { u"key"_s, v.name },
            { u"value"_s, v.secret && !includeSecrets ? PostmanAuth::hideSecret(v.value) : v.value },
            { u"type"_s, v.secret ? u"secret"_s : u"string"_s } };
        if (!v.enabled)
            o.insert(u"disabled"_s, true);
        array.append(o);
    }
    return array;
}

QJsonObject PostmanRequestWriter::urlObject(const QString &raw)
{
    QJsonObject url { { u"raw"_s, raw } };
    QString rest = raw;
    const qsizetype hash = rest.indexOf(u'#');
    if (hash >= 0) {
        url.insert(u"hash"_s, rest.mid(hash + 1));
        rest.truncate(hash);
    }
    const qsizetype scheme = rest.indexOf(u"://"_s);
    if (scheme > 0) {
        url.insert(u"protocol"_s, rest.left(scheme));
        rest = rest.mid(scheme + 3);
    }
    const qsizetype question = rest.indexOf(u'?');
    const QString query = question >= 0 ? rest.mid(question + 1) : QString();
    if (question >= 0)
        rest.truncate(question);
    const qsizetype slash = rest.indexOf(u'/');
    QString host = slash >= 0 ? rest.left(slash) : rest;
    // A port is digits after the last colon, outside {{variables}}.
    const qsizetype colon = host.lastIndexOf(u':');
    if (colon >= 0 && !host.mid(colon + 1).isEmpty()
        && std::all_of(host.cbegin() + colon + 1, host.cend(), [](QChar c) { return c.isDigit(); })) {
        url.insert(u"port"_s, host.mid(colon + 1));
        host.truncate(colon);
    }
    url.insert(u"host"_s, QJsonArray::fromStringList(host.split(u'.')));
    if (slash >= 0)
        url.insert(u"path"_s, QJsonArray::fromStringList(rest.mid(slash + 1).split(u'/')));
    if (question >= 0) {
        QJsonArray rows;
        for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            rows.append(QJsonObject { { u"key"_s, eq < 0 ? pair : pair.left(eq) },
                { u"value"_s, eq < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(pair.mid(eq + 1)) } });
        }
        url.insert(u"query"_s, rows);
    }
    return url;
}

QJsonArray PostmanRequestWriter::rows(const QList<KeyValue> &rows, bool headers) const
{
    QJsonArray array;
    for (const KeyValue &row : rows) {
        const bool redact = headers && !m_includeSecrets && Redactor::isCredentialHeader(row.name);
        QJsonObject o { { u"key"_s, row.name },
            { u"value"_s, redact ? PostmanAuth::hideSecret(row.value) : row.value } };
        if (!row.enabled)
            o.insert(u"disabled"_s, true);
        array.append(o);
    }
    return array;
}

QJsonObject PostmanRequestWriter::body(const RequestSpec &spec, const QJsonObject &extras) const
{
    QJsonObject body;
    switch (spec.bodyKind) {
    case RequestSpec::BodyKind::None:
        if (extras.contains(u"body"_s))
            return extras.value(u"body"_s).toObject();
        break;
    case RequestSpec::BodyKind::Text:
    case RequestSpec::BodyKind::Json: {
        const bool json = spec.bodyKind == RequestSpec::BodyKind::Json;
        if (json && extras.contains(u"graphql"_s) && extras.value(u"graphqlText"_s).toString() == spec.bodyText) {
            body = { { u"mode"_s, u"graphql"_s }, { u"graphql"_s, extras.value(u"graphql"_s) } };
            break;
        }
        body = { { u"mode"_s, u"raw"_s }, { u"raw"_s, spec.bodyText } };
        QJsonObject options = extras.value(u"bodyOptions"_s).toObject();
        QJsonObject raw = options.value(u"raw"_s).toObject();
        if (json)
            raw.insert(u"language"_s, u"json"_s);
        else if (raw.value(u"language"_s).toString() == u"json"_s)
            raw.insert(u"language"_s, u"text"_s);
        if (!raw.isEmpty())
            options.insert(u"raw"_s, raw);
        if (!options.isEmpty())
            body.insert(u"options"_s, options);
        break;
    }
    case RequestSpec::BodyKind::FormUrlEncoded:
        body = { { u"mode"_s, u"urlencoded"_s }, { u"urlencoded"_s, rows(spec.formFields, false) } };
        break;
    case RequestSpec::BodyKind::Multipart: {
        QJsonArray parts;
        for (const KeyValue &f : spec.formFields) {
            QJsonObject o { { u"key"_s, f.name }, { u"type"_s, f.isFile ? u"file"_s : u"text"_s } };
            o.insert(f.isFile ? u"src"_s : u"value"_s, f.value);
            if (!f.enabled)
                o.insert(u"disabled"_s, true);
            parts.append(o);
        }
        body = { { u"mode"_s, u"formdata"_s }, { u"formdata"_s, parts } };
        break;
    }
    case RequestSpec::BodyKind::BinaryFile:
        body = { { u"mode"_s, u"file"_s }, { u"file"_s, QJsonObject { { u"src"_s, spec.bodyFile } } } };
        break;
    }
    if (!body.isEmpty())
        merge(body, extras.value(u"bodyExtras"_s).toObject());
    return body;
}

QJsonObject PostmanRequestWriter::write(const CollectionItem &item) const
{
    const QJsonObject extras = item.unknownKeys.value(PostmanRequestReader::extrasKey()).toObject();
    const RequestSpec &spec = item.request;
    QList<KeyValue> headers = spec.headers;
    QString rawUrl = spec.url;
    QJsonObject request { { u"method"_s, spec.method } };
    const QJsonObject opaqueAuth = extras.value(u"auth"_s).toObject();
    if (!opaqueAuth.isEmpty()) {
        QJsonObject auth = m_includeSecrets ? opaqueAuth : PostmanAuth::redact(opaqueAuth);
        if (opaqueAuth.value(u"type"_s).toString() == u"apikey"_s) {
            // The reader applied it as a header or query parameter, which holds the value: take that back out.
            const QString key = PostmanAuth::parameter(opaqueAuth, u"key"_s);
            QString value;
            const QRegularExpression inQuery(u"[?&]"_s + QRegularExpression::escape(key) + u"=([^&#]*)$"_s);
            const QRegularExpressionMatch query = inQuery.match(rawUrl);
            if (query.hasMatch()) {
                value = query.captured(1);
                rawUrl.truncate(query.capturedStart());
            }
            for (const KeyValue &h : std::as_const(headers)) {
                if (h.name == key)
                    value = h.value;
            }
            headers.removeIf([&key](const KeyValue &h) { return h.name == key; });
            auth = PostmanAuth::withParameter(
                auth, u"value"_s, m_includeSecrets ? value : PostmanAuth::hideSecret(value));
        }
        request.insert(u"auth"_s, auth);
    } else if (!item.inheritAuth || spec.authKind != RequestSpec::AuthKind::None) {
        QJsonObject auth = PostmanAuth::write(
            { spec.authKind, spec.authUser, spec.authPassword, spec.bearerToken }, m_includeSecrets);
        const QString type = auth.value(u"type"_s).toString();
        if (auth.value(type).isArray()) { // digest's algorithm, realm, … as they were
            QJsonArray params = auth.value(type).toArray();
            for (const QJsonValue &p : extras.value(u"authParameters"_s).toArray())
                params.append(p);
            auth.insert(type, params);
        }
        request.insert(u"auth"_s, auth);
    }
    request.insert(u"header"_s, rows(headers, true));
    QJsonObject url = urlObject(rawUrl);
    // Disabled rows after the URL's own, where the Params table shows them; "disabledQuery" is where imports
    // before RequestSpec::disabledParams kept them.
    if (!spec.disabledParams.isEmpty() || extras.contains(u"disabledQuery"_s)) {
        QJsonArray query = url.value(u"query"_s).toArray();
        for (const KeyValue &p : spec.disabledParams)
            query.append(QJsonObject { { u"key"_s, p.name }, { u"value"_s, p.value }, { u"disabled"_s, true } });
        for (const QJsonValue &q : extras.value(u"disabledQuery"_s).toArray())
            query.append(q);
        url.insert(u"query"_s, query);
    }
    if (extras.contains(u"urlVariable"_s))
        url.insert(u"variable"_s, extras.value(u"urlVariable"_s));
    request.insert(u"url"_s, url);
    const QJsonObject b = body(spec, extras);
    if (!b.isEmpty())
        request.insert(u"body"_s, b);
    if (!item.description.isEmpty()) {
        const QJsonValue format = extras.value(u"descriptionFormat"_s);
        request.insert(u"description"_s,
            format.isUndefined() ? QJsonValue(item.description)
                                 : QJsonObject { { u"content"_s, item.description }, { u"type"_s, format } });
    }
    merge(request, extras.value(u"request"_s).toObject());
    QJsonObject out { { u"name"_s, spec.name }, { u"request"_s, request } };
    if (!item.variables.isEmpty())
        out.insert(u"variable"_s, writeVariables(item.variables, m_includeSecrets));
    merge(out, extras.value(u"item"_s).toObject());
    return out;
}

} // namespace Reqscope
