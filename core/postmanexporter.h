// SPDX-License-Identifier: MIT
#pragma once

#include "collection.h"

#include <QByteArray>
#include <QJsonObject>

namespace Reqscope {

/*!
 * Writes a Collection as a Postman v2.1 collection (and environments as Postman environment files). What the
 * importer kept under "x-postman" (events, saved responses, ids, opaque auth) is written back, so a Postman →
 * Reqscope → Postman round trip keeps every field Reqscope reads. Secrets are written empty unless opted in.
 * \code
 * PostmanExporter exporter;
 * exporter.setIncludeSecrets(false); // the default
 * file.write(exporter.toJson(collection));
 * \endcode
 */
class PostmanExporter
{
public:
    static QString schemaUrl();

    void setIncludeSecrets(bool include);

    QJsonObject exportCollection(const Collection &collection) const;
    QByteArray toJson(const Collection &collection) const;
    QJsonObject exportEnvironment(const Environment &environment) const;

private:
    QJsonArray items(const QList<CollectionItem> &items, const QList<KeyValue> &defaultHeaders) const;

    bool m_includeSecrets = false;
};

} // namespace Reqscope
