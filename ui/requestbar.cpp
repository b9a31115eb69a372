// SPDX-License-Identifier: MIT
#include "requestbar.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
constexpr int historyLimit = 200;
}

RequestBar::RequestBar(QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_abort(new QPushButton(tr("Abort"), this))
    , m_mode(new QComboBox(this))
    , m_trigger(new QComboBox(this))
    , m_triggerValue(new QSpinBox(this))
    , m_history(new QStringListModel(this))
{
    m_method->setEditable(true); // any token is a method (spec §3.3)
    m_method->addItems({ u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s, u"TRACE"_s });
    m_method->setAccessibleName(tr("Method"));
    m_method->lineEdit()->setAccessibleName(tr("Method"));
    m_method->setToolTip(tr("HTTP method: pick one or type any token"));
    m_method->setMinimumContentsLength(7);

    m_url->setPlaceholderText(tr("Enter a URL or paste a curl command"));
    m_url->setAccessibleName(tr("URL"));
    m_url->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_history, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_url->setCompleter(completer);

    m_send->setDefault(true);
    m_send->setToolTip(tr("Send the request (Ctrl+Return)"));
    m_send->setAccessibleName(tr("Send"));
    m_abort->setToolTip(tr("Abort the running request (Esc). In Sync mode input is excluded while Send runs: "
                           "arm an abort trigger instead."));
    m_abort->setAccessibleName(tr("Abort"));
    m_abort->setEnabled(false);

    m_mode->addItem(tr("Async"), int(RequestRunner::Mode::Async));
    m_mode->addItem(tr("Sync"), int(RequestRunner::Mode::Sync));
    m_mode->setAccessibleName(tr("Send mode"));
    m_mode->setToolTip(tr("Async: Send returns at once and Abort works at any moment.\n"
                          "Sync: Send blocks in a nested event loop that excludes input, as WinHTTP does."));

    m_trigger->addItem(tr("No abort trigger"), int(RequestRunner::AbortTrigger::None));
    m_trigger->addItem(tr("Abort on response start"), int(RequestRunner::AbortTrigger::ResponseStart));
    m_trigger->addItem(tr("Abort on first chunk"), int(RequestRunner::AbortTrigger::FirstChunk));
    m_trigger->addItem(tr("Abort after N bytes"), int(RequestRunner::AbortTrigger::AfterBytes));
    m_trigger->addItem(tr("Abort after T ms"), int(RequestRunner::AbortTrigger::AfterMs));
    m_trigger->setAccessibleName(tr("Abort trigger"));
    m_trigger->setToolTip(tr("Armed before Send and fired from inside the engine's events: the only way to stop "
                             "a synchronous Send."));
    m_triggerValue->setRange(1, 2000000000);
    m_triggerValue->setValue(1000);
    m_triggerValue->setAccessibleName(tr("Abort trigger value"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_method);
    layout->addWidget(m_url, 1);
    layout->addWidget(m_send);
    layout->addWidget(m_abort);
    layout->addSpacing(12);
    layout->addWidget(m_mode);
    layout->addWidget(m_trigger);
    layout->addWidget(m_triggerValue);

    connect(m_send, &QPushButton::clicked, this, &RequestBar::sendRequested);
    connect(m_abort, &QPushButton::clicked, this, &RequestBar::abortRequested);
    connect(m_url, &QLineEdit::returnPressed, this, &RequestBar::sendRequested);
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().startsWith(u"curl "_s) || text.trimmed().startsWith(u"$ curl "_s))
            Q_EMIT curlPasted(text);
        else
            Q_EMIT urlEdited(text);
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RequestBar::modeChanged);
    connect(m_method, &QComboBox::currentTextChanged, this, &RequestBar::methodChanged);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &RequestBar::updateTriggerWidgets);
    updateTriggerWidgets();
}

RequestBar::~RequestBar() = default;

QString RequestBar::method() const
{
    return m_method->currentText().trimmed();
}

void RequestBar::setMethod(const QString &method)
{
    m_method->setCurrentText(method);
}

QString RequestBar::url() const
{
    return m_url->text().trimmed();
}

void RequestBar::setUrl(const QString &url)
{
    if (m_url->text() == url)
        return;
    const int cursor = m_url->cursorPosition();
    m_url->setText(url);
    m_url->setCursorPosition(qMin(cursor, int(url.size())));
}

QLineEdit *RequestBar::urlField() const
{
    return m_url;
}

QPushButton *RequestBar::sendButton() const
{
    return m_send;
}

QPushButton *RequestBar::abortButton() const
{
    return m_abort;
}

RequestRunner::Mode RequestBar::mode() const
{
    return RequestRunner::Mode(m_mode->currentData().toInt());
}

void RequestBar::setMode(RequestRunner::Mode mode)
{
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(int(mode))));
}

RequestRunner::AbortTrigger RequestBar::trigger() const
{
    return RequestRunner::AbortTrigger(m_trigger->currentData().toInt());
}

qint64 RequestBar::triggerValue() const
{
    return m_triggerValue->value();
}

void RequestBar::setTrigger(RequestRunner::AbortTrigger trigger, qint64 value)
{
    m_trigger->setCurrentIndex(qMax(0, m_trigger->findData(int(trigger))));
    if (value > 0)
        m_triggerValue->setValue(int(qMin<qint64>(value, m_triggerValue->maximum())));
}

QStringList RequestBar::history() const
{
    return m_history->stringList();
}

void RequestBar::setHistory(const QStringList &urls)
{
    m_history->setStringList(urls.mid(0, historyLimit));
}

void RequestBar::addToHistory(const QString &url)
{
    QStringList urls = m_history->stringList();
    urls.removeAll(url);
    urls.prepend(url);
    setHistory(urls);
}

void RequestBar::setRunning(bool running)
{
    m_send->setEnabled(!running);
    m_abort->setEnabled(running && mode() == RequestRunner::Mode::Async);
}

void RequestBar::updateTriggerWidgets()
{
    const RequestRunner::AbortTrigger t = trigger();
    const bool hasValue = t == RequestRunner::AbortTrigger::AfterBytes || t == RequestRunner::AbortTrigger::AfterMs;
    m_triggerValue->setVisible(hasValue);
    m_triggerValue->setSuffix(t == RequestRunner::AbortTrigger::AfterMs ? tr(" ms") : tr(" bytes"));
}

} // namespace Reqscope
