// SPDX-License-Identifier: MIT
#include "collectionmodel.h"

#include "collectionmodelnode.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QStyle>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Reqscope {

CollectionModel::CollectionModel(SecretStore *secrets, QObject *parent)
    : QAbstractItemModel(parent)
    , m_secrets(secrets)
    // Looked up once: a theme lookup per painted row shows when 10,000 rows are expanded.
    , m_folderIcon(QApplication::style()->standardIcon(QStyle::SP_DirIcon))
    , m_warningIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{
}

CollectionModel::~CollectionModel() = default;

void CollectionModel::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

QUndoStack *CollectionModel::undoStack() const
{
    return m_undo;
}

SecretStore *CollectionModel::secrets() const
{
    return m_secrets;
}

// --- Collections ------------------------------------------------------------------------------------------------

void CollectionModel::setPlayground(const Collection &playground)
{
    if (!m_roots.empty() && m_roots.front()->readOnly) {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_roots.erase(m_roots.begin());
        renumberRoots();
        endRemoveRows();
    }
    auto root = std::make_unique<Root>();
    root->collection = playground;
    root->readOnly = true;
    beginInsertRows(QModelIndex(), 0, 0);
    m_roots.insert(m_roots.begin(), std::move(root));
    renumberRoots();
    endInsertRows();
}

QModelIndex CollectionModel::addCollection(const QString &directory)
{
    const QString dir = QDir(directory).absolutePath();
    if (Root *existing = rootFor(dir))
        return indexOf(&existing->top);
    auto root = std::make_unique<Root>();
    root->directory = dir;
    root->loading = true;
    const int row = int(m_roots.size());
    beginInsertRows(QModelIndex(), row, row);
    m_roots.push_back(std::move(root));
    renumberRoots();
    endInsertRows();
    return index(row, 0);
}

void CollectionModel::setLoaded(const QString &directory, const CollectionStore::LoadResult &result)
{
    Root *root = rootFor(QDir(directory).absolutePath());
    if (!root)
        return;
    const QModelIndex at = indexOf(&root->top);
    const int old = rowCount(at);
    if (old > 0) {
        beginRemoveRows(at, 0, old - 1);
        root->top.children.clear();
        root->collection.items.clear();
        endRemoveRows();
    }
    root->loading = false;
    root->failed = !result.ok;
    root->errors = result.errors;
    const int rows = result.ok ? int(result.collection.items.size()) : 0;
    if (rows > 0)
        beginInsertRows(at, 0, rows - 1);
    root->collection = result.collection;
    root->top.children.clear();
    root->top.built = false; // nodes for the new rows are made when a view asks
    if (rows > 0)
        endInsertRows();
    Q_EMIT dataChanged(at, at);
}

void CollectionModel::closeCollection(const QString &directory)
{
    Root *root = rootFor(QDir(directory).absolutePath());
    if (!root || root->readOnly)
        return;
    const int row = root->top.row;
    beginRemoveRows(QModelIndex(), row, row);
    m_roots.erase(m_roots.begin() + row);
    renumberRoots();
    endRemoveRows();
}

QStringList CollectionModel::directories() const
{
    QStringList out;
    for (const auto &root : m_roots) {
        if (!root->readOnly)
            out.append(root->directory);
    }
    return out;
}

QModelIndex CollectionModel::collectionIndex(const QString &directory) const
{
    const Root *root = rootFor(directory.isEmpty() ? directory : QDir(directory).absolutePath());
    return root ? indexOf(&root->top) : QModelIndex();
}

LoadErrors CollectionModel::loadErrors(const QString &directory) const
{
    const Root *root = rootFor(QDir(directory).absolutePath());
    return root ? root->errors : LoadErrors();
}

const Collection *CollectionModel::collection(const QString &directory) const
{
    const Root *root = rootFor(directory.isEmpty() ? directory : QDir(directory).absolutePath());
    return root ? &root->collection : nullptr;
}

// --- Items ------------------------------------------------------------------------------------------------------

CollectionModel::Kind CollectionModel::kind(const QModelIndex &index) const
{
    const CollectionItem *it = item(index);
    if (!it)
        return Kind::Collection;
    return it->isFolder() ? Kind::Folder : Kind::Request;
}

bool CollectionModel::isReadOnly(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return true;
    const Root *root = rootOf(node);
    return root->readOnly || root->loading || root->failed;
}

QString CollectionModel::directoryOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? rootOf(node)->directory : QString();
}

const CollectionItem *CollectionModel::item(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? itemOf(node) : nullptr;
}

QModelIndex CollectionModel::indexForPath(const QString &directory, const QString &path) const
{
    QModelIndex at = collectionIndex(directory);
    for (const QString &slug : path.split(u'/', Qt::SkipEmptyParts)) {
        const int rows = rowCount(at);
        QModelIndex found;
        for (int r = 0; r < rows && !found.isValid(); ++r) {
            const QModelIndex child = index(r, 0, at);
            if (item(child)->slug == slug)
                found = child;
        }
        if (!found.isValid())
            return {};
        at = found;
    }
    return at;
}

QString CollectionModel::pathOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? parentPathOf(node) : QString();
}

CollectionModel::Location CollectionModel::location(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? locationOf(node) : Location();
}

QModelIndex CollectionModel::indexAt(const Location &location) const
{
    const Node *node = nodeAt(location);
    return node ? indexOf(node) : QModelIndex();
}

QModelIndex CollectionModel::containerFor(const QModelIndex &index) const
{
    return kind(index) == Kind::Request ? index.parent() : index;
}

void CollectionModel::setModified(const QModelIndex &index, bool modified)
{
    Node *node = nodeOf(index);
    if (!node || node->modified == modified)
        return;
    node->modified = modified;
    const QModelIndex at = indexOf(node);
    Q_EMIT dataChanged(at, at, { Qt::DisplayRole, Qt::FontRole, ModifiedRole });
}

// --- QAbstractItemModel -----------------------------------------------------------------------------------------

QModelIndex CollectionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, &m_roots[size_t(row)]->top);
    Node *node = nodeOf(parent);
    ensureBuilt(node);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex CollectionModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return node && node->parent ? indexOf(node->parent) : QModelIndex();
}

int CollectionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() > 0)
        return 0;
    Node *node = nodeOf(parent);
    ensureBuilt(node);
    return int(node->children.size());
}

int CollectionModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool CollectionModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_roots.empty();
    const Node *node = nodeOf(parent);
    if (node->built)
        return !node->children.empty();
    const QList<CollectionItem> *items = childItems(node);
    return items && !items->isEmpty(); // without building the folder's nodes
}

QVariant CollectionModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const Root *root = rootOf(node);
    const CollectionItem *it = itemOf(node);
    if (!it) {
        const QString name
            = root->collection.name.isEmpty() ? QFileInfo(root->directory).fileName() : root->collection.name;
        switch (role) {
        case Qt::DisplayRole:
            if (root->loading)
                return tr("%1 (loading…)").arg(QFileInfo(root->directory).fileName());
            return root->readOnly ? tr("Playground") : name;
        case Qt::EditRole:
            return name;
        case Qt::ToolTipRole: {
            QString tip = root->readOnly ? tr("Ready requests against the embedded server: press Send.")
                                         : QDir::toNativeSeparators(root->directory);
            for (const LoadError &error : root->errors)
                tip += u'\n' + error.toString();
            return tip;
        }
        case Qt::DecorationRole:
            return root->errors.isEmpty() ? m_folderIcon : m_warningIcon;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case KindRole:
            return QVariant::fromValue(Kind::Collection);
        case ReadOnlyRole:
            return root->readOnly;
        case DirectoryRole:
            return root->directory;
        case ErrorRole: {
            QStringList lines;
            for (const LoadError &error : root->errors)
                lines.append(error.toString());
            return lines.join(u'\n');
        }
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return node->modified ? it->displayName() + u" •"_s : it->displayName();
    case Qt::EditRole:
        return it->displayName();
    case Qt::ToolTipRole:
        if (it->isFolder())
            return it->description.isEmpty() ? it->name : it->description;
        return it->description.isEmpty() ? it->request.url : it->description + u'\n' + it->request.url;
    case Qt::DecorationRole:
        return it->isFolder() ? QVariant(m_folderIcon) : QVariant();
    case Qt::FontRole:
        if (node->modified) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case KindRole:
        return QVariant::fromValue(it->isFolder() ? Kind::Folder : Kind::Request);
    case MethodRole:
        return it->isFolder() ? QString() : it->request.method;
    case ModifiedRole:
        return node->modified;
    case ReadOnlyRole:
        return root->readOnly;
    case DirectoryRole:
        return root->directory;
    default:
        return {};
    }
}

bool CollectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    return renameItem(index, value.toString());
}

Qt::ItemFlags CollectionModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const CollectionItem *it = itemOf(node);
    const bool writable = !isReadOnly(index);
    if (it)
        f |= Qt::ItemIsDragEnabled; // a Playground request dragged into a collection is copied
    if (writable)
        f |= Qt::ItemIsEditable;
    if (it && !it->isFolder())
        f |= Qt::ItemNeverHasChildren;
    if (writable)
        f |= Qt::ItemIsDropEnabled; // onto a request: after it
    return f;
}

// --- Internals --------------------------------------------------------------------------------------------------

CollectionModel::Node *CollectionModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex CollectionModel::indexOf(const Node *node) const
{
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

CollectionModel::Root *CollectionModel::rootOf(const Node *node) const
{
    while (node->parent)
        node = node->parent;
    return m_roots[size_t(node->row)].get();
}

CollectionModel::Root *CollectionModel::rootFor(const QString &directory) const
{
    for (const auto &root : m_roots) {
        if (root->directory == directory)
            return root.get();
    }
    return nullptr;
}

CollectionModel::Node *CollectionModel::nodeAt(const Location &location) const
{
    Root *root = rootFor(location.directory);
    if (!root)
        return nullptr;
    Node *node = &root->top;
    for (const int row : location.rows) {
        ensureBuilt(node);
        if (row < 0 || size_t(row) >= node->children.size())
            return nullptr;
        node = node->children[size_t(row)].get();
    }
    return node;
}

QList<int> CollectionModel::rowPath(const Node *node) const
{
    QList<int> rows;
    for (; node->parent; node = node->parent)
        rows.prepend(node->row);
    return rows;
}

CollectionModel::Location CollectionModel::locationOf(const Node *node) const
{
    return { rootOf(node)->directory, rowPath(node) };
}

CollectionItem *CollectionModel::itemOf(const Node *node) const
{
    const QList<int> rows = rowPath(node);
    if (rows.isEmpty())
        return nullptr;
    QList<CollectionItem> *list = &rootOf(node)->collection.items;
    CollectionItem *it = nullptr;
    for (const int row : rows) {
        it = &(*list)[row];
        list = &it->children;
    }
    return it;
}

QList<CollectionItem> *CollectionModel::childItems(const Node *node) const
{
    if (!node->parent)
        return &rootOf(node)->collection.items;
    CollectionItem *it = itemOf(node);
    return it->isFolder() ? &it->children : nullptr;
}

void CollectionModel::ensureBuilt(Node *node) const
{
    if (node->built)
        return;
    node->built = true;
    const QList<CollectionItem> *items = childItems(node);
    const qsizetype count = items ? items->size() : 0;
    node->children.reserve(size_t(count));
    for (qsizetype row = 0; row < count; ++row)
        node->children.push_back(std::make_unique<Node>(node, int(row)));
}

QString CollectionModel::parentPathOf(const Node *node) const
{
    QStringList slugs;
    const QList<int> rows = rowPath(node);
    const QList<CollectionItem> *list = &rootOf(node)->collection.items;
    for (const int row : rows) {
        slugs.append(list->at(row).slug);
        list = &list->at(row).children;
    }
    return slugs.join(u'/');
}

void CollectionModel::renumberRoots()
{
    for (size_t i = 0; i < m_roots.size(); ++i)
        m_roots[i]->top.row = int(i);
}

} // namespace Reqscope
