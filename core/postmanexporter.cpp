// SPDX-License-Identifier: MIT
#include "postmanexporter.h"

#include "postmanauth.h"
#include "postmanrequestreader.h"
#include "postmanrequestwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

QString PostmanExporter::schemaUrl()
{
    return u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s;
}

void PostmanExporter::setIncludeSecrets(bool include)
{
    m_includeSecrets = include;
}

QJsonArray PostmanExporter::items(const QList<CollectionItem> &items, const QList<KeyValue> &defaultHeaders) const
{
    QJsonArray array;
    const PostmanRequestWriter writer(m_includeSecrets);
    for (const CollectionItem &item : items) {
        if (!item.isFolder()) {
            // Postman has no default headers: each request gets those it does not set itself.
            CollectionItem withDefaults = item;
            for (qsizetype i = defaultHeaders.size() - 1; i >= 0; --i) {
                const KeyValue &d = defaultHeaders.at(i);
                if (!std::any_of(item.request.headers.cbegin(), item.request.headers.cend(), [&d](const KeyValue &h) {
                        return h.name.compare(d.name, Qt::CaseInsensitive) == 0;
                    }))
                    withDefaults.request.headers.prepend(d);
            }
            array.append(writer.write(withDefaults));
            continue;
        }
        const QJsonObject extras = item.unknownKeys.value(PostmanRequestReader::extrasKey()).toObject();
        QJsonObject folder { { u"name"_s, item.name },
            { u"item"_s, this->items(item.children, defaultHeaders + item.headers) } };
        if (!item.description.isEmpty())
            folder.insert(u"description"_s, item.description);
        if (!item.variables.isEmpty())
            folder.insert(u"variable"_s, PostmanRequestWriter::writeVariables(item.variables, m_includeSecrets));
        const QJsonObject opaque = extras.value(u"auth"_s).toObject();
        if (item.auth.isSet())
            folder.insert(u"auth"_s, PostmanAuth::write(item.auth, m_includeSecrets));
        else if (!opaque.isEmpty())
            folder.insert(u"auth"_s, m_includeSecrets ? opaque : PostmanAuth::redact(opaque));
        PostmanRequestWriter::merge(folder, extras.value(u"item"_s).toObject());
        array.append(folder);
    }
    return array;
}

QJsonObject PostmanExporter::exportCollection(const Collection &collection) const
{
    const QJsonObject extras = collection.unknownKeys.value(PostmanRequestReader::extrasKey()).toObject();
    QJsonObject info { { u"name"_s, collection.name }, { u"schema"_s, schemaUrl() } };
    if (!collection.description.isEmpty())
        info.insert(u"description"_s, collection.description);
    PostmanRequestWriter::merge(info, extras.value(u"info"_s).toObject());
    QJsonObject root { { u"info"_s, info }, { u"item"_s, items(collection.items, collection.headers) } };
    if (!collection.variables.isEmpty())
        root.insert(u"variable"_s, PostmanRequestWriter::writeVariables(collection.variables, m_includeSecrets));
    const QJsonObject opaque = extras.value(u"auth"_s).toObject();
    if (collection.auth.isSet())
        root.insert(u"auth"_s, PostmanAuth::write(collection.auth, m_includeSecrets));
    else if (!opaque.isEmpty())
        root.insert(u"auth"_s, m_includeSecrets ? opaque : PostmanAuth::redact(opaque));
    PostmanRequestWriter::merge(root, extras.value(u"root"_s).toObject());
    return root;
}

QByteArray PostmanExporter::toJson(const Collection &collection) const
{
    return QJsonDocument(exportCollection(collection)).toJson(QJsonDocument::Indented);
}

QJsonObject PostmanExporter::exportEnvironment(const Environment &environment) const
{
    QJsonArray values;
    for (const Variable &v : environment.variables) {
        values.append(QJsonObject { { u"key"_s, v.name },
            { u"value"_s, v.secret && !m_includeSecrets ? QString() : v.value },
            { u"type"_s, v.secret ? u"secret"_s : u"default"_s },
            { u"enabled"_s, v.enabled } });
    }
    return QJsonObject {
        { u"name"_s, environment.name }, { u"values"_s, values }, { u"_postman_variable_scope"_s, u"environment"_s }
    };
}

} // namespace Reqscope
