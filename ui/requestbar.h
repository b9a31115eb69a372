// SPDX-License-Identifier: MIT
#pragma once

#include "requestrunner.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
QT_END_NAMESPACE

namespace Reqscope {

/*!
 * The top line of the window: method, URL (with history completion), Send, Abort, the Async/Sync switch and
 * the abort trigger armed before a Send. Pasting a curl command into the URL field emits curlPasted() instead.
 */
class RequestBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestBar)

public:
    explicit RequestBar(QWidget *parent = nullptr);
    ~RequestBar() override;

    QString method() const;
    void setMethod(const QString &method);
    QString url() const;
    /// Sets the URL without emitting urlEdited().
    void setUrl(const QString &url);
    QLineEdit *urlField() const;
    QPushButton *sendButton() const;
    QPushButton *abortButton() const;

    RequestRunner::Mode mode() const;
    void setMode(RequestRunner::Mode mode);
    RequestRunner::AbortTrigger trigger() const;
    qint64 triggerValue() const;
    void setTrigger(RequestRunner::AbortTrigger trigger, qint64 value);

    QStringList history() const;
    void setHistory(const QStringList &urls);
    void addToHistory(const QString &url);

    /// Running: Send disabled; Abort enabled only in Async mode (a sync Send excludes input, so the button
    /// could not be pressed anyway: the armed trigger is the way out).
    void setRunning(bool running);

Q_SIGNALS:
    void sendRequested();
    void abortRequested();
    void urlEdited(const QString &url);
    void curlPasted(const QString &command);
    void modeChanged();
    /// The method was picked or typed (also when set by setMethod()).
    void methodChanged();

private:
    void updateTriggerWidgets();

    QComboBox *m_method;
    QLineEdit *m_url;
    QPushButton *m_send;
    QPushButton *m_abort;
    QComboBox *m_mode;
    QComboBox *m_trigger;
    QSpinBox *m_triggerValue;
    QStringListModel *m_history;
};

} // namespace Reqscope
