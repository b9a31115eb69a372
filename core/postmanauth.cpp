// SPDX-License-Identifier: MIT
#include "postmanauth.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

bool isCredentialKey(const QString &key)
{
    static const QStringList credentials = { u"password"_s,
        u"token"_s,
        u"value"_s,
        u"accessToken"_s,
        u"refreshToken"_s,
        u"clientSecret"_s,
        u"secretKey"_s,
        u"sessionToken"_s,
        u"consumerSecret"_s,
        u"tokenSecret"_s,
        u"authKey"_s,
        u"privateKey"_s };
    return credentials.contains(key);
}

QJsonArray parameters(std::initializer_list<std::pair<QString, QString>> rows)
{
    QJsonArray array;
    for (const auto &[key, value] : rows)
        array.append(QJsonObject { { u"key"_s, key }, { u"value"_s, value }, { u"type"_s, u"string"_s } });
    return array;
}

} // namespace

QString PostmanAuth::parameter(const QJsonObject &block, const QString &key)
{
    const QJsonValue params = block.value(block.value(u"type"_s).toString());
    if (params.isObject()) // v2.0
        return params.toObject().value(key).toVariant().toString();
    for (const QJsonValue &row : params.toArray()) {
        if (row.toObject().value(u"key"_s).toString() == key)
            return row.toObject().value(u"value"_s).toVariant().toString();
    }
    return QString();
}

QJsonObject PostmanAuth::withParameter(const QJsonObject &block, const QString &key, const QString &value)
{
    QJsonObject out = block;
    const QString type = block.value(u"type"_s).toString();
    const QJsonValue params = block.value(type);
    if (params.isObject()) { // v2.0
        QJsonObject o = params.toObject();
        o.insert(key, value);
        out.insert(type, o);
        return out;
    }
    QJsonArray rows = params.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        if (row.value(u"key"_s).toString() == key) {
            row.insert(u"value"_s, value);
            rows.replace(i, row);
            out.insert(type, rows);
            return out;
        }
    }
    return out;
}

QString PostmanAuth::hideSecret(const QString &value)
{
    static const QRegularExpression references(u"^(\\{\\{[^{}]+\\}\\})+$"_s);
    return references.match(value).hasMatch() ? value : QString();
}

QJsonArray PostmanAuth::extraParameters(const QJsonObject &block)
{
    static const QStringList used = { u"username"_s, u"password"_s, u"token"_s };
    const QJsonValue params = block.value(block.value(u"type"_s).toString());
    QJsonArray rest;
    if (params.isObject()) { // v2.0: {name: value}
        const QJsonObject o = params.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!used.contains(it.key()))
                rest.append(QJsonObject { { u"key"_s, it.key() }, { u"value"_s, it.value() } });
        }
    }
    for (const QJsonValue &row : params.toArray()) {
        if (!used.contains(row.toObject().value(u"key"_s).toString()))
            rest.append(row);
    }
    return rest;
}

PostmanAuth::Read PostmanAuth::read(const QJsonObject &block)
{
    Read result;
    const QString type = block.value(u"type"_s).toString();
    if (type == u"noauth"_s) {
        result.noauth = true;
    } else if (type == u"basic"_s || type == u"digest"_s) {
        result.auth.kind = type == u"basic"_s ? RequestSpec::AuthKind::Basic : RequestSpec::AuthKind::Digest;
        result.auth.user = parameter(block, u"username"_s);
        result.auth.password = parameter(block, u"password"_s);
    } else if (type == u"bearer"_s) {
        result.auth.kind = RequestSpec::AuthKind::Bearer;
        result.auth.token = parameter(block, u"token"_s);
    } else {
        result.supported = false;
    }
    return result;
}

QJsonObject PostmanAuth::write(const CollectionAuth &auth, bool includeSecrets)
{
    const auto secret = [includeSecrets](const QString &value) {
        return includeSecrets ? value : hideSecret(value);
    };
    switch (auth.kind) {
    case RequestSpec::AuthKind::None:
        return QJsonObject { { u"type"_s, u"noauth"_s } };
    case RequestSpec::AuthKind::Basic:
    case RequestSpec::AuthKind::Digest: {
        const QString type = auth.kind == RequestSpec::AuthKind::Basic ? u"basic"_s : u"digest"_s;
        return QJsonObject { { u"type"_s, type },
            { type, parameters({ { u"password"_s, secret(auth.password) }, { u"username"_s, auth.user } }) } };
    }
    case RequestSpec::AuthKind::Bearer:
        return QJsonObject { { u"type"_s, u"bearer"_s },
            { u"bearer"_s, parameters({ { u"token"_s, secret(auth.token) } }) } };
    }
    return QJsonObject();
}

QString PostmanAuth::keptWarning(const QString &what, const QJsonObject &original, const QJsonObject &kept)
{
    const QString message = what + u" kept but not applied"_s;
    return original == kept ? message
                            : message + u"; its credentials were left out (collection files never hold them)"_s;
}

QJsonObject PostmanAuth::redact(const QJsonObject &block)
{
    QJsonObject out = block;
    const QString type = block.value(u"type"_s).toString();
    const QJsonValue params = block.value(type);
    if (params.isObject()) {
        QJsonObject o = params.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isCredentialKey(it.key()))
                it.value() = hideSecret(it.value().toString());
        }
        out.insert(type, o);
    } else if (params.isArray()) {
        QJsonArray rows;
        for (const QJsonValue &row : params.toArray()) {
            QJsonObject o = row.toObject();
            if (isCredentialKey(o.value(u"key"_s).toString()))
                o.insert(u"value"_s, hideSecret(o.value(u"value"_s).toString()));
            rows.append(o);
        }
        out.insert(type, rows);
    }
    return out;
}

} // namespace Reqscope
