// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Reqscope {

/*!
 * The Events timeline of one request: each IWinHttpRequestEvents event (plus Send and Abort, which the user
 * caused) with its time since Send, chunk size and running total. Rows arrive in bursts of thousands for big
 * bodies, so append() only queues and flush() inserts the queue at once; the owner flushes on a timer.
 */
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum class Kind { Send, ResponseStart, DataAvailable, ResponseFinished, Error, Abort };
    Q_ENUM(Kind)
    enum Column { TimeColumn, EventColumn, SizeColumn, TotalColumn, DetailColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, ElapsedRole, TotalRole };

    struct Event
    {
        Kind kind = Kind::Send;
        double elapsedMs = 0;
        qint64 size = 0; // chunk size (DataAvailable)
        qint64 total = 0; // bytes received so far
        QString detail;
    };

    explicit EventLogModel(QObject *parent = nullptr);
    ~EventLogModel() override;

    void clear();
    void append(const Event &event);
    /// Makes the queued events visible as rows.
    void flush();

    /// Every event, flushed or not, in order (the bytes-over-time plot reads these).
    const QList<Event> &events() const;
    int count(Kind kind) const;
    static QString kindName(Kind kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Event> m_events;
    int m_visible = 0; // rows the views know about; m_events beyond are queued
    int m_counts[6] = {}; // per Kind, so the summary line costs nothing for 100 000 events
};

} // namespace Reqscope
