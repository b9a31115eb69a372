// SPDX-License-Identifier: MIT
#include "itemviewmasker.h"

#include "maskingproxymodel.h"

#include <QHeaderView>
#include <QListWidget>
#include <QPointer>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

#include <vector>

namespace Reqscope {

namespace {

/// One text-bearing role of one item, as it was.
template <typename Item> struct SavedText
{
    Item *item;
    int column;
    int role;
    QString text;
};

/// Replaces display and tool-tip texts of \a items; \a columns per item (1 for list items).
template <typename Item, typename Get, typename Set>
std::vector<SavedText<Item>> maskTexts(
    const QList<Item *> &items, int columns, const ItemViewMasker::MaskFunction &mask, Get get, Set set)
{
    std::vector<SavedText<Item>> saved;
    for (Item *item : items) {
        for (int c = 0; c < columns; ++c) {
            for (const int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) }) {
                const QString text = get(item, c, role);
                const QString masked = mask(text);
                if (masked != text) {
                    saved.push_back({ item, c, role, text });
                    set(item, c, role, masked);
                }
            }
        }
    }
    return saved;
}

QList<QTreeWidgetItem *> allItems(QTreeWidgetItem *parent)
{
    QList<QTreeWidgetItem *> out;
    for (int i = 0; i < parent->childCount(); ++i) {
        out.append(parent->child(i));
        out.append(allItems(parent->child(i)));
    }
    return out;
}

QModelIndexList expandedIndexes(const QTreeView *tree, const QAbstractItemModel *model, const QModelIndex &parent)
{
    QModelIndexList out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        if (tree->isExpanded(index)) {
            out.append(index);
            out.append(expandedIndexes(tree, model, index));
        }
    }
    return out;
}

QList<QHeaderView *> headersOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return { table->horizontalHeader(), table->verticalHeader() };
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return { tree->header() };
    return {};
}

} // namespace

ItemViewMasker::Restore ItemViewMasker::mask(QAbstractItemView *view, const MaskFunction &mask)
{
    if (qobject_cast<QTableWidget *>(view) || qobject_cast<QTreeWidget *>(view) || qobject_cast<QListWidget *>(view))
        return maskItems(view, mask);
    return maskModel(view, mask);
}

ItemViewMasker::Restore ItemViewMasker::maskItems(QAbstractItemView *view, const MaskFunction &mask)
{
    // The widget's signals stay blocked while its items change: an itemChanged would reach the request editor.
    const QSignalBlocker blocker(view);
    if (auto *table = qobject_cast<QTableWidget *>(view)) {
        QList<QTableWidgetItem *> items;
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (QTableWidgetItem *item = table->item(r, c))
                    items.append(item);
            }
        }
        for (int c = 0; c < table->columnCount(); ++c) {
            if (QTableWidgetItem *item = table->horizontalHeaderItem(c))
                items.append(item);
        }
        auto saved = maskTexts(
            items,
            1,
            mask,
            [](QTableWidgetItem *i, int, int role) { return i->data(role).toString(); },
            [](QTableWidgetItem *i, int, int role, const QString &text) { i->setData(role, text); });
        if (saved.empty())
            return {};
        return [table = QPointer(table), saved] {
            if (!table)
                return;
            const QSignalBlocker restoring(table.data());
            for (const auto &s : saved)
                s.item->setData(s.role, s.text);
        };
    }
    if (auto *tree = qobject_cast<QTreeWidget *>(view)) {
        QList<QTreeWidgetItem *> items = allItems(tree->invisibleRootItem());
        items.append(tree->headerItem());
        auto saved = maskTexts(
            items,
            tree->columnCount(),
            mask,
            [](QTreeWidgetItem *i, int c, int role) { return i->data(c, role).toString(); },
            [](QTreeWidgetItem *i, int c, int role, const QString &text) { i->setData(c, role, text); });
        if (saved.empty())
            return {};
        return [tree = QPointer(tree), saved] {
            if (!tree)
                return;
            const QSignalBlocker restoring(tree.data());
            for (const auto &s : saved)
                s.item->setData(s.column, s.role, s.text);
        };
    }
    auto *list = qobject_cast<QListWidget *>(view);
    QList<QListWidgetItem *> items;
    for (int r = 0; r < list->count(); ++r)
        items.append(list->item(r));
    auto saved = maskTexts(
        items,
        1,
        mask,
        [](QListWidgetItem *i, int, int role) { return i->data(role).toString(); },
        [](QListWidgetItem *i, int, int role, const QString &text) { i->setData(role, text); });
    if (saved.empty())
        return {};
    return [list = QPointer(list), saved] {
        if (!list)
            return;
        const QSignalBlocker restoring(list.data());
        for (const auto &s : saved)
            s.item->setData(s.role, s.text);
    };
}

ItemViewMasker::Restore ItemViewMasker::maskModel(QAbstractItemView *view, const MaskFunction &mask)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return {};
    // Everything setModel() resets, so that the masked view looks exactly like the real one.
    QItemSelectionModel *selection = view->selectionModel();
    const QModelIndex root = view->rootIndex();
    auto *tree = qobject_cast<QTreeView *>(view);
    const QModelIndexList expanded = tree ? expandedIndexes(tree, model, root) : QModelIndexList();
    const QList<QHeaderView *> headers = headersOf(view);
    QList<QByteArray> headerStates;
    for (const QHeaderView *header : headers)
        headerStates.append(header->saveState());
    const int horizontal = view->horizontalScrollBar()->value();
    const int vertical = view->verticalScrollBar()->value();

    auto *proxy = new MaskingProxyModel(mask, view);
    proxy->setSourceModel(model);
    const auto showState = [=](const std::function<QModelIndex(QModelIndex)> &map) {
        view->setRootIndex(map(root));
        for (const QModelIndex &index : expanded)
            tree->setExpanded(map(index), true);
        for (qsizetype i = 0; i < headers.size(); ++i)
            headers.at(i)->restoreState(headerStates.at(i));
        view->horizontalScrollBar()->setValue(horizontal);
        view->verticalScrollBar()->setValue(vertical);
    };
    view->setModel(proxy); // makes a new selection model; the view's own one waits untouched
    QItemSelectionModel *proxySelection = view->selectionModel();
    if (selection) {
        proxySelection->select(proxy->mapSelectionFromSource(selection->selection()), QItemSelectionModel::Select);
        proxySelection->setCurrentIndex(proxy->mapFromSource(selection->currentIndex()), QItemSelectionModel::NoUpdate);
    }
    showState([proxy](const QModelIndex &i) { return proxy->mapFromSource(i); });

    return [view = QPointer(view), model, proxy, selection, proxySelection, showState] {
        if (!view)
            return;
        view->setModel(model);
        QItemSelectionModel *made = view->selectionModel();
        if (selection)
            view->setSelectionModel(selection);
        if (made != selection)
            delete made;
        delete proxySelection;
        showState([](const QModelIndex &i) { return i; });
        delete proxy;
    };
}

} // namespace Reqscope
