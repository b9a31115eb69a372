// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QMessageBox;
class QWidget;
QT_END_NAMESPACE

namespace Reqscope {

class CollectionModel;

/*!
 * Which collection request the editor holds, and whether it has unsaved edits. A request opened from a writable
 * collection is "attached": edits mark its tree row and the window title ("[*]"), Save writes it, and leaving it
 * (another request, closing the window) asks Save / Discard / Cancel. Anything else (a Playground request, a
 * pasted curl command, File ▸ New request) is scratch: Save asks where to keep it (Save As).
 *
 * The editor is reached through two functions, so the window keeps owning its widgets.
 */
class RequestDocument : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDocument)

public:
    using Reader = std::function<RequestSpec()>;
    using Writer = std::function<void(const RequestSpec &)>;

    RequestDocument(CollectionModel *model, QWidget *window, Reader read, Writer write);
    ~RequestDocument() override;

    /// The attached request's row (invalid: scratch).
    QModelIndex item() const;
    bool isModified() const;
    /// "Name — Collection" for an attached request, else empty.
    QString title() const;

    /// Loads the request at \a index, first asking about unsaved edits; false if the user cancelled or is being
    /// asked (the question is open; the request loads when it is answered).
    void open(const QModelIndex &index);
    /// Loads \a spec as scratch (after asking about unsaved edits).
    void openScratch(const RequestSpec &spec);
    /// The editor changed: recompute the modified state.
    void checkModified();

    /// Writes the attached request; scratch and Playground requests go to Save As.
    bool save();
    /// Asks for a collection or folder and a name, then saves there.
    void saveAs();
    /// Save As without the dialog: a new request called \a name at the end of \a container.
    bool saveAs(const QModelIndex &container, const QString &name);
    /// Runs \a proceed now if nothing is unsaved; otherwise asks Save / Discard / Cancel and runs it after Save
    /// or Discard.
    void whenSaved(const std::function<void()> &proceed);
    /// The open question, if any (tests answer it).
    QMessageBox *question() const;

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void titleChanged(const QString &title);
    /// The tree should show \a index as current again (a switch was cancelled).
    void currentRestored(const QModelIndex &index);
    void message(const QString &text);

private:
    void attach(const QModelIndex &index, const RequestSpec &spec);
    void setModified(bool modified);

    CollectionModel *m_model;
    QWidget *m_window;
    Reader m_read;
    Writer m_write;
    QPersistentModelIndex m_item;
    RequestSpec m_baseline; // what the editor showed right after loading or saving
    bool m_modified = false;
    bool m_attached = false; // m_item was valid: its removal turns the editor's content into scratch
    bool m_loading = false;
    QPointer<QMessageBox> m_question;
};

} // namespace Reqscope
