// SPDX-License-Identifier: MIT
#include "requestdocument.h"

#include "collectionmodel.h"
#include "saveasdialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Reqscope {

RequestDocument::RequestDocument(CollectionModel *model, QWidget *window, Reader read, Writer write)
    : QObject(window)
    , m_model(model)
    , m_window(window)
    , m_read(std::move(read))
    , m_write(std::move(write))
{
    // The attached row may go away (deleted, its collection closed): the editor's content becomes scratch.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_attached && !m_item.isValid()) {
            m_attached = false;
            m_modified = false;
            Q_EMIT modifiedChanged(false);
            Q_EMIT titleChanged(QString());
        }
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (m_item.isValid() && m_item.parent() == from.parent() && m_item.row() >= from.row()
            && m_item.row() <= to.row())
            Q_EMIT titleChanged(title()); // renamed
    });
}

RequestDocument::~RequestDocument() = default;

QModelIndex RequestDocument::item() const
{
    return m_item;
}

bool RequestDocument::isModified() const
{
    return m_modified && m_item.isValid();
}

QString RequestDocument::title() const
{
    if (!m_item.isValid())
        return {};
    QModelIndex top = m_item;
    while (top.parent().isValid())
        top = top.parent();
    return tr("%1 — %2").arg(m_item.data(Qt::EditRole).toString(), top.data(Qt::EditRole).toString());
}

void RequestDocument::open(const QModelIndex &index)
{
    if (index == QModelIndex(m_item))
        return;
    const CollectionItem *item = m_model->item(index);
    if (!item || item->isFolder())
        return;
    const QPersistentModelIndex target = index;
    whenSaved([this, target] {
        if (const CollectionItem *chosen = m_model->item(target))
            attach(target, chosen->request);
    });
}

void RequestDocument::openScratch(const RequestSpec &spec)
{
    whenSaved([this, spec] { attach(QModelIndex(), spec); });
}

void RequestDocument::attach(const QModelIndex &index, const RequestSpec &spec)
{
    if (m_item.isValid())
        m_model->setModified(m_item, false);
    // A Playground request is a template: edits to it are scratch until saved somewhere.
    m_item = index.isValid() && !m_model->isReadOnly(index) ? QPersistentModelIndex(index) : QPersistentModelIndex();
    m_attached = m_item.isValid();
    m_loading = true;
    m_write(spec);
    m_loading = false;
    m_baseline = m_read(); // the editor's own reading, so a request it shows differently is not "modified"
    m_modified = false;
    Q_EMIT modifiedChanged(false);
    Q_EMIT titleChanged(title());
}

void RequestDocument::checkModified()
{
    if (m_loading || !m_item.isValid())
        return;
    setModified(!(m_read() == m_baseline));
}

void RequestDocument::setModified(bool modified)
{
    if (m_item.isValid())
        m_model->setModified(m_item, modified);
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

bool RequestDocument::save()
{
    if (!m_item.isValid()) {
        saveAs();
        return false;
    }
    const RequestSpec spec = m_read();
    if (!m_model->saveRequest(m_item, spec))
        return false;
    m_baseline = spec;
    setModified(false);
    Q_EMIT message(tr("Saved “%1”.").arg(m_item.data(Qt::EditRole).toString()));
    return true;
}

void RequestDocument::saveAs()
{
    auto *dialog = new SaveAsDialog(m_model, m_item.isValid() ? m_item.parent() : QModelIndex(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setName(m_item.isValid() ? tr("%1 copy").arg(m_item.data(Qt::EditRole).toString()) : tr("New request"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveAs(dialog->container(), dialog->name()); });
    dialog->open();
}

bool RequestDocument::saveAs(const QModelIndex &container, const QString &name)
{
    if (!container.isValid() || m_model->isReadOnly(container) || name.trimmed().isEmpty())
        return false;
    RequestSpec spec = m_read();
    spec.name = name.trimmed();
    const QModelIndex added = m_model->addItem(container, -1, CollectionItem::fromRequest(spec));
    if (!added.isValid())
        return false;
    if (m_item.isValid())
        m_model->setModified(m_item, false); // the edits went to the copy; the original stays as saved
    m_item = added;
    m_attached = true;
    m_baseline = m_read();
    m_modified = false;
    Q_EMIT modifiedChanged(false);
    Q_EMIT titleChanged(title());
    Q_EMIT currentRestored(added);
    Q_EMIT message(tr("Saved as “%1”.").arg(spec.name));
    return true;
}

void RequestDocument::whenSaved(const std::function<void()> &proceed)
{
    if (!isModified()) {
        proceed();
        return;
    }
    if (m_question)
        return; // already asking
    m_question = new QMessageBox(QMessageBox::Question,
        tr("Unsaved changes"),
        tr("“%1” has changes that are not saved.").arg(m_item.data(Qt::EditRole).toString()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        m_window);
    m_question->setInformativeText(tr("Save them before going on?"));
    m_question->setDefaultButton(QMessageBox::Save);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex current = m_item;
    connect(m_question, &QMessageBox::finished, this, [this, proceed, current](int) {
        const QMessageBox::StandardButton answer
            = m_question ? m_question->standardButton(m_question->clickedButton()) : QMessageBox::Cancel;
        if (answer == QMessageBox::Save && save()) {
            proceed();
        } else if (answer == QMessageBox::Discard) {
            setModified(false);
            proceed();
        } else {
            Q_EMIT currentRestored(current);
        }
    });
    m_question->open();
}

QMessageBox *RequestDocument::question() const
{
    return m_question;
}

} // namespace Reqscope
