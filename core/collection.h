// SPDX-License-Identifier: MIT
#pragma once

#include "collectionauth.h"
#include "collectionitem.h"
#include "environment.h"
#include "requestspec.h"
#include "variable.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Reqscope {

/*!
 * A collection as a plain value: what `collection.json`, the `*.request.json` files, the folder directories and
 * `environments/<name>.json` hold. CollectionStore reads and writes it; importers build one and let the store save it.
 * Secrets (secret variables, passwords, tokens) are held here in clear; only the store decides where they go.
 *
 * A request is addressed by its path of slugs, e.g. "users/get-user" (folders joined with '/').
 *
 * \code
 * Collection c;
 * c.name = u"Demo"_s;
 * c.variables.append({ u"base"_s, u"http://127.0.0.1:8080"_s });
 * RequestSpec get;
 * get.name = u"Get user"_s;
 * get.url = u"{{base}}/users/1"_s;
 * c.items.append(CollectionItem::fromRequest(get));
 * CollectionStore::save(c, dir, &secrets);
 * \endcode
 */
struct Collection
{
    /// The on-disk format this build writes; the loader refuses files with a larger `version`.
    static constexpr int formatVersion = 1;

    /// Generated once (a UUID) when the collection is first saved, then never changed: it names the collection's
    /// SecretStore scope, so moving or renaming the directory keeps its secrets. A copy meant to be independent
    /// (duplicate as a new collection) clears it.
    QString id;
    QString name;
    QString description;
    VariableList variables;
    QList<KeyValue> headers; // default headers for every request
    CollectionAuth auth; // default auth
    QList<CollectionItem> items; // the root folder's children, in order
    QList<Environment> environments;
    QJsonObject unknownKeys; // of collection.json, written back unchanged
    QStringList missingSecrets; // see CollectionItem::missingSecrets

    /// Relative paths of the files the loader parsed. Only these may be deleted by a save that no longer writes
    /// them (a request removed in the editor); files that failed to load or that we don't know are never touched.
    QStringList loadedFiles;

    /// The item at \a path ("folder/sub/request-slug"), or nullptr.
    const CollectionItem *find(const QString &path) const;
    CollectionItem *find(const QString &path);
    /// Paths of every request under \a folderPath (empty: the whole collection), depth first, in order.
    QStringList requestPaths(const QString &folderPath = QString()) const;
    /// The chain of folders from the root down to (not including) the item at \a path.
    QList<const CollectionItem *> ancestors(const QString &path) const;
    /// The environment called \a name (display name or slug), or nullptr.
    const Environment *environment(const QString &name) const;

    /// Empties every secret: secret variables' values (all scopes, environments too), the passwords and
    /// tokens of requests, folders and the collection, and credential header values (SecretField). Exports call it
    /// unless the user opts in to secrets.
    void stripSecrets();
    /// The values stripSecrets() would remove, for scrubbing logs and history.
    QStringList secretValues() const;

    /// The request at \a path with the collection's and folders' default headers and auth applied (variables not
    /// yet substituted; see VariableResolver). Default headers come first; a request header of the same name wins.
    RequestSpec effectiveRequest(const QString &path) const;
};

} // namespace Reqscope
