// SPDX-License-Identifier: MIT
#include "responseview.h"

#include "bodyview.h"
#include "eventsview.h"
#include "headersview.h"
#include "requestrunner.h"
#include "transferprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
enum Page { EmptyPage, ResponsePage };

QColor statusColor(int status)
{
    if (status >= 500)
        return QColor(0xC6, 0x28, 0x28);
    if (status >= 400)
        return QColor(0xE0, 0x6C, 0x00);
    if (status >= 300)
        return QColor(0x15, 0x65, 0xC0);
    return QColor(0x2E, 0x7D, 0x32);
}
} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_badge(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new TransferProgress(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new BodyView(this))
    , m_headers(new HeadersView(this))
    , m_events(new EventsView(this))
{
    auto *empty = new QLabel(tr("<p style='font-size:large'>No response yet</p>"
                                "<p>Pick a request from the <b>Playground</b> on the left, or type a URL,<br>"
                                "then press <b>Send</b> (Ctrl+Return). Esc aborts.</p>"),
        this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setTextFormat(Qt::RichText);
    empty->setForegroundRole(QPalette::PlaceholderText);

    m_badge->setAccessibleName(tr("Response status"));
    m_badge->setMargin(4);
    m_status->setAccessibleName(tr("Response summary"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Response"));
    m_tabs->tabBar()->setAccessibleName(tr("Response tabs"));
    m_tabs->addTab(m_body, tr("Bo&dy"));
    m_tabs->addTab(m_headers, tr("H&eaders"));
    m_tabs->addTab(m_events, tr("E&vents"));

    auto *page = new QWidget(this);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_badge);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress, 1);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(statusRow);
    pageLayout->addWidget(m_tabs, 1);

    m_stack->insertWidget(EmptyPage, empty);
    m_stack->insertWidget(ResponsePage, page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_progress->hide();
    connect(m_body, &BodyView::message, this, &ResponseView::message);
}

ResponseView::~ResponseView() = default;

void ResponseView::setRunner(RequestRunner *runner)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    m_events->setModel(runner->events());
    connect(runner, &RequestRunner::started, this, &ResponseView::onStarted);
    connect(runner, &RequestRunner::responseHeadersReceived, this, &ResponseView::onHeaders);
    connect(runner, &RequestRunner::progressed, this, &ResponseView::onProgress);
    connect(runner, &RequestRunner::finished, this, &ResponseView::onFinished);
}

void ResponseView::onStarted()
{
    m_stack->setCurrentIndex(ResponsePage);
    m_body->setStore(m_runner->body());
    m_headers->clear();
    setBadge(tr("Sending…"), palette().color(QPalette::Mid));
    m_status->clear();
    m_progress->show();
    m_progress->setProgress(0, -1, 0);
}

void ResponseView::onHeaders()
{
    setBadge(QString::number(m_runner->status()) + u' ' + m_runner->statusText(), statusColor(m_runner->status()));
    m_body->setContentType(m_runner->contentType());
    m_headers->setHeaders(
        u"HTTP/1.1 "_s + QString::number(m_runner->status()) + u' ' + m_runner->statusText(), m_runner->rawHeaders());
}

void ResponseView::onProgress()
{
    m_progress->setProgress(m_runner->bytesReceived(), m_runner->expectedBytes(), m_runner->elapsedMs());
    if (m_runner->isRunning()) {
        const QLocale locale;
        m_status->setText(tr("%1 ms · %2")
                              .arg(locale.toString(m_runner->elapsedMs(), 'f', 0),
                                  locale.formattedDataSize(m_runner->bytesReceived())));
    }
    m_body->refresh(!m_runner->isRunning());
    if (m_tabs->currentWidget() == m_events || !m_runner->isRunning())
        m_events->refresh(m_runner->timing(), m_runner->elapsedMs());
}

void ResponseView::onFinished()
{
    const QLocale locale;
    const RequestRunner::Timing timing = m_runner->timing();
    const QString facts
        = tr("%1 ms · %2")
              .arg(locale.toString(timing.endMs, 'f', 0), locale.formattedDataSize(m_runner->bytesReceived()));
    m_progress->hide();
    switch (m_runner->outcome()) {
    case RequestRunner::Outcome::Completed:
        m_status->setText(facts);
        break;
    case RequestRunner::Outcome::Aborted:
        // Its own state, not an error: the user (or an armed trigger) asked for it.
        setBadge(tr("Aborted (%1)").arg(m_runner->result().hex()), QColor(0x6A, 0x1B, 0x9A));
        m_status->setText(facts
            + (m_runner->status() ? tr(" · after %1 %2").arg(m_runner->status()).arg(m_runner->statusText())
                                  : QString()));
        break;
    case RequestRunner::Outcome::Failed:
        setBadge(tr("Failed (%1)").arg(m_runner->result().hex()), QColor(0xC6, 0x28, 0x28));
        m_status->setText(m_runner->errorDescription() + u" · "_s + facts);
        break;
    case RequestRunner::Outcome::Idle:
    case RequestRunner::Outcome::Running:
        break;
    }
    m_body->refresh(true);
    m_events->refresh(timing, timing.endMs);
}

void ResponseView::setBadge(const QString &text, const QColor &color)
{
    m_badge->setText(text);
    m_badge->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 4px; font-weight: bold; "
                           "padding: 0 6px; }"_s.arg(color.name()));
}

QString ResponseView::statusLine() const
{
    return m_badge->text() + u' ' + m_status->text();
}

BodyView *ResponseView::bodyView() const
{
    return m_body;
}

HeadersView *ResponseView::headersView() const
{
    return m_headers;
}

EventsView *ResponseView::eventsView() const
{
    return m_events;
}

QTabWidget *ResponseView::tabs() const
{
    return m_tabs;
}

TransferProgress *ResponseView::progress() const
{
    return m_progress;
}

} // namespace Reqscope
