// SPDX-License-Identifier: MIT
#include "collectionspanel.h"

#include "collectionitemdelegate.h"
#include "collectionmodel.h"
#include "collectionstore.h"
#include "playgroundcollection.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
const QString openKey = u"collections/open"_s;

Collection playgroundCollection(const QUrl &base)
{
    Collection c;
    if (base.isEmpty()) {
        // A folder, so that choosing it loads nothing.
        c.items.append(
            CollectionItem::folder(QCoreApplication::translate("Reqscope::CollectionsPanel", "(not running)")));
        return c;
    }
    for (const PlaygroundCollection::Entry &entry : PlaygroundCollection::entries(base)) {
        auto folder = std::find_if(
            c.items.begin(), c.items.end(), [&entry](const CollectionItem &item) { return item.name == entry.folder; });
        if (folder == c.items.end())
            folder = c.items.insert(c.items.end(), CollectionItem::folder(entry.folder));
        CollectionItem request = CollectionItem::fromRequest(entry.spec);
        request.description = entry.hint;
        folder->children.append(request);
    }
    return c;
}
} // namespace

CollectionsPanel::CollectionsPanel(const QString &secretsFile, QWidget *parent)
    : QWidget(parent)
    , m_secretStore(secretsFile)
    , m_model(new CollectionModel(&m_secretStore, this))
    , m_view(new QTreeView(this))
    , m_undo(new QUndoStack(this))
{
    const LoadErrors secretErrors = m_secretStore.load();
    m_model->setUndoStack(m_undo);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CollectionItemDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true); // lets the view lay out 10,000 rows without asking each one
    m_view->setAccessibleName(tr("Collections"));
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    createActions();
    connect(m_view, &QTreeView::activated, this, &CollectionsPanel::onActivated);
    connect(m_view, &QTreeView::clicked, this, &CollectionsPanel::onActivated);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &CollectionsPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CollectionsPanel::updateActions);
    connect(m_model, &CollectionModel::problem, this, &CollectionsPanel::problem);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &at) {
        if (!at.isValid())
            m_view->expand(m_model->index(m_model->rowCount() - 1, 0)); // a newly opened collection: show its top
    });
    setPlaygroundUrl(QUrl());
    for (const LoadError &error : secretErrors)
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT problem(error.toString()); }, Qt::QueuedConnection);
}

CollectionsPanel::~CollectionsPanel() = default;

CollectionModel *CollectionsPanel::model() const
{
    return m_model;
}

QTreeView *CollectionsPanel::view() const
{
    return m_view;
}

QUndoStack *CollectionsPanel::undoStack() const
{
    return m_undo;
}

SecretStore *CollectionsPanel::secrets()
{
    return &m_secretStore;
}

QAction *CollectionsPanel::action(Action which) const
{
    return m_actions.at(int(which));
}

void CollectionsPanel::createActions()
{
    const auto add = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        m_actions.append(a);
        return a;
    };
    add(tr("New &Collection…"), {}, [this] { chooseDirectory(true); });
    add(tr("&Open Collection…"), QKeySequence(u"Ctrl+O"_s), [this] { chooseDirectory(false); });
    add(tr("&Close Collection"), {}, [this] {
        const QString dir = m_model->directoryOf(m_view->currentIndex());
        const auto close = [this, dir] {
            closeCollection(dir);
        };
        if (m_closeGuard)
            m_closeGuard(dir, close);
        else
            close();
    });
    add(tr("New &Request"), {}, [this] { addNew(false); });
    add(tr("New &Folder"), {}, [this] { addNew(true); });
    QAction *rename = add(tr("Re&name"), QKeySequence(Qt::Key_F2), [this] { m_view->edit(m_view->currentIndex()); });
    QAction *duplicate = add(tr("D&uplicate"), QKeySequence(u"Ctrl+D"_s), [this] {
        const QModelIndex copy = m_model->duplicateItem(m_view->currentIndex());
        if (copy.isValid())
            m_view->setCurrentIndex(copy);
    });
    QAction *remove = add(tr("&Delete"), QKeySequence(QKeySequence::Delete), [this] {
        const QModelIndex at = m_view->currentIndex();
        const QString name = at.data(Qt::EditRole).toString();
        if (m_model->removeItem(at))
            Q_EMIT problem(tr("Deleted “%1”. Edit ▸ Undo (Ctrl+Z) brings it back.").arg(name));
    });
    // These keys mean something else in the request editor: only while the tree has the focus.
    for (QAction *a : { rename, duplicate, remove }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
    updateActions();
}

void CollectionsPanel::addActionsTo(QMenu *menu) const
{
    for (QAction *a : m_actions) {
        menu->addAction(a);
        if (a == action(Action::CloseCollection) || a == action(Action::NewFolder))
            menu->addSeparator();
    }
}

void CollectionsPanel::updateActions()
{
    const QModelIndex at = m_view->currentIndex();
    const bool writable = at.isValid() && !m_model->isReadOnly(at);
    const bool isItem = m_model->item(at) != nullptr;
    action(Action::CloseCollection)->setEnabled(at.isValid() && !m_model->directoryOf(at).isEmpty());
    action(Action::Rename)->setEnabled(writable);
    action(Action::Duplicate)->setEnabled(writable && isItem);
    action(Action::Delete)->setEnabled(writable && isItem);
}

void CollectionsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex at = m_view->indexAt(pos);
    if (at.isValid())
        m_view->setCurrentIndex(at);
    updateActions();
    QMenu menu(this);
    addActionsTo(&menu);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void CollectionsPanel::setPlaygroundUrl(const QUrl &base)
{
    m_model->setPlayground(playgroundCollection(base));
    m_view->expandRecursively(m_model->index(0, 0)); // a handful of ready requests: show them all
}

void CollectionsPanel::restore()
{
    const QStringList dirs = QSettings().value(openKey).toStringList();
    for (const QString &dir : dirs)
        openCollection(dir);
}

void CollectionsPanel::openCollection(const QString &directory)
{
    const QString dir = QDir(directory).absolutePath();
    if (m_model->directories().contains(dir)) {
        m_view->setCurrentIndex(m_model->collectionIndex(dir));
        return;
    }
    m_model->addCollection(dir);
    remember();
    // The load reads every file: off the GUI thread, with its own copy of the secrets (read-only there).
    auto *watcher = new QFutureWatcher<CollectionStore::LoadResult>(this);
    connect(watcher, &QFutureWatcher<CollectionStore::LoadResult>::finished, this, [this, watcher, dir] {
        watcher->deleteLater();
        const CollectionStore::LoadResult result = watcher->result();
        m_model->setLoaded(dir, result);
        QStringList errors;
        for (const LoadError &error : result.errors)
            errors.append(QDir(dir).filePath(error.toString()));
        if (!errors.isEmpty())
            Q_EMIT problem(tr("%1: %2").arg(QFileInfo(dir).fileName(), errors.join(u"; "_s)));
        Q_EMIT loaded(dir, errors);
    });
    watcher->setFuture(
        QtConcurrent::run([dir, secrets = m_secretStore] { return CollectionStore::load(dir, &secrets); }));
}

bool CollectionsPanel::createCollection(const QString &directory, const QString &name)
{
    if (!QFile::exists(QDir(directory).filePath(u"collection.json"_s))) {
        Collection empty;
        empty.name = name;
        const CollectionStore::SaveResult saved = CollectionStore::save(empty, directory, &m_secretStore);
        if (!saved.ok()) {
            Q_EMIT problem(tr("Could not create the collection: %1").arg(saved.errors.constFirst().toString()));
            return false;
        }
    }
    openCollection(directory);
    return true;
}

void CollectionsPanel::closeCollection(const QString &directory)
{
    if (directory.isEmpty())
        return;
    m_model->closeCollection(directory);
    // Commands address collections by directory; undoing into a closed one could not write it.
    m_undo->clear();
    remember();
}

void CollectionsPanel::setCloseGuard(const CloseGuard &guard)
{
    m_closeGuard = guard;
}

void CollectionsPanel::remember() const
{
    QSettings().setValue(openKey, m_model->directories());
}

void CollectionsPanel::chooseDirectory(bool create)
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, create ? tr("New collection: choose an empty folder") : tr("Open a collection folder"));
    if (dir.isEmpty())
        return;
    if (create)
        createCollection(dir, QFileInfo(dir).fileName());
    else
        openCollection(dir);
}

void CollectionsPanel::addNew(bool folder)
{
    QModelIndex container = m_model->containerFor(m_view->currentIndex());
    if (!container.isValid() || m_model->isReadOnly(container)) {
        const QStringList dirs = m_model->directories();
        container = dirs.isEmpty() ? QModelIndex() : m_model->collectionIndex(dirs.constFirst());
    }
    if (!container.isValid() || m_model->isReadOnly(container)) {
        Q_EMIT problem(tr("Open or create a collection first (File ▸ New Collection…)."));
        return;
    }
    CollectionItem item;
    if (folder) {
        item = CollectionItem::folder(tr("New folder"));
    } else {
        RequestSpec spec;
        spec.name = tr("New request");
        item = CollectionItem::fromRequest(spec);
    }
    const QModelIndex added = m_model->addItem(container, -1, item);
    if (!added.isValid())
        return;
    m_view->expand(container);
    m_view->setCurrentIndex(added);
    if (!folder)
        Q_EMIT requestActivated(added);
    m_view->edit(added); // name it right away
}

bool CollectionsPanel::choose(const QString &name)
{
    const QModelIndexList found
        = m_model->match(m_model->index(0, 0), Qt::EditRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty() || m_model->kind(found.constFirst()) != CollectionModel::Kind::Request)
        return false;
    m_view->setCurrentIndex(found.constFirst());
    Q_EMIT requestActivated(found.constFirst());
    return true;
}

QModelIndex CollectionsPanel::currentIndex() const
{
    return m_view->currentIndex();
}

void CollectionsPanel::setCurrentIndex(const QModelIndex &index)
{
    m_view->setCurrentIndex(index);
}

void CollectionsPanel::onActivated(const QModelIndex &index)
{
    if (m_model->kind(index) == CollectionModel::Kind::Request)
        Q_EMIT requestActivated(index);
}

} // namespace Reqscope
