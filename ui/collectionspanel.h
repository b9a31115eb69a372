// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"

#include <QUrl>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QTreeView;
class QUndoStack;
QT_END_NAMESPACE

namespace Reqscope {

class CollectionModel;

/*!
 * The sidebar's "Collections" section: the tree of the Playground and every opened collection directory, and
 * the actions on it (new/open/close collection, new request/folder, rename, duplicate, delete, drag to move).
 * Opened directories are remembered in QSettings ("collections/open") and reopened by restore(); loading runs
 * on a worker thread, so a 10,000-request collection never freezes the window. Structural changes go on
 * undoStack() and are written at once.
 */
class CollectionsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionsPanel)

public:
    enum class Action {
        NewCollection,
        OpenCollection,
        CloseCollection,
        NewRequest,
        NewFolder,
        Rename,
        Duplicate,
        Delete
    };

    /// \a secretsFile: the SecretStore's file (empty: the per-user default).
    explicit CollectionsPanel(const QString &secretsFile = QString(), QWidget *parent = nullptr);
    ~CollectionsPanel() override;

    CollectionModel *model() const;
    QTreeView *view() const;
    QUndoStack *undoStack() const;
    SecretStore *secrets();
    QAction *action(Action which) const;
    /// The collection actions, for the File menu and the context menu.
    void addActionsTo(QMenu *menu) const;

    void setPlaygroundUrl(const QUrl &base);
    /// Reopens the collections remembered in QSettings.
    void restore();
    /// Opens the collection in \a directory (on a worker thread; loaded() follows) and remembers it.
    void openCollection(const QString &directory);
    /// Writes an empty collection called \a name into \a directory and opens it; false (and problem()) if
    /// that fails. A directory that already holds a collection is simply opened.
    bool createCollection(const QString &directory, const QString &name);
    void closeCollection(const QString &directory);
    /// Close Collection asks \a guard first: it calls the given function to go on (the window asks about
    /// unsaved edits of a request in that collection).
    using CloseGuard = std::function<void(const QString &directory, const std::function<void()> &proceed)>;
    void setCloseGuard(const CloseGuard &guard);

    /// Selects the first request named \a name and emits requestActivated(); false if there is none.
    bool choose(const QString &name);
    QModelIndex currentIndex() const;
    void setCurrentIndex(const QModelIndex &index);

Q_SIGNALS:
    /// A request row was clicked or activated (Return).
    void requestActivated(const QModelIndex &index);
    /// \a directory finished loading; \a errors lists the files that could not be read.
    void loaded(const QString &directory, const QStringList &errors);
    void problem(const QString &message);

private:
    void createActions();
    void updateActions();
    void remember() const;
    void onActivated(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    void addNew(bool folder);
    void chooseDirectory(bool create);

    SecretStore m_secretStore;
    CollectionModel *m_model;
    QTreeView *m_view;
    QUndoStack *m_undo;
    QList<QAction *> m_actions; // indexed by Action
    CloseGuard m_closeGuard;
};

} // namespace Reqscope
