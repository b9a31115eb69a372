// SPDX-License-Identifier: MIT
#include "postmanrequestreader.h"

#include "postmanauth.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

/// \a object without \a known keys: what Reqscope does not model and keeps for the way back.
QJsonObject unknownKeys(const QJsonObject &object, const QStringList &known)
{
    QJsonObject rest = object;
    for (const QString &key : known)
        rest.remove(key);
    return rest;
}

} // namespace

PostmanRequestReader::PostmanRequestReader(const QString &location, ImportIssues *warnings)
    : m_location(location)
    , m_warnings(warnings)
{
}

QString PostmanRequestReader::extrasKey()
{
    return u"x-postman"_s;
}

void PostmanRequestReader::warn(const QString &path, const QString &message) const
{
    if (m_warnings)
        m_warnings->append({ m_location + path, message });
}

QString PostmanRequestReader::description(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(u"content"_s).toString() : value.toString();
}

VariableList PostmanRequestReader::readVariables(const QJsonArray &array)
{
    VariableList variables;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Variable variable;
        variable.name = o.contains(u"key"_s) ? o.value(u"key"_s).toString() : o.value(u"id"_s).toString();
        variable.value = o.value(u"value"_s).toVariant().toString();
        variable.secret = o.value(u"type"_s).toString() == u"secret"_s;
        variable.enabled = !o.value(u"disabled"_s).toBool() && o.value(u"enabled"_s).toBool(true);
        variables.append(variable);
    }
    return variables;
}

QList<KeyValue> PostmanRequestReader::readRows(const QJsonValue &rows, const QString &path) const
{
    QList<KeyValue> result;
    if (rows.isString()) { // a header block as one string: "A: 1\nB: 2"
        for (const QString &line : rows.toString().split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0)
                result.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
        }
        return result;
    }
    const QJsonArray array = rows.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        if (o.contains(u"description"_s) && !description(o.value(u"description"_s)).isEmpty())
            warn(path + u'[' + QString::number(i) + u"].description"_s, u"row descriptions are not kept"_s);
        result.append({ o.value(u"key"_s).toString(),
            o.value(u"value"_s).toVariant().toString(),
            !o.value(u"disabled"_s).toBool() });
    }
    return result;
}

void PostmanRequestReader::readUrl(const QJsonValue &url, RequestSpec &spec, QJsonObject &extras) const
{
    if (!url.isObject()) {
        spec.url = url.toString();
        return;
    }
    const QJsonObject o = url.toObject();
    spec.url = o.value(u"raw"_s).toString();
    if (spec.url.isEmpty()) { // no raw: rebuild it from the parts
        const QJsonValue host = o.value(u"host"_s);
        const QJsonValue path = o.value(u"path"_s);
        QStringList pathParts;
        for (const QJsonValue &p : path.toArray())
            pathParts.append(p.isObject() ? p.toObject().value(u"value"_s).toString() : p.toString());
        spec.url = (o.contains(u"protocol"_s) ? o.value(u"protocol"_s).toString() + u"://"_s : QString())
            + (host.isArray() ? host.toVariant().toStringList().join(u'.') : host.toString())
            + (o.contains(u"port"_s) ? u':' + o.value(u"port"_s).toString() : QString())
            + (path.isString()            ? path.toString()
                    : pathParts.isEmpty() ? QString()
                                          : u'/' + pathParts.join(u'/'));
        QStringList query;
        for (const QJsonValue &q : o.value(u"query"_s).toArray()) {
            if (!q.toObject().value(u"disabled"_s).toBool())
                query.append(
                    q.toObject().value(u"key"_s).toString() + u'=' + q.toObject().value(u"value"_s).toString());
        }
        if (!query.isEmpty())
            spec.url += u'?' + query.join(u'&');
    }
    // The raw URL holds only enabled parameters; disabled ones are the request's disabledParams.
    for (const QJsonValue &q : o.value(u"query"_s).toArray()) {
        const QJsonObject row = q.toObject();
        if (row.value(u"disabled"_s).toBool())
            spec.disabledParams.append({ row.value(u"key"_s).toString(), row.value(u"value"_s).toString(), false });
    }
    if (o.contains(u"variable"_s))
        extras.insert(u"urlVariable"_s, o.value(u"variable"_s));
}

void PostmanRequestReader::readBody(const QJsonObject &body, RequestSpec &spec, QJsonObject &extras) const
{
    const QString mode = body.value(u"mode"_s).toString();
    const QJsonObject rest
        = unknownKeys(body, { u"mode"_s, u"raw"_s, u"urlencoded"_s, u"formdata"_s, u"file"_s, u"options"_s });
    if (!rest.isEmpty())
        extras.insert(u"bodyExtras"_s, rest);
    if (body.contains(u"options"_s))
        extras.insert(u"bodyOptions"_s, body.value(u"options"_s));
    if (mode == u"raw"_s) {
        spec.bodyText = body.value(u"raw"_s).toString();
        const QString language
            = body.value(u"options"_s).toObject().value(u"raw"_s).toObject().value(u"language"_s).toString();
        spec.bodyKind = language == u"json"_s ? RequestSpec::BodyKind::Json : RequestSpec::BodyKind::Text;
    } else if (mode == u"urlencoded"_s) {
        spec.bodyKind = RequestSpec::BodyKind::FormUrlEncoded;
        spec.formFields = readRows(body.value(u"urlencoded"_s), u".request.body.urlencoded"_s);
    } else if (mode == u"formdata"_s) {
        spec.bodyKind = RequestSpec::BodyKind::Multipart;
        const QJsonArray rows = body.value(u"formdata"_s).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject o = rows.at(i).toObject();
            const bool file = o.value(u"type"_s).toString() == u"file"_s;
            QJsonValue src = o.value(u"src"_s);
            if (src.isArray()) {
                if (src.toArray().size() > 1)
                    warn(u".request.body.formdata["_s + QString::number(i) + u"].src"_s,
                        u"only the first file is kept"_s);
                src = src.toArray().at(0);
            }
            if (o.contains(u"contentType"_s))
                warn(u".request.body.formdata["_s + QString::number(i) + u"].contentType"_s,
                    u"part content types are not kept"_s);
            spec.formFields.append({ o.value(u"key"_s).toString(),
                file ? src.toString() : o.value(u"value"_s).toVariant().toString(),
                !o.value(u"disabled"_s).toBool(),
                file });
        }
    } else if (mode == u"file"_s) {
        spec.bodyKind = RequestSpec::BodyKind::BinaryFile;
        spec.bodyFile = body.value(u"file"_s).toObject().value(u"src"_s).toString();
        if (body.value(u"file"_s).toObject().contains(u"content"_s))
            warn(u".request.body.file.content"_s, u"inline file content is not kept"_s);
    } else if (mode == u"graphql"_s) {
        // Sent as JSON, which is what Postman puts on the wire; the original block is kept for the way back.
        const QJsonObject graphql = body.value(u"graphql"_s).toObject();
        QJsonObject payload { { u"query"_s, graphql.value(u"query"_s) } };
        const QJsonDocument variables = QJsonDocument::fromJson(graphql.value(u"variables"_s).toString().toUtf8());
        if (variables.isObject())
            payload.insert(u"variables"_s, variables.object());
        spec.bodyKind = RequestSpec::BodyKind::Json;
        spec.bodyText = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        extras.insert(u"graphql"_s, graphql);
        extras.insert(u"graphqlText"_s, spec.bodyText);
    } else if (!mode.isEmpty()) {
        warn(u".request.body.mode"_s, u"unknown body mode '"_s + mode + u"' kept but not sent"_s);
        extras.insert(u"body"_s, body);
    }
}

CollectionItem PostmanRequestReader::read(const QJsonObject &item) const
{
    CollectionItem result;
    result.kind = CollectionItem::Kind::Request;
    QJsonObject extras;
    const QJsonObject itemRest = unknownKeys(item, { u"name"_s, u"request"_s, u"variable"_s });
    if (!itemRest.isEmpty())
        extras.insert(u"item"_s, itemRest);
    result.variables = readVariables(item.value(u"variable"_s).toArray());
    RequestSpec &spec = result.request;
    spec.name = item.value(u"name"_s).toString();
    const QJsonValue requestValue = item.value(u"request"_s);
    if (requestValue.isString()) {
        spec.url = requestValue.toString();
    } else {
        const QJsonObject request = requestValue.toObject();
        const QJsonObject requestRest
            = unknownKeys(request, { u"method"_s, u"url"_s, u"header"_s, u"body"_s, u"auth"_s, u"description"_s });
        if (!requestRest.isEmpty())
            extras.insert(u"request"_s, requestRest);
        spec.method = request.value(u"method"_s).toString(u"GET"_s);
        result.description = description(request.value(u"description"_s));
        if (request.value(u"description"_s).isObject())
            extras.insert(u"descriptionFormat"_s, request.value(u"description"_s).toObject().value(u"type"_s));
        readUrl(request.value(u"url"_s), spec, extras);
        spec.headers = readRows(request.value(u"header"_s), u".request.header"_s);
        readBody(request.value(u"body"_s).toObject(), spec, extras);
        if (request.contains(u"auth"_s) && !request.value(u"auth"_s).isNull()) {
            const QJsonObject block = request.value(u"auth"_s).toObject();
            const PostmanAuth::Read auth = PostmanAuth::read(block);
            spec.authKind = auth.auth.kind;
            spec.authUser = auth.auth.user;
            spec.authPassword = auth.auth.password;
            spec.bearerToken = auth.auth.token;
            result.inheritAuth = false; // an item with its own auth block never inherits, noauth included
            const QString type = block.value(u"type"_s).toString();
            if (type == u"apikey"_s) {
                // Applied as the header (or query parameter) it stands for, which holds the value (a credential
                // header's value goes to the SecretStore); the writer turns it back.
                extras.insert(u"auth"_s, PostmanAuth::redact(block));
                const QString key = PostmanAuth::parameter(block, u"key"_s);
                const QString value = PostmanAuth::parameter(block, u"value"_s);
                if (PostmanAuth::parameter(block, u"in"_s) == u"query"_s)
                    spec.url += (spec.url.contains(u'?') ? u'&' : u'?') + key + u'=' + value;
                else
                    spec.headers.append({ key, value });
            } else if (auth.supported && !auth.noauth) {
                const QJsonArray more = PostmanAuth::extraParameters(block);
                if (!more.isEmpty())
                    extras.insert(u"authParameters"_s, more);
            } else if (!auth.supported) {
                const QJsonObject kept = PostmanAuth::redact(block);
                extras.insert(u"auth"_s, kept);
                warn(u".request.auth"_s, PostmanAuth::keptWarning(u"auth type '"_s + type + u'\'', block, kept));
            }
        }
    }
    if (!extras.isEmpty())
        result.unknownKeys.insert(extrasKey(), extras);
    return result;
}

} // namespace Reqscope
