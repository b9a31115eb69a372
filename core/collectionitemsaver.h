// SPDX-License-Identifier: MIT
#pragma once

#include "collectionstore.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Reqscope {

class SecretStore;

/*!
 * Saves only the items of a collection that changed, through CollectionStore::save on a pruned copy: the
 * changed items (folders with everything below them) and the folders on their way. Everything else on disk
 * stays as it is, so a request someone else changed since the collection was opened (a git pull) is never
 * overwritten by our older copy, and a save in a 10,000-request collection touches a handful of files.
 *
 * Slugs and order numbers are assigned here, on the full sibling lists, before the pruned copy is built: the
 * store's own numbering would only see the pruned siblings.
 *
 * \code
 * const QStringList old = CollectionItemSaver::filesOf(*item, u"users"_s); // before renaming it
 * item->request.name = u"Get user"_s;
 * item->slug.clear(); // derive a new file name from the name
 * CollectionItemSaver::prepareSiblings(folder->children);
 * CollectionItemSaver::save(collection, dir, &secrets, { item }, old);
 * \endcode
 */
class CollectionItemSaver
{
public:
    /// Gives each of \a siblings a slug unique among them (empty slugs, and \a fresh's when another sibling has
    /// it) and order numbers that increase, changing as few as it can. \a fresh (or -1) is an item just inserted
    /// or moved there: it keeps its order number only if that still fits between its neighbours. Returns the
    /// indexes whose slug or order changed.
    static QList<qsizetype> prepareSiblings(QList<CollectionItem> &siblings, qsizetype fresh = -1);
    /// The relative files \a item occupies in a folder at \a parentPath ("" for the collection root).
    static QStringList filesOf(const CollectionItem &item, const QString &parentPath);
    /// Writes the items of \a collection named in \a changed (addresses into collection.items' tree) and deletes
    /// those of \a oldFiles that are no longer written; only files in collection.loadedFiles are ever deleted.
    /// Updates loadedFiles. Empty folders left behind by deleted files are removed.
    static CollectionStore::SaveResult save(Collection &collection,
        const QString &directory,
        SecretStore *secrets,
        const QSet<const CollectionItem *> &changed,
        const QStringList &oldFiles);
};

} // namespace Reqscope
