// SPDX-License-Identifier: MIT
#pragma once

#include "collectionauth.h"
#include "requestspec.h"
#include "variable.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Reqscope {

/*!
 * A node of a collection's tree: a request (one `<slug>.request.json` file) or a folder (a `<slug>/`
 * sub-directory with a `folder.json`). Children keep their order; on disk each file carries an `order` number.
 *
 * \code
 * CollectionItem users = CollectionItem::folder(u"Users"_s);
 * users.children.append(CollectionItem::fromRequest(spec)); // slug derived from spec.name on save
 * collection.items.append(users);
 * \endcode
 */
struct CollectionItem
{
    enum class Kind { Request, Folder };

    Kind kind = Kind::Request;
    /// File (request) or directory (folder) name stem, unique among siblings; empty: derived from the name on save.
    QString slug;
    QString description;
    /// Variables of this scope: a request's own (highest precedence) or a folder's.
    VariableList variables;
    /// The loaded `order` number; 0 for new items. The saver keeps loaded numbers while they stay increasing.
    int order = 0;

    // Kind::Request
    RequestSpec request; // its name is the request's display name
    bool inheritAuth = true; // use the nearest folder/collection auth when request.authKind is None

    // Kind::Folder
    QString name;
    QList<KeyValue> headers; // default headers for every request below
    CollectionAuth auth; // default auth for every request below
    QList<CollectionItem> children;

    /// Secret fields (e.g. "auth.password") the file references but whose value this machine does not have.
    /// While such a field stays empty, saving writes the reference back instead of dropping it.
    QStringList missingSecrets;

    /// Keys of the file this version does not know; written back unchanged so newer minor additions survive.
    QJsonObject unknownKeys;

    bool isFolder() const
    {
        return kind == Kind::Folder;
    }
    QString displayName() const
    {
        return isFolder() ? name : request.name;
    }

    static CollectionItem fromRequest(const RequestSpec &spec, const QString &slug = QString());
    static CollectionItem folder(const QString &name, const QString &slug = QString());
};

} // namespace Reqscope
