// SPDX-License-Identifier: MIT
#include "collectioncommands.h"

#include <QCoreApplication>

namespace Reqscope {

InsertItemCommand::InsertItemCommand(CollectionModel *model,
    const CollectionModel::Location &parent,
    int row,
    const CollectionItem &item,
    const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_parent(parent)
    , m_row(row)
    , m_item(item)
{
}

void InsertItemCommand::redo()
{
    m_orders = m_model->orders(m_parent);
    m_inserted = m_model->location(m_model->applyInsert(m_parent, m_row, m_item));
    if (!m_inserted.rows.isEmpty())
        m_row = m_inserted.rows.constLast();
}

void InsertItemCommand::undo()
{
    m_item = m_model->applyRemove(m_inserted); // keeps the slug the first redo chose
    m_model->applyOrders(m_parent, m_orders);
}

CollectionModel::Location InsertItemCommand::inserted() const
{
    return m_inserted;
}

RemoveItemCommand::RemoveItemCommand(
    CollectionModel *model, const CollectionModel::Location &location, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_location(location)
{
}

void RemoveItemCommand::redo()
{
    m_item = m_model->applyRemove(m_location);
}

void RemoveItemCommand::undo()
{
    CollectionModel::Location parent = m_location;
    const int row = parent.rows.takeLast();
    m_model->applyInsert(parent, row, m_item);
}

RenameItemCommand::RenameItemCommand(
    CollectionModel *model, const CollectionModel::Location &location, const QString &name)
    : QUndoCommand(QCoreApplication::translate("Reqscope::CollectionModel", "Rename to “%1”").arg(name))
    , m_model(model)
    , m_location(location)
    , m_name(name)
{
}

void RenameItemCommand::redo()
{
    const QModelIndex at = m_model->indexAt(m_location);
    const CollectionItem *item = m_model->item(at);
    m_oldName = item ? item->displayName() : at.data(Qt::EditRole).toString();
    m_oldSlug = item ? item->slug : QString();
    m_model->applyRename(m_location, m_name, m_slug);
    if (const CollectionItem *renamed = m_model->item(m_model->indexAt(m_location)))
        m_slug = renamed->slug;
}

void RenameItemCommand::undo()
{
    m_model->applyRename(m_location, m_oldName, m_oldSlug);
}

MoveItemCommand::MoveItemCommand(
    CollectionModel *model, const CollectionModel::Location &from, const CollectionModel::Location &toParent, int toRow)
    : QUndoCommand(QCoreApplication::translate("Reqscope::CollectionModel", "Move"))
    , m_model(model)
    , m_from(from)
    , m_fromParent(from)
    , m_toParent(toParent)
    , m_toRow(toRow)
{
    m_fromParent.rows.removeLast();
}

void MoveItemCommand::redo()
{
    m_fromOrders = m_model->orders(m_fromParent);
    m_toOrders = m_model->orders(m_toParent);
    // Where it came from, as seen once it has gone: a persistent index follows the rows.
    const QPersistentModelIndex oldParent = m_model->indexAt(m_fromParent);
    m_moved = m_model->applyMove(m_from, m_toParent, m_toRow);
    m_backParent = m_model->location(oldParent);
}

void MoveItemCommand::undo()
{
    m_model->applyMove(m_moved, m_backParent, m_from.rows.constLast());
    // Back in the old shape: the old numbers too, so the files are what they were.
    m_model->applyOrders(m_toParent, m_toOrders);
    m_model->applyOrders(m_fromParent, m_fromOrders);
}

} // namespace Reqscope
