// SPDX-License-Identifier: MIT
#include "saveasdialog.h"

#include "collectionmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Reqscope {

SaveAsDialog::SaveAsDialog(CollectionModel *model, const QModelIndex &preselect, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_place(new QComboBox(this))
    , m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Save request as"));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex top = m_model->index(row, 0);
        if (!m_model->isReadOnly(top))
            addPlaces(top, top.data(Qt::EditRole).toString());
    }
    for (int i = 0; i < m_place->count(); ++i) {
        if (m_place->itemData(i).value<QPersistentModelIndex>() == preselect)
            m_place->setCurrentIndex(i);
    }
    m_place->setAccessibleName(tr("Collection or folder"));
    m_name->setAccessibleName(tr("Request name"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&In:"), m_place);
    form->addRow(tr("&Name:"), m_name);
    if (m_place->count() == 0)
        form->addRow(new QLabel(tr("No collection is open: create or open one first (File menu)."), this));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveAsDialog::updateOk);
    updateOk();
    resize(460, sizeHint().height());
}

SaveAsDialog::~SaveAsDialog() = default;

void SaveAsDialog::addPlaces(const QModelIndex &parent, const QString &prefix)
{
    m_place->addItem(prefix, QVariant::fromValue(QPersistentModelIndex(parent)));
    const int rows = m_model->rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = m_model->index(row, 0, parent);
        if (m_model->kind(child) == CollectionModel::Kind::Folder)
            addPlaces(child, prefix + u" ▸ "_s + child.data(Qt::EditRole).toString());
    }
}

QModelIndex SaveAsDialog::container() const
{
    return m_place->currentData().value<QPersistentModelIndex>();
}

QString SaveAsDialog::name() const
{
    return m_name->text().trimmed();
}

void SaveAsDialog::setName(const QString &name)
{
    m_name->setText(name);
    m_name->selectAll();
}

int SaveAsDialog::placeCount() const
{
    return m_place->count();
}

void SaveAsDialog::updateOk()
{
    m_ok->setEnabled(m_place->count() > 0 && !name().isEmpty());
}

} // namespace Reqscope
