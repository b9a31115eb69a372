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

/// Replaces the display and tool-tip texts of \a items (\a columns each) in \a view, whose signals stay blocked
/// meanwhile (an itemChanged would reach the request editor); returns how to put them back.
template <typename Item, typename Get, typename Set>
ItemViewMasker::Restore maskItemTexts(QAbstractItemView *view,
    const QList<Item *> &items,
    int columns,
    const ItemViewMasker::MaskFunction &mask,
    Get get,
    Set set)
{
    const QSignalBlocker blocker(view);
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
    if (saved.empty())
        return {};
    return [view = QPointer(view), saved, set] {
        if (!view)
            return;
        const QSignalBlocker restoring(view.data());
        for (const SavedText<Item> &s : saved)
            set(s.item, s.column, s.role, s.text);
    };
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
    if (auto *table = qobject_cast<QTableWidget *>(view)) {
        QList<QTableWidgetItem *> items;
        for (int c = 0; c < table->columnCount(); ++c) {
            for (int r = 0; r < table->rowCount(); ++r)
                items.append(table->item(r, c));
            items.append(table->horizontalHeaderItem(c));
        }
        items.removeAll(nullptr);
        return maskItemTexts(
            view,
            items,
            1,
            mask,
            [](QTableWidgetItem *i, int, int role) { return i->data(role).toString(); },
            [](QTableWidgetItem *i, int, int role, const QString &text) { i->setData(role, text); });
    }
    if (auto *tree = qobject_cast<QTreeWidget *>(view)) {
        QList<QTreeWidgetItem *> items = allItems(tree->invisibleRootItem());
        items.append(tree->headerItem());
        return maskItemTexts(
            view,
            items,
            tree->columnCount(),
            mask,
            [](QTreeWidgetItem *i, int c, int role) { return i->data(c, role).toString(); },
            [](QTreeWidgetItem *i, int c, int role, const QString &text) { i->setData(c, role, text); });
    }
    auto *list = qobject_cast<QListWidget *>(view);
    QList<QListWidgetItem *> items;
    for (int r = 0; r < list->count(); ++r)
        items.append(list->item(r));
    return maskItemTexts(
        view,
        items,
        1,
        mask,
        [](QListWidgetItem *i, int, int role) { return i->data(role).toString(); },
        [](QListWidgetItem *i, int, int role, const QString &text) { i->setData(role, text); });
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
