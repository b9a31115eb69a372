// SPDX-License-Identifier: MIT
// collection_tree: the GUI half of opening a big collection (issue 7). Builds a 10,000-request collection in 100
// folders in memory (bench/collection_open times the disk half) and times, in a shown QTreeView with the
// sidebar's delegate: handing the loaded collection to CollectionModel until the next frame is painted, expanding
// every folder (all 10,000 rows laid out), and one change (a rename) in the middle of it.
// Prints one JSON line. Run with QT_QPA_PLATFORM=offscreen or a display; `collection_tree [N]`.
#include "collectionitemdelegate.h"
#include "collectionmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Reqscope;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The view paints on its next frame; processing events until then is what a user waits for.
void paint(QTreeView &view)
{
    view.viewport()->repaint();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int folders = 100;
    CollectionStore::LoadResult loaded;
    loaded.ok = true;
    loaded.collection.name = u"Bench"_s;
    for (int f = 0; f < folders; ++f) {
        CollectionItem folder = CollectionItem::folder(u"Folder %1"_s.arg(f), u"folder-%1"_s.arg(f));
        folder.order = f + 1;
        for (int i = f; i < count; i += folders) {
            RequestSpec spec;
            spec.name = u"Request %1"_s.arg(i);
            spec.method = i % 3 ? u"GET"_s : u"POST"_s;
            spec.url = u"{{base}}/items/%1"_s.arg(i);
            CollectionItem item = CollectionItem::fromRequest(spec, u"request-%1"_s.arg(i));
            item.order = int(folder.children.size()) + 1;
            folder.children.append(item);
        }
        loaded.collection.items.append(folder);
    }
    QTemporaryDir dir; // the rename writes its files here

    CollectionModel model(nullptr);
    QTreeView view;
    view.setItemDelegate(new CollectionItemDelegate(&view));
    view.setUniformRowHeights(true);
    view.setHeaderHidden(true);
    view.setModel(&model);
    view.resize(320, 800);
    view.show();
    paint(view);

    QElapsedTimer timer;
    timer.start();
    model.addCollection(dir.path());
    model.setLoaded(dir.path(), loaded);
    const QModelIndex root = model.collectionIndex(dir.path());
    view.expand(root);
    paint(view);
    const double populateMs = ms(timer);

    timer.restart();
    view.expandAll();
    paint(view);
    const double expandAllMs = ms(timer);

    timer.restart();
    view.scrollToBottom();
    paint(view);
    const double scrollMs = ms(timer);

    // Writes the collection.json and the renamed file: the write is part of the change.
    timer.restart();
    const QModelIndex middle = model.index(50, 0, model.index(50, 0, root));
    model.renameItem(middle, u"Renamed"_s);
    paint(view);
    const double renameMs = ms(timer);

    const QJsonObject line { { u"bench"_s, u"collection_tree"_s },
        { u"requests"_s, count },
        { u"folders"_s, folders },
        { u"populate_ms"_s, populateMs },
        { u"expand_all_ms"_s, expandAllMs },
        { u"scroll_to_bottom_ms"_s, scrollMs },
        { u"rename_ms"_s, renameMs } };
    std::puts(QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    return model.rowCount(root) == folders ? 0 : 1;
}
