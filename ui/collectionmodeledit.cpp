// SPDX-License-Identifier: MIT
// CollectionModel's changes: the undoable entry points, their primitives, writing to disk, drag and drop.
#include "collectioncommands.h"
#include "collectionitemsaver.h"
#include "collectionmodel.h"
#include "collectionmodelnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

void setName(CollectionItem &item, const QString &name)
{
    if (item.isFolder())
        item.name = name;
    else
        item.request.name = name;
}

QList<int> childPath(QList<int> parent, qsizetype row)
{
    parent.append(int(row));
    return parent;
}

} // namespace

// --- Undoable entry points --------------------------------------------------------------------------------------

QModelIndex CollectionModel::addItem(const QModelIndex &parent, int row, const CollectionItem &item)
{
    if (isReadOnly(parent) || kind(parent) == Kind::Request)
        return {};
    const QString text = item.isFolder() ? tr("New folder") : tr("Add “%1”").arg(item.displayName());
    if (!m_undo)
        return applyInsert(location(parent), row, item);
    auto *command = new InsertItemCommand(this, location(parent), row, item, text);
    m_undo->push(command);
    return indexAt(command->inserted());
}

bool CollectionModel::removeItem(const QModelIndex &index)
{
    if (isReadOnly(index) || !item(index))
        return false;
    if (!m_undo) {
        applyRemove(location(index));
        return true;
    }
    m_undo->push(new RemoveItemCommand(this, location(index), tr("Delete “%1”").arg(item(index)->displayName())));
    return true;
}

bool CollectionModel::renameItem(const QModelIndex &index, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (isReadOnly(index) || trimmed.isEmpty())
        return false;
    if (index.data(Qt::EditRole).toString() == trimmed)
        return true;
    if (!m_undo)
        applyRename(location(index), trimmed, QString());
    else
        m_undo->push(new RenameItemCommand(this, location(index), trimmed));
    return true;
}

QModelIndex CollectionModel::duplicateItem(const QModelIndex &index)
{
    const CollectionItem *original = item(index);
    if (!original || isReadOnly(index))
        return {};
    CollectionItem copy = *original;
    copy.slug.clear();
    copy.order = 0;
    setName(copy, tr("%1 copy").arg(original->displayName()));
    return addItem(index.parent(), index.row() + 1, copy);
}

bool CollectionModel::moveItem(const QModelIndex &index, const QModelIndex &parent, int row)
{
    const Node *node = nodeOf(index);
    const Node *target = nodeOf(parent);
    if (!node || !target || !item(index) || isReadOnly(index) || !acceptsDrop(location(index), target))
        return false;
    const int count = rowCount(parent) - (node->parent == target ? 1 : 0);
    const int finalRow = row < 0 || row > count ? count : row;
    if (node->parent == target && node->row == finalRow)
        return true;
    if (!m_undo)
        applyMove(location(index), location(parent), finalRow);
    else
        m_undo->push(new MoveItemCommand(this, location(index), location(parent), finalRow));
    return true;
}

bool CollectionModel::saveRequest(const QModelIndex &index, const RequestSpec &spec)
{
    Node *node = nodeOf(index);
    CollectionItem *it = node ? itemOf(node) : nullptr;
    if (!it || it->isFolder() || isReadOnly(index))
        return false;
    const QString name = it->request.name;
    it->request = spec;
    it->request.name = name;
    Root *root = rootOf(node);
    const bool ok = persist(root, { rowPath(node) }, {});
    const QModelIndex at = indexOf(node);
    Q_EMIT dataChanged(at, at);
    return ok;
}

// --- Primitives -------------------------------------------------------------------------------------------------

QModelIndex CollectionModel::applyInsert(const Location &parent, int row, const CollectionItem &newItem)
{
    Node *node = nodeAt(parent);
    QList<CollectionItem> *list = node ? childItems(node) : nullptr;
    if (!list)
        return {};
    ensureBuilt(node);
    if (row < 0 || row > list->size())
        row = int(list->size());
    beginInsertRows(indexOf(node), row, row);
    list->insert(row, newItem);
    node->children.insert(node->children.begin() + row, std::make_unique<Node>(node, row));
    node->renumber();
    endInsertRows();
    const QList<int> parentRows = rowPath(node);
    QList<QList<int>> changed { childPath(parentRows, row) };
    for (const qsizetype i : CollectionItemSaver::prepareSiblings(*childItems(node), row))
        changed.append(childPath(parentRows, i));
    persist(rootOf(node), changed, {});
    return index(row, 0, indexOf(node));
}

CollectionItem CollectionModel::applyRemove(const Location &location)
{
    Node *node = nodeAt(location);
    if (!node || !node->parent)
        return {};
    Node *parent = node->parent;
    const int row = node->row;
    QList<CollectionItem> *list = childItems(parent);
    const QStringList oldFiles = CollectionItemSaver::filesOf(list->at(row), parentPathOf(parent));
    beginRemoveRows(indexOf(parent), row, row);
    CollectionItem removed = list->takeAt(row);
    parent->children.erase(parent->children.begin() + row);
    parent->renumber();
    endRemoveRows();
    persist(rootOf(parent), {}, oldFiles);
    return removed;
}

void CollectionModel::applyRename(const Location &location, const QString &name, const QString &slug)
{
    Node *node = nodeAt(location);
    if (!node)
        return;
    Root *root = rootOf(node);
    CollectionItem *it = itemOf(node);
    if (!it) {
        root->collection.name = name; // collection.json
        persist(root, {}, {});
    } else {
        const QStringList oldFiles = CollectionItemSaver::filesOf(*it, parentPathOf(node->parent));
        setName(*it, name);
        it->slug = slug; // empty: derived from the new name
        const QList<int> parentRows = rowPath(node->parent);
        QList<QList<int>> changed { rowPath(node) };
        for (const qsizetype i : CollectionItemSaver::prepareSiblings(*childItems(node->parent)))
            changed.append(childPath(parentRows, i));
        persist(root, changed, oldFiles);
    }
    const QModelIndex at = indexOf(node);
    Q_EMIT dataChanged(at, at);
}

CollectionModel::Location CollectionModel::applyMove(const Location &from, const Location &toParent, int toRow)
{
    Node *node = nodeAt(from);
    Node *target = nodeAt(toParent);
    if (!node || !node->parent || !target || !childItems(target))
        return from;
    Node *source = node->parent;
    const int sourceRow = node->row;
    ensureBuilt(target);
    // Qt's destination row counts before the removal.
    const int destination = source == target && toRow > sourceRow ? toRow + 1 : toRow;
    if (!beginMoveRows(indexOf(source), sourceRow, sourceRow, indexOf(target), destination))
        return from;
    Root *sourceRoot = rootOf(source);
    Root *targetRoot = rootOf(target);
    QList<CollectionItem> *sourceList = childItems(source);
    const QStringList oldFiles = CollectionItemSaver::filesOf(sourceList->at(sourceRow), parentPathOf(source));
    CollectionItem moved = sourceList->takeAt(sourceRow);
    std::unique_ptr<Node> owned = std::move(source->children[size_t(sourceRow)]);
    source->children.erase(source->children.begin() + sourceRow);
    source->renumber();
    QList<CollectionItem> *targetList = childItems(target); // after the removal: the row path may have shifted
    toRow = qBound(0, toRow, int(targetList->size()));
    targetList->insert(toRow, moved);
    owned->parent = target;
    target->children.insert(target->children.begin() + toRow, std::move(owned));
    target->renumber();
    endMoveRows();

    const QList<int> parentRows = rowPath(target);
    QList<QList<int>> changed { childPath(parentRows, toRow) };
    for (const qsizetype i : CollectionItemSaver::prepareSiblings(*targetList, toRow))
        changed.append(childPath(parentRows, i));
    if (sourceRoot == targetRoot) {
        persist(targetRoot, changed, oldFiles);
    } else {
        persist(targetRoot, changed, {});
        persist(sourceRoot, {}, oldFiles);
    }
    return locationOf(target->children[size_t(toRow)].get());
}

QList<int> CollectionModel::orders(const Location &parent) const
{
    QList<int> out;
    const Node *node = nodeAt(parent);
    if (const QList<CollectionItem> *list = node ? childItems(node) : nullptr) {
        for (const CollectionItem &child : *list)
            out.append(child.order);
    }
    return out;
}

void CollectionModel::applyOrders(const Location &parent, const QList<int> &orders)
{
    Node *node = nodeAt(parent);
    QList<CollectionItem> *list = node ? childItems(node) : nullptr;
    if (!list || list->size() != orders.size())
        return;
    const QList<int> parentRows = rowPath(node);
    QList<QList<int>> changed;
    for (qsizetype i = 0; i < list->size(); ++i) {
        if (list->at(i).order != orders.at(i)) {
            (*list)[i].order = orders.at(i);
            changed.append(childPath(parentRows, i));
        }
    }
    if (!changed.isEmpty())
        persist(rootOf(node), changed, {});
}

// --- Writing ----------------------------------------------------------------------------------------------------

bool CollectionModel::persist(Root *root, const QList<QList<int>> &changed, const QStringList &oldFiles)
{
    if (root->readOnly || root->failed || root->directory.isEmpty())
        return false;
    // Pointers are taken only now that every list has its final shape.
    QSet<const CollectionItem *> items;
    for (const QList<int> &rows : changed) {
        QList<CollectionItem> *list = &root->collection.items;
        const CollectionItem *it = nullptr;
        for (const int row : rows) {
            if (row < 0 || row >= list->size()) {
                it = nullptr;
                break;
            }
            it = &(*list)[row];
            list = &(*list)[row].children;
        }
        if (it)
            items.insert(it);
    }
    const CollectionStore::SaveResult result
        = CollectionItemSaver::save(root->collection, root->directory, m_secrets, items, oldFiles);
    for (const LoadError &error : result.errors)
        Q_EMIT problem(tr("Could not write %1").arg(error.toString()));
    return result.ok();
}

// --- Drag and drop ----------------------------------------------------------------------------------------------

Qt::DropActions CollectionModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions CollectionModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList CollectionModel::mimeTypes() const
{
    return { QString::fromLatin1(mimeType) };
}

QMimeData *CollectionModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray list;
    for (const QModelIndex &index : indexes) {
        if (!item(index))
            continue;
        const Location at = location(index);
        QJsonArray rows;
        for (const int row : at.rows)
            rows.append(row);
        list.append(QJsonObject { { u"directory"_s, at.directory }, { u"rows"_s, rows } });
    }
    if (list.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(mimeType), QJsonDocument(list).toJson(QJsonDocument::Compact));
    return mime;
}

QList<CollectionModel::Location> CollectionModel::decode(const QMimeData *data) const
{
    QList<Location> out;
    if (!data)
        return out;
    const QJsonArray list = QJsonDocument::fromJson(data->data(QString::fromLatin1(mimeType))).array();
    for (const QJsonValue &value : list) {
        Location at;
        at.directory = value[u"directory"_s].toString();
        for (const QJsonValue &row : value[u"rows"_s].toArray())
            at.rows.append(row.toInt());
        if (!at.rows.isEmpty() && nodeAt(at))
            out.append(at);
    }
    return out;
}

bool CollectionModel::acceptsDrop(const Location &source, const Node *target) const
{
    const Root *root = rootOf(target);
    if (root->readOnly || root->loading || root->failed || !childItems(target))
        return false;
    // Never into itself or below itself.
    const Node *sourceNode = nodeAt(source);
    for (const Node *n = target; n; n = n->parent) {
        if (n == sourceNode)
            return false;
    }
    return true;
}

bool CollectionModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(action)
    Q_UNUSED(row)
    Q_UNUSED(column)
    const Node *target = nodeOf(containerFor(parent));
    const QList<Location> sources = decode(data);
    if (!target || sources.isEmpty())
        return false;
    return std::all_of(sources.cbegin(), sources.cend(), [&](const Location &s) { return acceptsDrop(s, target); });
}

bool CollectionModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QModelIndex target = parent;
    if (kind(parent) == Kind::Request) { // dropped onto a request: after it
        row = parent.row() + 1;
        target = parent.parent();
    }
    const QList<Location> sources = decode(data);
    if (m_undo && sources.size() > 1)
        m_undo->beginMacro(tr("Move"));
    // Persistent: each move shifts the rows of what follows it.
    QList<QPersistentModelIndex> items;
    for (const Location &source : sources)
        items.append(indexAt(source));
    const QPersistentModelIndex into = target;
    for (const QPersistentModelIndex &source : std::as_const(items)) {
        if (!source.isValid())
            continue;
        const bool sameParent = source.parent() == QModelIndex(into);
        // Qt counts the drop row before the source leaves; moveItem wants the row it ends up in.
        const int finalRow = row < 0 ? -1 : (sameParent && source.row() < row ? row - 1 : row);
        QModelIndex placed;
        if (action == Qt::CopyAction || isReadOnly(source)) {
            CollectionItem copy = *item(source);
            copy.slug.clear();
            copy.order = 0;
            placed = addItem(into, finalRow, copy);
        } else if (moveItem(source, into, finalRow)) {
            placed = source;
        }
        if (row >= 0 && placed.isValid())
            row = placed.row() + 1; // the next one goes after it
    }
    if (m_undo && sources.size() > 1)
        m_undo->endMacro();
    return true;
}

} // namespace Reqscope
