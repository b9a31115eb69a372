// SPDX-License-Identifier: MIT
#pragma once

#include "collectionitem.h"
#include "importissue.h"

#include <QJsonObject>

namespace Reqscope {

/*!
 * One Postman request item (v2.0 or v2.1) → a CollectionItem of kind Request. Whatever Reqscope has no field for
 * (events, saved responses, protocolProfileBehavior, opaque auth and GraphQL bodies, path variables, disabled
 * query rows) goes into the item's unknownKeys under \c extrasKey(), where PostmanRequestWriter finds it again.
 */
class PostmanRequestReader
{
public:
    /// \a location is the JSON path of the item for warnings, e.g. "file: $.item[2]".
    PostmanRequestReader(const QString &location, ImportIssues *warnings);

    CollectionItem read(const QJsonObject &item) const;
    /// Postman variables ({key|id, value, type, disabled}) → Variables; "secret" typed ones are secret.
    static VariableList readVariables(const QJsonArray &array);
    /// A description: a string or {content, type}.
    static QString description(const QJsonValue &value);
    static QString extrasKey();

private:
    void warn(const QString &path, const QString &message) const;
    void readUrl(const QJsonValue &url, RequestSpec &spec, QJsonObject &extras) const;
    void readBody(const QJsonObject &body, RequestSpec &spec, QJsonObject &extras) const;
    QList<KeyValue> readRows(const QJsonValue &rows, const QString &path) const;

    QString m_location;
    ImportIssues *m_warnings;
};

} // namespace Reqscope
