// SPDX-License-Identifier: MIT
#include "eventlogmodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

EventLogModel::~EventLogModel() = default;

void EventLogModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_visible = 0;
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    endResetModel();
}

void EventLogModel::append(const Event &event)
{
    m_events.append(event);
    ++m_counts[int(event.kind)];
}

void EventLogModel::flush()
{
    const int total = int(m_events.size());
    if (total == m_visible)
        return;
    beginInsertRows(QModelIndex(), m_visible, total - 1);
    m_visible = total;
    endInsertRows();
}

const QList<EventLogModel::Event> &EventLogModel::events() const
{
    return m_events;
}

int EventLogModel::count(Kind kind) const
{
    return m_counts[int(kind)];
}

QString EventLogModel::kindName(Kind kind)
{
    // The WinHTTP event names are what the product is about; they are not translated.
    switch (kind) {
    case Kind::Send:
        return u"Send"_s;
    case Kind::ResponseStart:
        return u"OnResponseStart"_s;
    case Kind::DataAvailable:
        return u"OnResponseDataAvailable"_s;
    case Kind::ResponseFinished:
        return u"OnResponseFinished"_s;
    case Kind::Error:
        return u"OnError"_s;
    case Kind::Abort:
        return u"Abort"_s;
    }
    return {};
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_visible;
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events.at(index.row());
    switch (role) {
    case KindRole:
        return int(e.kind);
    case ElapsedRole:
        return e.elapsedMs;
    case TotalRole:
        return e.total;
    case Qt::TextAlignmentRole:
        return index.column() == EventColumn || index.column() == DetailColumn
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case TimeColumn:
        return locale.toString(e.elapsedMs, 'f', 1);
    case EventColumn:
        return kindName(e.kind);
    case SizeColumn:
        return e.kind == Kind::DataAvailable ? locale.toString(e.size) : QString();
    case TotalColumn:
        return locale.toString(e.total);
    case DetailColumn:
        return e.detail;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (ms)");
    case EventColumn:
        return tr("Event");
    case SizeColumn:
        return tr("Bytes");
    case TotalColumn:
        return tr("Total");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Reqscope
