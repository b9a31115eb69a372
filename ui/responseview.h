// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace Reqscope {

class BodyView;
class EventsView;
class HeadersView;
class RequestRunner;
class TransferProgress;

/*!
 * The response half of the window: a status line (code, text, time, size; or "Aborted (0x80072EF1)" or the
 * failure), the progress while receiving, and the Body, Headers and Events tabs. It follows one RequestRunner;
 * the runner drops late events, so whatever reaches this view belongs to the request on screen.
 */
class ResponseView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseView)

public:
    explicit ResponseView(QWidget *parent = nullptr);
    ~ResponseView() override;

    void setRunner(RequestRunner *runner);
    QString statusLine() const;
    BodyView *bodyView() const;
    HeadersView *headersView() const;
    EventsView *eventsView() const;
    QTabWidget *tabs() const;
    TransferProgress *progress() const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void onStarted();
    void onHeaders();
    void onProgress();
    void onFinished();
    void setBadge(const QString &text, const QColor &color);

    QPointer<RequestRunner> m_runner;
    QStackedWidget *m_stack;
    QLabel *m_badge;
    QLabel *m_status;
    TransferProgress *m_progress;
    QTabWidget *m_tabs;
    BodyView *m_body;
    HeadersView *m_headers;
    EventsView *m_events;
};

} // namespace Reqscope
