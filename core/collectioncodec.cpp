// SPDX-License-Identifier: MIT
#include "collectioncodec.h"

#include "keyvaluejson.h"
#include "secretfield.h"
#include "secretstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

const QStringList authKindNames = { u"none"_s, u"basic"_s, u"digest"_s, u"bearer"_s };

// Keys the request/folder codecs own; anything else in a file is kept in unknownKeys and written back.
const QStringList requestKeys = { u"auth"_s,
    u"body"_s,
    u"description"_s,
    u"disabledParams"_s,
    u"headers"_s,
    u"inheritAuth"_s,
    u"method"_s,
    u"name"_s,
    u"order"_s,
    u"settings"_s,
    u"url"_s,
    u"variables"_s };
const QStringList folderKeys = { u"auth"_s, u"description"_s, u"headers"_s, u"name"_s, u"order"_s, u"variables"_s };

QJsonObject unknownOf(const QJsonObject &json, const QStringList &known)
{
    QJsonObject unknown;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            unknown.insert(it.key(), it.value());
    }
    return unknown;
}

/// Where a secret's value is: the collection's scope, else (collections saved before they had an id) the scope
/// named after the directory they were in.
const QString *lookupScope(const CollectionCodec::Secrets &secrets, const QString &key)
{
    if (!secrets.lookup)
        return nullptr;
    if (secrets.lookup->contains(secrets.scope, key))
        return &secrets.scope;
    if (!secrets.legacyScope.isEmpty() && secrets.lookup->contains(secrets.legacyScope, key))
        return &secrets.legacyScope;
    return nullptr;
}

/// The SecretStore field of a header row: "header.<lower-case name>", numbered from the second of a name on.
QStringList headerKeys(const QList<KeyValue> &rows)
{
    QStringList keys;
    QHash<QString, int> seen;
    for (const KeyValue &row : rows) {
        const QString name = row.name.trimmed().toLower();
        const int n = ++seen[name];
        keys.append(u"header."_s + name + (n > 1 ? u'.' + QString::number(n) : QString()));
    }
    return keys;
}

} // namespace

QByteArray CollectionCodec::serialize(const QJsonObject &object)
{
    // QJsonDocument indents by 4; strings never contain a raw newline, so halving each line's indent is safe.
    // Empty containers, which it spreads over two lines, are joined back into "[]" and "{}".
    const QByteArray four = QJsonDocument(object).toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(four.size());
    qsizetype pos = 0;
    while (pos < four.size()) {
        qsizetype end = four.indexOf('\n', pos);
        if (end < 0)
            end = four.size();
        qsizetype spaces = 0;
        while (pos + spaces < end && four.at(pos + spaces) == ' ')
            ++spaces;
        const char first = pos + spaces < end ? four.at(pos + spaces) : '\0';
        const char opened = out.size() >= 2 ? out.at(out.size() - 2) : '\0';
        if ((first == ']' && opened == '[') || (first == '}' && opened == '{'))
            out.chop(1); // the newline after the opening bracket
        else
            out.append(spaces / 2, ' ');
        out.append(four.constData() + pos + spaces, end - pos - spaces);
        out.append('\n');
        pos = end + 1;
    }
    return out;
}

std::optional<QJsonObject> CollectionCodec::parse(const QByteArray &bytes, const QString &file, LoadErrors &errors)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // offset is a byte offset into UTF-8; count lines and columns in characters as editors do.
        const QByteArray before = bytes.left(error.offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        errors.append({ file, line, column, error.errorString() });
        return std::nullopt;
    }
    if (!doc.isObject()) {
        errors.append({ file, 1, 1, u"expected a JSON object"_s });
        return std::nullopt;
    }
    return doc.object();
}

QJsonValue CollectionCodec::secretToJson(const QString &value, const QString &key, const Secrets &secrets)
{
    const QString fullKey = secrets.prefix + key;
    if (value.isEmpty() && secrets.keep.contains(key))
        return QJsonObject { { u"secret"_s, fullKey } };
    if (!SecretField::isSecretText(value))
        return value;
    if (secrets.store)
        secrets.store->setValue(secrets.scope, fullKey, value);
    return QJsonObject { { u"secret"_s, fullKey } };
}

QString CollectionCodec::secretFromJson(const QJsonValue &json, const QString &field, const Secrets &secrets)
{
    if (!json.isObject())
        return json.toString();
    const QString key = json.toObject().value(u"secret"_s).toString();
    if (const QString *scope = lookupScope(secrets, key))
        return secrets.lookup->value(*scope, key);
    if (secrets.missing)
        secrets.missing->append(field);
    return QString();
}

QJsonValue CollectionCodec::variablesToJson(const VariableList &variables, const Secrets &secrets)
{
    QJsonArray array;
    for (const Variable &v : variables) {
        QJsonObject o { { u"name"_s, v.name } };
        if (v.secret) {
            o.insert(u"secret"_s, true);
            if (secrets.store)
                secrets.store->setValue(secrets.scope, secrets.prefix + u"var:"_s + v.name, v.value);
        } else {
            o.insert(u"value"_s, v.value);
        }
        if (!v.enabled)
            o.insert(u"enabled"_s, false);
        array.append(o);
    }
    return array;
}

VariableList CollectionCodec::variablesFromJson(const QJsonValue &json, const Secrets &secrets)
{
    VariableList variables;
    for (const QJsonValue &v : json.toArray()) {
        const QJsonObject o = v.toObject();
        Variable var;
        var.name = o.value(u"name"_s).toString();
        var.secret = o.value(u"secret"_s).toBool(false);
        var.enabled = o.value(u"enabled"_s).toBool(true);
        if (var.secret) {
            const QString key = secrets.prefix + u"var:"_s + var.name;
            const QString *scope = lookupScope(secrets, key);
            var.value = scope ? secrets.lookup->value(*scope, key) : QString();
        } else
            var.value = o.value(u"value"_s).toString();
        variables.append(var);
    }
    return variables;
}

QJsonArray CollectionCodec::headersToJson(const QList<KeyValue> &headers, const Secrets &secrets)
{
    const QStringList keys = headerKeys(headers);
    QJsonArray array;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const KeyValue &row = headers.at(i);
        const bool secret
            = SecretField::isSecretHeader(row) || (row.value.isEmpty() && secrets.keep.contains(keys.at(i)));
        array.append(
            keyValueToJson(row, secret ? secretToJson(row.value, keys.at(i), secrets) : QJsonValue(row.value)));
    }
    return array;
}

QList<KeyValue> CollectionCodec::headersFromJson(const QJsonValue &json, const Secrets &secrets)
{
    QList<KeyValue> rows;
    for (const QJsonValue &v : json.toArray())
        rows.append(keyValueFromJson(v.toObject()));
    const QStringList keys = headerKeys(rows);
    const QJsonArray array = json.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].value = secretFromJson(array.at(i).toObject().value(u"value"_s), keys.at(i), secrets);
    return rows;
}

QJsonObject CollectionCodec::authToJson(const CollectionAuth &auth, const Secrets &secrets)
{
    return { { u"kind"_s, authKindNames.value(int(auth.kind)) },
        { u"user"_s, auth.user },
        { u"password"_s, secretToJson(auth.password, u"auth.password"_s, secrets) },
        { u"token"_s, secretToJson(auth.token, u"auth.token"_s, secrets) } };
}

CollectionAuth CollectionCodec::authFromJson(const QJsonObject &json, const Secrets &secrets)
{
    CollectionAuth auth;
    auth.kind = RequestSpec::AuthKind(qMax(0, int(authKindNames.indexOf(json.value(u"kind"_s).toString()))));
    auth.user = json.value(u"user"_s).toString();
    auth.password = secretFromJson(json.value(u"password"_s), u"auth.password"_s, secrets);
    auth.token = secretFromJson(json.value(u"token"_s), u"auth.token"_s, secrets);
    return auth;
}

QJsonObject CollectionCodec::requestToJson(const CollectionItem &item, const Secrets &itemSecrets)
{
    Secrets secrets = itemSecrets;
    secrets.keep = item.missingSecrets;
    QJsonObject o = item.unknownKeys;
    // RequestSpec::toJson is the shared shape (the GUI's "last request"); only its secrets are replaced.
    const QJsonObject spec = item.request.toJson();
    for (auto it = spec.begin(); it != spec.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(u"headers"_s, headersToJson(item.request.headers, secrets));
    QJsonObject auth = spec.value(u"auth"_s).toObject();
    auth.insert(u"password"_s, secretToJson(item.request.authPassword, u"auth.password"_s, secrets));
    auth.insert(u"token"_s, secretToJson(item.request.bearerToken, u"auth.token"_s, secrets));
    auth.insert(u"proxyPassword"_s, secretToJson(item.request.proxyPassword, u"auth.proxyPassword"_s, secrets));
    o.insert(u"auth"_s, auth);
    o.insert(u"order"_s, item.order);
    if (!item.description.isEmpty())
        o.insert(u"description"_s, item.description);
    if (!item.inheritAuth)
        o.insert(u"inheritAuth"_s, false);
    if (!item.variables.isEmpty())
        o.insert(u"variables"_s, variablesToJson(item.variables, secrets));
    return o;
}

CollectionItem CollectionCodec::requestFromJson(const QJsonObject &json, const Secrets &itemSecrets)
{
    CollectionItem item;
    item.request = RequestSpec::fromJson(json);
    Secrets secrets = itemSecrets;
    secrets.missing = &item.missingSecrets;
    // RequestSpec::fromJson read the rows already; only secret references ({"secret": …}) need a second look.
    const QJsonArray headers = json.value(u"headers"_s).toArray();
    for (const QJsonValue &row : headers) {
        if (row.toObject().value(u"value"_s).isObject()) {
            item.request.headers = headersFromJson(headers, secrets);
            break;
        }
    }
    const QJsonObject auth = json.value(u"auth"_s).toObject();
    item.request.authPassword = secretFromJson(auth.value(u"password"_s), u"auth.password"_s, secrets);
    item.request.bearerToken = secretFromJson(auth.value(u"token"_s), u"auth.token"_s, secrets);
    item.request.proxyPassword = secretFromJson(auth.value(u"proxyPassword"_s), u"auth.proxyPassword"_s, secrets);
    item.order = json.value(u"order"_s).toInt();
    item.description = json.value(u"description"_s).toString();
    item.inheritAuth = json.value(u"inheritAuth"_s).toBool(true);
    item.variables = variablesFromJson(json.value(u"variables"_s), secrets);
    item.unknownKeys = unknownOf(json, requestKeys);
    return item;
}

QJsonObject CollectionCodec::folderToJson(const CollectionItem &folder, const Secrets &folderSecrets)
{
    Secrets secrets = folderSecrets;
    secrets.keep = folder.missingSecrets;
    QJsonObject o = folder.unknownKeys;
    o.insert(u"name"_s, folder.name);
    o.insert(u"description"_s, folder.description);
    o.insert(u"variables"_s, variablesToJson(folder.variables, secrets));
    o.insert(u"headers"_s, headersToJson(folder.headers, secrets));
    o.insert(u"auth"_s, authToJson(folder.auth, secrets));
    return o;
}

CollectionItem CollectionCodec::folderFromJson(const QJsonObject &json, const Secrets &folderSecrets)
{
    CollectionItem folder = CollectionItem::folder(json.value(u"name"_s).toString());
    Secrets secrets = folderSecrets;
    secrets.missing = &folder.missingSecrets;
    folder.description = json.value(u"description"_s).toString();
    folder.variables = variablesFromJson(json.value(u"variables"_s), secrets);
    folder.headers = headersFromJson(json.value(u"headers"_s), secrets);
    folder.auth = authFromJson(json.value(u"auth"_s).toObject(), secrets);
    folder.order = json.value(u"order"_s).toInt();
    folder.unknownKeys = unknownOf(json, folderKeys);
    return folder;
}

} // namespace Reqscope
