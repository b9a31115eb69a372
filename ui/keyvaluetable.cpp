// SPDX-License-Identifier: MIT
#include "keyvaluetable.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
constexpr int fileRole = Qt::UserRole + 1;
constexpr int defaultRole = Qt::UserRole + 2;
} // namespace

KeyValueTable::KeyValueTable(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_addFile(new QPushButton(tr("Add file…"), this))
    , m_remove(new QPushButton(tr("Remove row"), this))
{
    m_table->setAccessibleName(accessibleName);
    m_table->setHorizontalHeaderLabels({ QString(), tr("Name"), tr("Value") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, 220);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addFile->setVisible(false);
    m_remove->setAccessibleName(tr("Remove the selected row"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addFile);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &KeyValueTable::onItemChanged);
    connect(m_remove, &QPushButton::clicked, this, &KeyValueTable::removeCurrentRow);
    connect(m_addFile, &QPushButton::clicked, this, &KeyValueTable::addFile);
    ensureTrailingEmptyRow();
}

KeyValueTable::~KeyValueTable() = default;

QTableWidget *KeyValueTable::table() const
{
    return m_table;
}

QList<KeyValue> KeyValueTable::rows() const
{
    QList<KeyValue> result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *check = m_table->item(r, 0);
        const QTableWidgetItem *name = m_table->item(r, 1);
        const QTableWidgetItem *value = m_table->item(r, 2);
        if (!check || !name || !value || check->data(defaultRole).toBool())
            continue;
        if (name->text().isEmpty() && value->text().isEmpty())
            continue;
        result.append(
            { name->text(), value->text(), check->checkState() == Qt::Checked, check->data(fileRole).toBool() });
    }
    return result;
}

void KeyValueTable::setRows(const QList<KeyValue> &rows)
{
    const QSignalBlocker blocker(this);
    m_updating = true;
    m_table->setRowCount(0);
    for (const KeyValue &row : rows)
        appendRow(row);
    m_defaultRows = 0;
    m_updating = false;
    ensureTrailingEmptyRow();
}

void KeyValueTable::setDefaultRows(const QList<KeyValue> &rows, const QString &tooltip)
{
    m_updating = true;
    for (int r = m_table->rowCount() - 1; r >= 0; --r) {
        if (m_table->item(r, 0) && m_table->item(r, 0)->data(defaultRole).toBool())
            m_table->removeRow(r);
    }
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (const KeyValue &row : rows) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsEnabled);
        check->setCheckState(Qt::Checked);
        check->setData(defaultRole, true);
        m_table->setItem(r, 0, check);
        for (int c = 1; c <= 2; ++c) {
            auto *item = new QTableWidgetItem(c == 1 ? row.name : row.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setForeground(grey);
            item->setToolTip(tooltip);
            m_table->setItem(r, c, item);
        }
    }
    m_defaultRows = int(rows.size());
    m_updating = false;
}

void KeyValueTable::setFilesAllowed(bool allowed)
{
    m_addFile->setVisible(allowed);
}

void KeyValueTable::appendRow(const KeyValue &row)
{
    // Editable rows go before the greyed default rows.
    int r = m_table->rowCount();
    while (r > 0 && m_table->item(r - 1, 0) && m_table->item(r - 1, 0)->data(defaultRole).toBool())
        --r;
    m_table->insertRow(r);
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    check->setCheckState(row.enabled ? Qt::Checked : Qt::Unchecked);
    check->setData(fileRole, row.isFile);
    check->setToolTip(tr("Send this row"));
    m_table->setItem(r, 0, check);
    m_table->setItem(r, 1, new QTableWidgetItem(row.name));
    auto *value = new QTableWidgetItem(row.value);
    if (row.isFile) {
        value->setFlags(value->flags() & ~Qt::ItemIsEditable);
        value->setToolTip(tr("File: %1").arg(row.value));
    }
    m_table->setItem(r, 2, value);
}

void KeyValueTable::ensureTrailingEmptyRow()
{
    int last = m_table->rowCount() - 1 - m_defaultRows;
    const bool hasEmpty = last >= 0 && m_table->item(last, 1) && m_table->item(last, 1)->text().isEmpty()
        && m_table->item(last, 2) && m_table->item(last, 2)->text().isEmpty();
    if (!hasEmpty) {
        const bool wasUpdating = m_updating;
        m_updating = true;
        appendRow({});
        m_updating = wasUpdating;
    }
}

void KeyValueTable::onItemChanged()
{
    if (m_updating)
        return;
    ensureTrailingEmptyRow();
    Q_EMIT edited();
}

void KeyValueTable::removeCurrentRow()
{
    const int r = m_table->currentRow();
    if (r < 0 || (m_table->item(r, 0) && m_table->item(r, 0)->data(defaultRole).toBool()))
        return;
    m_table->removeRow(r);
    ensureTrailingEmptyRow();
    Q_EMIT edited();
}

void KeyValueTable::addFile()
{
    auto *dialog = new QFileDialog(this, tr("Add a file to the form"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_updating = true;
        // The new row goes where the empty typing row was; ensureTrailingEmptyRow() adds that one back.
        const int last = m_table->rowCount() - 1 - m_defaultRows;
        if (last >= 0 && m_table->item(last, 1) && m_table->item(last, 1)->text().isEmpty() && m_table->item(last, 2)
            && m_table->item(last, 2)->text().isEmpty())
            m_table->removeRow(last);
        appendRow({ u"file"_s, path, true, true });
        m_updating = false;
        ensureTrailingEmptyRow();
        Q_EMIT edited();
    });
    dialog->open();
}

} // namespace Reqscope
