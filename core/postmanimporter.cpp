// SPDX-License-Identifier: MIT
#include "postmanimporter.h"

#include "postmanauth.h"
#include "postmanrequestreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

std::optional<QJsonObject> parseObject(const QString &source, const QByteArray &json, ImportIssue *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = { PostmanImporter::position(source, json, parseError.offset), parseError.errorString() };
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = { source, u"expected a JSON object at the top"_s };
        return std::nullopt;
    }
    return doc.object();
}

QJsonObject without(QJsonObject object, const QStringList &keys)
{
    for (const QString &key : keys)
        object.remove(key);
    return object;
}

} // namespace

PostmanImporter::PostmanImporter(const QString &source)
    : m_source(source)
{
}

QString PostmanImporter::position(const QString &source, const QByteArray &data, qsizetype offset)
{
    const QByteArray before = data.left(qBound(qsizetype(0), offset, data.size()));
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
    return source + u':' + QString::number(line) + u':' + QString::number(column);
}

QList<CollectionItem> PostmanImporter::readItems(
    const QJsonArray &items, const QString &path, ImportIssues *warnings) const
{
    QList<CollectionItem> result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = path + u'[' + QString::number(i) + u']';
        const QJsonObject item = items.at(i).toObject();
        if (!item.contains(u"item"_s)) {
            result.append(PostmanRequestReader(m_source + u": "_s + itemPath, warnings).read(item));
            continue;
        }
        CollectionItem folder = CollectionItem::folder(item.value(u"name"_s).toString());
        folder.description = PostmanRequestReader::description(item.value(u"description"_s));
        folder.variables = PostmanRequestReader::readVariables(item.value(u"variable"_s).toArray());
        folder.children = readItems(item.value(u"item"_s).toArray(), itemPath + u".item"_s, warnings);
        QJsonObject extras;
        const QJsonObject rest = without(item, { u"name"_s, u"description"_s, u"variable"_s, u"item"_s, u"auth"_s });
        if (!rest.isEmpty())
            extras.insert(u"item"_s, rest);
        if (item.contains(u"auth"_s) && !item.value(u"auth"_s).isNull()) {
            const PostmanAuth::Read auth = PostmanAuth::read(item.value(u"auth"_s).toObject());
            folder.auth = auth.auth;
            if (!auth.supported || auth.noauth) {
                const QJsonObject block = item.value(u"auth"_s).toObject();
                const QJsonObject kept = PostmanAuth::redact(block);
                extras.insert(u"auth"_s, kept);
                if (!auth.supported)
                    warnings->append({ m_source + u": "_s + itemPath + u".auth"_s,
                        PostmanAuth::keptWarning(u"folder auth type"_s, block, kept) });
            }
        }
        if (!extras.isEmpty())
            folder.unknownKeys.insert(PostmanRequestReader::extrasKey(), extras);
        result.append(folder);
    }
    return result;
}

PostmanImporter::Result PostmanImporter::importCollection(const QByteArray &json) const
{
    Result result;
    ImportIssue error;
    const std::optional<QJsonObject> root = parseObject(m_source, json, &error);
    if (!root) {
        result.error = error;
        return result;
    }
    const QJsonObject info = root->value(u"info"_s).toObject();
    const QString schema = info.value(u"schema"_s).toString();
    if (root->contains(u"requests"_s) && root->contains(u"order"_s)) {
        result.error = ImportIssue { m_source, u"Postman collection v1 is not supported; re-export as v2.1"_s };
        return result;
    }
    if (!root->contains(u"info"_s) || !root->value(u"item"_s).isArray()) {
        result.error = ImportIssue { m_source + u": $"_s, u"not a Postman collection (no info and item)"_s };
        return result;
    }
    result.schemaVersion = schema.contains(u"v2.0"_s) ? u"2.0.0"_s : u"2.1.0"_s;
    if (!schema.contains(u"v2.0"_s) && !schema.contains(u"v2.1"_s))
        result.warnings.append({ m_source + u": $.info.schema"_s, u"unknown schema, read as v2.1: "_s + schema });
    Collection &c = result.collection;
    c.name = info.value(u"name"_s).toString();
    c.description = PostmanRequestReader::description(info.value(u"description"_s));
    c.variables = PostmanRequestReader::readVariables(root->value(u"variable"_s).toArray());
    c.items = readItems(root->value(u"item"_s).toArray(), u"$.item"_s, &result.warnings);
    QJsonObject extras;
    const QJsonObject infoRest = without(info, { u"name"_s, u"description"_s, u"schema"_s });
    if (!infoRest.isEmpty())
        extras.insert(u"info"_s, infoRest);
    const QJsonObject rest = without(*root, { u"info"_s, u"item"_s, u"variable"_s, u"auth"_s });
    if (!rest.isEmpty())
        extras.insert(u"root"_s, rest);
    if (root->contains(u"auth"_s) && !root->value(u"auth"_s).isNull()) {
        const PostmanAuth::Read auth = PostmanAuth::read(root->value(u"auth"_s).toObject());
        c.auth = auth.auth;
        if (!auth.supported || auth.noauth) {
            const QJsonObject block = root->value(u"auth"_s).toObject();
            const QJsonObject kept = PostmanAuth::redact(block);
            extras.insert(u"auth"_s, kept);
            if (!auth.supported)
                result.warnings.append(
                    { m_source + u": $.auth"_s, PostmanAuth::keptWarning(u"collection auth type"_s, block, kept) });
        }
    }
    if (!extras.isEmpty())
        c.unknownKeys.insert(PostmanRequestReader::extrasKey(), extras);
    return result;
}

std::optional<Environment> PostmanImporter::importEnvironment(const QByteArray &json, ImportIssue *error) const
{
    ImportIssue problem;
    const std::optional<QJsonObject> root = parseObject(m_source, json, &problem);
    if (root && !root->value(u"values"_s).isArray())
        problem = { m_source + u": $"_s, u"not a Postman environment (no values array)"_s };
    if (!root || !root->value(u"values"_s).isArray()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    Environment environment;
    environment.name = root->value(u"name"_s).toString();
    environment.variables = PostmanRequestReader::readVariables(root->value(u"values"_s).toArray());
    return environment;
}

} // namespace Reqscope
