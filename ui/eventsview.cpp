// SPDX-License-Identifier: MIT
#include "eventsview.h"

#include "bytesplot.h"
#include "eventlogmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Reqscope {

EventsView::EventsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_plot(new BytesPlot(this))
{
    m_table->setAccessibleName(tr("Events"));
    m_table->verticalHeader()->hide();
    // Fixed row heights: inserting thousands of rows must not measure each one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_summary->setText(tr("No request yet."));
    m_summary->setEnabled(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"eventsSplitter"_s);
    splitter->addWidget(m_plot);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

EventsView::~EventsView() = default;

void EventsView::setModel(EventLogModel *model)
{
    m_model = model;
    m_table->setModel(model);
    m_plot->setSource(model);
    const int w = fontMetrics().horizontalAdvance(u"OnResponseDataAvailable"_s) + 24;
    m_table->setColumnWidth(EventLogModel::TimeColumn, fontMetrics().horizontalAdvance(u"000000.0"_s) + 24);
    m_table->setColumnWidth(EventLogModel::EventColumn, w);
    m_table->setColumnWidth(EventLogModel::SizeColumn, fontMetrics().horizontalAdvance(u"0000000"_s) + 24);
    m_table->setColumnWidth(EventLogModel::TotalColumn, fontMetrics().horizontalAdvance(u"0.000.000.000"_s) + 24);
}

void EventsView::refresh(const RequestRunner::Timing &timing, double nowMs)
{
    m_plot->setTiming(timing, nowMs);
    if (!m_model)
        return;
    using Kind = EventLogModel::Kind;
    m_summary->setText(tr("%1 OnResponseStart · %2 OnResponseDataAvailable · %3 OnResponseFinished · %4 OnError")
                           .arg(m_model->count(Kind::ResponseStart))
                           .arg(m_model->count(Kind::DataAvailable))
                           .arg(m_model->count(Kind::ResponseFinished))
                           .arg(m_model->count(Kind::Error)));
}

QTableView *EventsView::table() const
{
    return m_table;
}

} // namespace Reqscope
