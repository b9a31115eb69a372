// SPDX-License-Identifier: MIT
#pragma once

#include "requestrunner.h"

#include <QPointer>
#include <QWidget>

namespace Reqscope {

class EventLogModel;

/// The timing phases as bars (TimingPhases: the engine's DNS … Receiving, or what the events show while the
/// request runs) above a bytes-over-time curve painted from the event log; decimated to one point per pixel so
/// 100 000 events cost nothing.
class BytesPlot : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BytesPlot)

public:
    explicit BytesPlot(QWidget *parent = nullptr);
    ~BytesPlot() override;

    void setSource(const EventLogModel *events);
    void setTiming(const RequestRunner::Timing &timing, double nowMs);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPointer<const EventLogModel> m_events;
    RequestRunner::Timing m_timing;
    double m_nowMs = 0;
};

} // namespace Reqscope
