// SPDX-License-Identifier: MIT
#pragma once

#include "collection.h"
#include "importissue.h"

#include <QByteArray>

#include <optional>

namespace Reqscope {

/*!
 * Reads Postman collections (v2.0 and v2.1) and Postman environment files into a Collection. Folders become
 * folders, requests keep their order, auth basic/bearer/digest map to Reqscope's, apikey becomes its header or
 * query parameter; everything else (events, saved responses, other auth types, ids) is kept in the items'
 * unknownKeys under "x-postman" so PostmanExporter writes it back, and reported as a warning when not applied.
 * \code
 * const PostmanImporter::Result r = PostmanImporter(u"api.postman_collection.json"_s).importCollection(bytes);
 * if (r.error) qWarning() << r.error->toString();
 * \endcode
 */
class PostmanImporter
{
public:
    struct Result
    {
        Collection collection;
        ImportIssues warnings;
        std::optional<ImportIssue> error; // set: the input is not a collection we can read
        QString schemaVersion; // "2.0.0" or "2.1.0"
    };

    explicit PostmanImporter(const QString &source = QString());

    [[nodiscard]] Result importCollection(const QByteArray &json) const;
    /// A Postman environment export ({name, values[{key, value, type, enabled}]}).
    [[nodiscard]] std::optional<Environment> importEnvironment(
        const QByteArray &json, ImportIssue *error = nullptr) const;

    /// "file:line:column" of byte \a offset in \a data, for JSON parse errors.
    static QString position(const QString &source, const QByteArray &data, qsizetype offset);

private:
    QList<CollectionItem> readItems(const QJsonArray &items, const QString &path, ImportIssues *warnings) const;

    QString m_source;
};

} // namespace Reqscope
