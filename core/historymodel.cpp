// SPDX-License-Identifier: MIT
#include "historymodel.h"

#include "historystore.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

HistoryModel::HistoryModel(const HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    refresh();
}

void HistoryModel::setQuery(const HistoryQuery &query)
{
    m_query = query;
    refresh();
}

HistoryQuery HistoryModel::query() const
{
    return m_query;
}

void HistoryModel::refresh()
{
    beginResetModel();
    m_rows = m_store ? m_store->search(m_query) : QList<HistoryEntry>();
    endResetModel();
}

void HistoryModel::prepend(const HistoryEntry &entry)
{
    if (!m_query.matches(entry))
        return;
    beginInsertRows(QModelIndex(), 0, 0);
    m_rows.prepend(entry);
    endInsertRows();
    if (m_query.limit > 0 && m_rows.size() > m_query.limit) {
        const int last = int(m_rows.size()) - 1;
        beginRemoveRows(QModelIndex(), last, last);
        m_rows.removeLast();
        endRemoveRows();
    }
}

bool HistoryModel::removeId(qint64 id)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            return true;
        }
    }
    return false;
}

HistoryEntry HistoryModel::entryAt(int row) const
{
    return m_rows.value(row);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole && index.column() >= Status)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case SentAt:
        return e.sentAt.toLocalTime().toString(Qt::ISODate);
    case Method:
        return e.method;
    case Url:
        return e.url;
    case Status:
        return e.status > 0 ? QVariant(e.status) : QVariant(e.error);
    case TimeMs:
        return qRound(e.timeMs);
    case Bytes:
        return e.bytes;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SentAt:
        return tr("Sent");
    case Method:
        return tr("Method");
    case Url:
        return tr("URL");
    case Status:
        return tr("Status");
    case TimeMs:
        return tr("Time (ms)");
    case Bytes:
        return tr("Size");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Reqscope
