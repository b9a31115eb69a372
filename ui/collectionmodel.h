// SPDX-License-Identifier: MIT
#pragma once

#include "collection.h"
#include "collectionstore.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QPointer>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace Reqscope {

class SecretStore;

/*!
 * The sidebar's tree: the built-in Playground collection (read-only) and every opened collection directory,
 * with their folders and requests in the collection's order. The in-memory Collection values are the truth;
 * tree nodes mirror their structure and are created only when a view asks for a folder's rows, so opening a
 * 10,000-request collection costs its top level.
 *
 * Every change is one row's insert, remove, move or dataChanged (never a reset) and is written at once through
 * CollectionItemSaver, which touches only the files of the changed items. With an undo stack set, the
 * structural changes (add, remove, rename, move) become undoable commands; undoing a delete writes the files
 * back.
 *
 * An item is addressed across changes by a Location: its collection directory and its row path.
 */
class CollectionModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        MethodRole, // a request's method
        ModifiedRole, // bool: the editor holds unsaved edits of this request
        ReadOnlyRole, // bool: the Playground
        DirectoryRole, // the collection directory (empty for the Playground)
        ErrorRole, // a collection's load errors, one per line
    };
    enum class Kind { Collection, Folder, Request };
    Q_ENUM(Kind)

    struct Location
    {
        QString directory; // empty: the Playground
        QList<int> rows; // empty: the collection itself
        friend bool operator==(const Location &a, const Location &b)
        {
            return a.directory == b.directory && a.rows == b.rows;
        }
    };

    static constexpr auto mimeType = "application/x-reqscope-collection-items";

    /// \a secrets (may be null: secrets are then dropped on save) must outlive the model.
    explicit CollectionModel(SecretStore *secrets, QObject *parent = nullptr);
    ~CollectionModel() override;

    /// Structural changes are pushed onto \a stack (null: applied directly, not undoable).
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const;
    SecretStore *secrets() const;

    // Collections (top-level rows)
    /// Replaces the Playground row (always row 0) with \a playground.
    void setPlayground(const Collection &playground);
    /// Adds a row for \a directory that says it is loading; setLoaded() fills it. Returns the existing row if
    /// the directory is already open.
    QModelIndex addCollection(const QString &directory);
    /// Fills the row of \a directory with a finished load (errors included).
    void setLoaded(const QString &directory, const CollectionStore::LoadResult &result);
    void closeCollection(const QString &directory);
    QStringList directories() const;
    QModelIndex collectionIndex(const QString &directory) const;
    LoadErrors loadErrors(const QString &directory) const;
    const Collection *collection(const QString &directory) const;

    // Items
    Kind kind(const QModelIndex &index) const;
    bool isReadOnly(const QModelIndex &index) const;
    QString directoryOf(const QModelIndex &index) const;
    /// The item at \a index, or nullptr for a collection row.
    const CollectionItem *item(const QModelIndex &index) const;
    /// The index of the item at \a path of slugs ("folder/request") in \a directory's collection.
    QModelIndex indexForPath(const QString &directory, const QString &path) const;
    QString pathOf(const QModelIndex &index) const;
    Location location(const QModelIndex &index) const;
    QModelIndex indexAt(const Location &location) const;
    /// The folder or collection index under which something added "at \a index" goes.
    QModelIndex containerFor(const QModelIndex &index) const;

    /// Marks the request at \a index as edited but not saved (one row's dataChanged).
    void setModified(const QModelIndex &index, bool modified);

    // Changes: written to disk at once; undoable when an undo stack is set.
    QModelIndex addItem(const QModelIndex &parent, int row, const CollectionItem &item);
    bool removeItem(const QModelIndex &index);
    bool renameItem(const QModelIndex &index, const QString &name);
    QModelIndex duplicateItem(const QModelIndex &index);
    /// Moves \a index into the folder or collection \a parent, to become its row \a row (-1: last).
    bool moveItem(const QModelIndex &index, const QModelIndex &parent, int row);
    /// Replaces the request at \a index with \a spec (its name kept) and writes it; not undoable (the editor's).
    bool saveRequest(const QModelIndex &index, const RequestSpec &spec);

    // The undo commands' primitives: no undo, no checks beyond what keeps the model consistent.
    QModelIndex applyInsert(const Location &parent, int row, const CollectionItem &item);
    CollectionItem applyRemove(const Location &location);
    void applyRename(const Location &location, const QString &name, const QString &slug);
    /// Returns the moved item's new location.
    Location applyMove(const Location &from, const Location &toParent, int toRow);
    /// The order numbers of the children of \a parent; applyOrders() puts saved ones back (undo), writing the
    /// items whose number changes.
    QList<int> orders(const Location &parent) const;
    void applyOrders(const Location &parent, const QList<int> &orders);

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    /// A write failed or a collection could not be read; \a message names the file.
    void problem(const QString &message);

private:
    struct Node;
    struct Root;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    Root *rootOf(const Node *node) const;
    Root *rootFor(const QString &directory) const;
    Node *nodeAt(const Location &location) const;
    Location locationOf(const Node *node) const;
    QList<int> rowPath(const Node *node) const;
    CollectionItem *itemOf(const Node *node) const;
    QList<CollectionItem> *childItems(const Node *node) const;
    void ensureBuilt(Node *node) const;
    QString parentPathOf(const Node *node) const;
    bool persist(Root *root, const QList<QList<int>> &changed, const QStringList &oldFiles);
    QList<Location> decode(const QMimeData *data) const;
    bool acceptsDrop(const Location &source, const Node *target) const;
    void renumberRoots();

    SecretStore *m_secrets;
    QPointer<QUndoStack> m_undo;
    std::vector<std::unique_ptr<Root>> m_roots;
    QIcon m_folderIcon;
    QIcon m_warningIcon;
};

} // namespace Reqscope
