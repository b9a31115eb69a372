// SPDX-License-Identifier: MIT
#include "variabletable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

bool isSecretRow(const QModelIndex &index)
{
    return index.siblingAtColumn(VariableTable::SecretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

// Masks the value column of secret rows, on screen and while typing.
class SecretValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && isSecretRow(index))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (isSecretRow(index) && !option->text.isEmpty())
            option->text = QString(qMin(12, int(option->text.size())), QChar(0x2022));
    }
};

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

VariableTable::VariableTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 4, this))
{
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Value"), tr("Secret"), tr("Enabled") });
    m_table->setAccessibleName(tr("Variables"));
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(NameColumn, 160);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(ValueColumn, new SecretValueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    // Ticking "Secret" repaints the value masked at once.
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == SecretColumn)
            m_table->viewport()->update();
    });

    auto *add = new QPushButton(tr("Add variable"), this);
    auto *remove = new QPushButton(tr("Remove variable"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addVariable(Variable());
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, &VariableTable::removeSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

VariableTable::~VariableTable() = default;

void VariableTable::setVariables(const VariableList &variables)
{
    m_table->setRowCount(0);
    for (const Variable &v : variables)
        addVariable(v);
}

void VariableTable::addVariable(const Variable &variable)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(variable.name));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(variable.value));
    m_table->setItem(row, SecretColumn, checkItem(variable.secret));
    m_table->setItem(row, EnabledColumn, checkItem(variable.enabled));
}

VariableList VariableTable::variables() const
{
    VariableList out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Variable v;
        v.name = m_table->item(row, NameColumn)->text().trimmed();
        if (v.name.isEmpty())
            continue;
        v.value = m_table->item(row, ValueColumn)->text();
        v.secret = m_table->item(row, SecretColumn)->checkState() == Qt::Checked;
        v.enabled = m_table->item(row, EnabledColumn)->checkState() == Qt::Checked;
        out.append(v);
    }
    return out;
}

QTableWidget *VariableTable::table() const
{
    return m_table;
}

void VariableTable::removeSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

} // namespace Reqscope
