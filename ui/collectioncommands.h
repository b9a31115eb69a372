// SPDX-License-Identifier: MIT
#pragma once

#include "collectionmodel.h"

#include <QUndoCommand>

namespace Reqscope {

/*!
 * The undoable changes of a CollectionModel. Each addresses items by CollectionModel::Location (directory and
 * row path), recomputed after every redo and undo: the stack replays changes in order, so a location is valid
 * whenever its command runs. Each step is written to disk by the model.
 */
class InsertItemCommand : public QUndoCommand
{
public:
    InsertItemCommand(CollectionModel *model,
        const CollectionModel::Location &parent,
        int row,
        const CollectionItem &item,
        const QString &text);
    void redo() override;
    void undo() override;
    CollectionModel::Location inserted() const;

private:
    CollectionModel *m_model;
    CollectionModel::Location m_parent;
    int m_row;
    CollectionItem m_item;
    CollectionModel::Location m_inserted;
    QList<int> m_orders; // of the siblings before the insert: numbering them may have shifted some
};

class RemoveItemCommand : public QUndoCommand
{
public:
    RemoveItemCommand(CollectionModel *model, const CollectionModel::Location &location, const QString &text);
    void redo() override;
    void undo() override;

private:
    CollectionModel *m_model;
    CollectionModel::Location m_location;
    CollectionItem m_item; // with its secrets, so undo writes everything back
};

class RenameItemCommand : public QUndoCommand
{
public:
    RenameItemCommand(CollectionModel *model, const CollectionModel::Location &location, const QString &name);
    void redo() override;
    void undo() override;

private:
    CollectionModel *m_model;
    CollectionModel::Location m_location;
    QString m_name;
    QString m_slug; // empty until the first redo: derived from the name
    QString m_oldName;
    QString m_oldSlug;
};

class MoveItemCommand : public QUndoCommand
{
public:
    MoveItemCommand(CollectionModel *model,
        const CollectionModel::Location &from,
        const CollectionModel::Location &toParent,
        int toRow);
    void redo() override;
    void undo() override;

private:
    CollectionModel *m_model;
    // Valid before the move (redo's input, and what undo restores).
    CollectionModel::Location m_from;
    CollectionModel::Location m_fromParent;
    CollectionModel::Location m_toParent;
    int m_toRow;
    QList<int> m_fromOrders;
    QList<int> m_toOrders;
    // Valid after the move (undo's input).
    CollectionModel::Location m_moved;
    CollectionModel::Location m_backParent;
};

} // namespace Reqscope
