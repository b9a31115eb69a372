// SPDX-License-Identifier: MIT
#pragma once

#include "requestrunner.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace Reqscope {

class BytesPlot;
class EventLogModel;

/// The Events tab: every engine event with time and size, the timing phases and the bytes-over-time plot.
class EventsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsView)

public:
    explicit EventsView(QWidget *parent = nullptr);
    ~EventsView() override;

    void setModel(EventLogModel *model);
    void refresh(const RequestRunner::Timing &timing, double nowMs);
    QTableView *table() const;

private:
    QLabel *m_summary;
    QTableView *m_table;
    BytesPlot *m_plot;
    EventLogModel *m_model = nullptr;
};

} // namespace Reqscope
