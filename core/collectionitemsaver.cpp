// SPDX-License-Identifier: MIT
#include "collectionitemsaver.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

// The names CollectionSaver keeps free at every level (collection.json, folder.json, environments/).
bool reserved(const QString &slug)
{
    return slug == u"environments"_s || slug == u"collection"_s || slug == u"folder"_s;
}

QList<CollectionItem> prune(const QList<CollectionItem> &items, const QSet<const CollectionItem *> &changed)
{
    QList<CollectionItem> out;
    for (const CollectionItem &item : items) {
        if (changed.contains(&item)) {
            out.append(item);
        } else if (item.isFolder()) {
            QList<CollectionItem> below = prune(item.children, changed);
            if (!below.isEmpty()) {
                CollectionItem folder = item;
                folder.children = std::move(below);
                out.append(folder);
            }
        }
    }
    return out;
}

void prepareTree(QList<CollectionItem> &items)
{
    CollectionItemSaver::prepareSiblings(items);
    for (CollectionItem &item : items) {
        if (item.isFolder())
            prepareTree(item.children);
    }
}

} // namespace

QList<qsizetype> CollectionItemSaver::prepareSiblings(QList<CollectionItem> &siblings, qsizetype fresh)
{
    QList<qsizetype> changed;
    const auto mark = [&changed](qsizetype i) {
        if (!changed.contains(i))
            changed.append(i);
    };
    QSet<QString> taken;
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        if (i != fresh && !siblings.at(i).slug.isEmpty())
            taken.insert(siblings.at(i).slug);
    }
    if (fresh >= 0 && fresh < siblings.size()) {
        if (taken.contains(siblings.at(fresh).slug))
            siblings[fresh].slug.clear();
        else if (!siblings.at(fresh).slug.isEmpty())
            taken.insert(siblings.at(fresh).slug);
        // Its old number stays if it still fits between its neighbours (an undone delete comes back as it was);
        // else the next one up after its predecessor, if that fits (adding at the end changes one file).
        const int before = fresh > 0 ? siblings.at(fresh - 1).order : 0;
        const bool last = fresh + 1 >= siblings.size();
        const auto fits = [&](int order) {
            return order > before && (last || order < siblings.at(fresh + 1).order);
        };
        if (!fits(siblings.at(fresh).order)) {
            siblings[fresh].order = fits(before + 1) ? before + 1 : 0;
            mark(fresh);
        }
    }
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        if (!siblings.at(i).slug.isEmpty())
            continue;
        const QString wanted = CollectionStore::slugify(siblings.at(i).displayName());
        QString slug = wanted;
        for (int n = 2; taken.contains(slug) || reserved(slug); ++n)
            slug = wanted + u'-' + QString::number(n);
        taken.insert(slug);
        siblings[i].slug = slug;
        mark(i);
    }
    // Numbers that do not increase are renumbered 1..n, as CollectionStore does: for the usual 1..n lists that is
    // also what moving an item and moving it back again give, so an undone move restores the same files.
    bool increasing = true;
    for (qsizetype i = 0; i < siblings.size() && increasing; ++i)
        increasing = siblings.at(i).order > (i > 0 ? siblings.at(i - 1).order : 0);
    if (!increasing) {
        for (qsizetype i = 0; i < siblings.size(); ++i) {
            if (siblings.at(i).order != int(i) + 1) {
                siblings[i].order = int(i) + 1;
                mark(i);
            }
        }
    }
    return changed;
}

QStringList CollectionItemSaver::filesOf(const CollectionItem &item, const QString &parentPath)
{
    if (item.slug.isEmpty())
        return {};
    const QString path = parentPath.isEmpty() ? item.slug : parentPath + u'/' + item.slug;
    if (!item.isFolder())
        return { path + u".request.json"_s };
    QStringList files { path + u"/folder.json"_s };
    for (const CollectionItem &child : item.children)
        files += filesOf(child, path);
    return files;
}

CollectionStore::SaveResult CollectionItemSaver::save(Collection &collection,
    const QString &directory,
    SecretStore *secrets,
    const QSet<const CollectionItem *> &changed,
    const QStringList &oldFiles)
{
    Collection partial = collection;
    partial.items = prune(std::as_const(collection.items), changed);
    prepareTree(partial.items); // hand-made files may lack order numbers; the copy must not renumber
    partial.environments.clear(); // not written, and not in loadedFiles below, so not deleted either
    partial.loadedFiles.clear();
    for (const QString &file : oldFiles) {
        if (collection.loadedFiles.contains(file))
            partial.loadedFiles.append(file);
    }
    const QStringList deletable = partial.loadedFiles;
    CollectionStore::SaveResult result = CollectionStore::save(partial, directory, secrets);
    collection.id = partial.id; // given on the first save of a collection that had none: keep it

    QStringList owned = collection.loadedFiles;
    owned.removeIf([&deletable](const QString &file) { return deletable.contains(file); });
    for (const QString &file : std::as_const(partial.loadedFiles)) {
        if (!owned.contains(file))
            owned.append(file);
    }
    collection.loadedFiles = owned;

    // A moved or renamed folder leaves its directory (and empty sub-directories) behind; rmdir only succeeds
    // on an empty one, so nothing that is not ours goes.
    const QDir root(directory);
    for (const QString &file : std::as_const(result.removed)) {
        QString dir = QFileInfo(file).path();
        while (!dir.isEmpty() && dir != u"."_s && root.rmdir(dir))
            dir = QFileInfo(dir).path();
    }
    return result;
}

} // namespace Reqscope
