// SPDX-License-Identifier: MIT
#include "bodyview.h"
#include "curlcommand.h"
#include "eventlogmodel.h"
#include "globalvariables.h"
#include "httprequest.h"
#include "mainwindow.h"
#include "playgroundserver.h"
#include "requestbar.h"
#include "requesteditor.h"
#include "requestrunner.h"
#include "responsebodystore.h"
#include "responseview.h"
#include "transferprogress.h"
#include "variablecontext.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Reqscope::EventLogModel;
using Reqscope::MainWindow;
using Reqscope::RequestRunner;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensOffscreen();
    void typeUrlAndSend();
    void abortDuringDripAsync();
    void syncAbortOnFirstChunk();
    void syncAbortAfterMs();
    void paramsFollowUrl();
    void urlFollowsParams();
    void disabledParamsSurviveLoadAndStore();
    void globalsFileResolves();
    void jsonPrettyView();
    void hugeBodyDoesNotStall();
    void syncSendKeepsRepainting();
    void pasteCurlIntoUrlField();
    void settingsRestoreTheLastRequest();
    void settingsNeverHoldSecrets();
    void droppedFileBecomesTheBody();
    void tabOrderFollowsTheRequestBar();
    void everyFocusableWidgetHasAName();

private:
    void typeUrl(MainWindow &window, const QString &url);
    Reqscope::PlaygroundServer m_server;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
}

void tst_MainWindow::init()
{
    QSettings().clear(); // each test starts like a first launch
}

void tst_MainWindow::typeUrl(MainWindow &window, const QString &url)
{
    QLineEdit *field = window.requestBar()->urlField();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, url);
}

void tst_MainWindow::opensOffscreen()
{
    MainWindow window;
    window.setPlaygroundUrl(m_server.url());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Reqscope"_s);
    // First launch: a Playground request is ready to send.
    QVERIFY(window.requestBar()->url().startsWith(m_server.url().toString(QUrl::StripTrailingSlash)));
    QVERIFY(!window.grab().isNull());
}

void tst_MainWindow::typeUrlAndSend()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeUrl(window, m_server.url(u"/get?x=1"_s).toString());
    QSignalSpy finished(window.runner(), &RequestRunner::finished);
    QTest::keyClick(window.requestBar()->urlField(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(20000));
    QCOMPARE(window.runner()->outcome(), RequestRunner::Outcome::Completed);
    QVERIFY2(
        window.responseView()->statusLine().startsWith(u"200 "_s), qPrintable(window.responseView()->statusLine()));
    const EventLogModel *events = window.runner()->events();
    QCOMPARE(events->count(EventLogModel::Kind::ResponseStart), 1);
    QVERIFY(events->count(EventLogModel::Kind::DataAvailable) >= 1);
    QCOMPARE(events->count(EventLogModel::Kind::ResponseFinished), 1);
    QCOMPARE(events->count(EventLogModel::Kind::Error), 0);
    QCOMPARE(events->rowCount(), int(events->events().size())); // all rows visible in the Events tab
    QCOMPARE(events->index(1, EventLogModel::EventColumn).data().toString(), u"OnResponseStart"_s);
    QVERIFY(window.requestBar()->sendButton()->isEnabled());
}

void tst_MainWindow::abortDuringDripAsync()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeUrl(window, m_server.url(u"/drip?numbytes=20&duration=4&delay=0"_s).toString());
    QTest::mouseClick(window.requestBar()->sendButton(), Qt::LeftButton);
    const EventLogModel *events = window.runner()->events();
    QTRY_VERIFY_WITH_TIMEOUT(events->count(EventLogModel::Kind::DataAvailable) >= 1, 20000);
    QVERIFY(window.requestBar()->abortButton()->isEnabled());
    QTest::keyClick(&window, Qt::Key_Escape);
    QCOMPARE(window.runner()->outcome(), RequestRunner::Outcome::Aborted);
    QVERIFY2(window.responseView()->statusLine().startsWith(u"Aborted (0x80072EF1)"_s),
        qPrintable(window.responseView()->statusLine()));
    const qsizetype eventsAtAbort = events->events().size();
    const QString statusAtAbort = window.responseView()->statusLine();

    // Let the drip go on long enough to send more bytes if anything still listened: another request of the
    // same kind must see at least two chunks meanwhile.
    Reqscope::HttpRequest probe;
    QSignalSpy probeData(&probe, &Reqscope::HttpRequest::responseDataAvailable);
    QSignalSpy probeDone(&probe, &Reqscope::HttpRequest::responseFinished);
    QCOMPARE(probe.open(u"GET"_s, m_server.url(u"/drip?numbytes=3&duration=1&delay=0"_s).toString(), true).code(), 0);
    QCOMPARE(probe.send().code(), 0);
    QVERIFY(probeDone.wait(20000));
    QVERIFY(probeData.count() >= 2);
    QCOMPARE(events->events().size(), eventsAtAbort);
    QCOMPARE(window.responseView()->statusLine(), statusAtAbort);
    QCOMPARE(events->count(EventLogModel::Kind::ResponseFinished), 0);
    QCOMPARE(events->count(EventLogModel::Kind::Error), 0);
}

void tst_MainWindow::syncAbortOnFirstChunk()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeUrl(window, m_server.url(u"/drip?numbytes=10&duration=2&delay=0"_s).toString());
    window.requestBar()->setMode(RequestRunner::Mode::Sync);
    window.requestBar()->setTrigger(RequestRunner::AbortTrigger::FirstChunk, 0);
    QSignalSpy finished(window.runner(), &RequestRunner::finished);
    // Sync: the click returns only when Send has returned.
    QTest::mouseClick(window.requestBar()->sendButton(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(window.runner()->outcome(), RequestRunner::Outcome::Aborted);
    QCOMPARE(window.runner()->result().code(), qint32(0x80072EF1));
    QVERIFY2(window.responseView()->statusLine().startsWith(u"Aborted (0x80072EF1)"_s),
        qPrintable(window.responseView()->statusLine()));
    const EventLogModel *events = window.runner()->events();
    QCOMPARE(events->count(EventLogModel::Kind::DataAvailable), 1);
    QCOMPARE(events->count(EventLogModel::Kind::ResponseFinished), 0);
    QCOMPARE(events->count(EventLogModel::Kind::Abort), 1);
    QCOMPARE(window.runner()->bytesReceived(), window.runner()->events()->events().at(2).size);
}

void tst_MainWindow::syncAbortAfterMs()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeUrl(window, m_server.url(u"/delay/10"_s).toString());
    window.requestBar()->setMode(RequestRunner::Mode::Sync);
    window.requestBar()->setTrigger(RequestRunner::AbortTrigger::AfterMs, 300);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(window.requestBar()->sendButton(), Qt::LeftButton); // the timer fires in the nested loop
    QVERIFY2(clock.elapsed() < 8000, "Send was not aborted by the T ms trigger");
    QVERIFY(clock.elapsed() >= 300);
    QCOMPARE(window.runner()->outcome(), RequestRunner::Outcome::Aborted);
    QCOMPARE(window.runner()->events()->count(EventLogModel::Kind::ResponseStart), 0);
}

void tst_MainWindow::paramsFollowUrl()
{
    MainWindow window;
    window.show();
    typeUrl(window, u"http://127.0.0.1:1/p?a=1&b=x%20y"_s);
    const QList<Reqscope::KeyValue> params = window.requestEditor()->params();
    QCOMPARE(params.size(), 2);
    QCOMPARE(params.at(0).name, u"a"_s);
    QCOMPARE(params.at(0).value, u"1"_s);
    QCOMPARE(params.at(1).value, u"x y"_s);
}

void tst_MainWindow::urlFollowsParams()
{
    MainWindow window;
    window.show();
    typeUrl(window, u"http://127.0.0.1:1/p?a=1"_s);
    auto *table = window.requestEditor()->widget(0)->findChild<QTableWidget *>();
    QVERIFY(table);
    table->item(0, 2)->setText(u"two words"_s);
    QCOMPARE(window.requestBar()->url(), u"http://127.0.0.1:1/p?a=two%20words"_s);
    table->item(0, 0)->setCheckState(Qt::Unchecked); // disabled rows stay in the table, leave the URL
    QCOMPARE(window.requestBar()->url(), u"http://127.0.0.1:1/p"_s);
    QCOMPARE(window.requestEditor()->params().size(), 1);
}

void tst_MainWindow::disabledParamsSurviveLoadAndStore()
{
    MainWindow window;
    Reqscope::RequestSpec spec;
    spec.url = u"http://127.0.0.1:1/p?a=1"_s;
    spec.disabledParams = { { u"debug"_s, u"yes"_s, false } };
    window.loadSpec(spec);
    // The disabled row is in the table but not in the URL, and saving the editor keeps it.
    QCOMPARE(window.requestEditor()->params().size(), 2);
    QCOMPARE(window.requestBar()->url(), spec.url);
    QCOMPARE(window.currentSpec().disabledParams, spec.disabledParams);
    QCOMPARE(window.currentSpec().url, spec.url);
}

void tst_MainWindow::globalsFileResolves()
{
    const Reqscope::VariableList globals = { { u"apiBase"_s, u"http://127.0.0.1:9/v2"_s } };
    QVERIFY(Reqscope::GlobalVariables::save(globals).isEmpty());
    MainWindow window;
    window.setPlaygroundUrl(m_server.url());
    const Reqscope::VariableResolver resolver = window.variables()->resolver();
    QStringList unresolved;
    QCOMPARE(resolver.resolve(u"{{apiBase}}/users"_s, &unresolved), u"http://127.0.0.1:9/v2/users"_s);
    // {{playground}} stays the built-in one even beside a globals file.
    QCOMPARE(resolver.resolve(u"{{playground}}"_s, &unresolved), m_server.url().toString(QUrl::StripTrailingSlash));
    QVERIFY(unresolved.isEmpty());
    QVERIFY(QFile::remove(Reqscope::GlobalVariables::defaultFilePath()));
}

void tst_MainWindow::jsonPrettyView()
{
    MainWindow window;
    window.show();
    typeUrl(window, m_server.url(u"/get?pretty=1"_s).toString());
    Reqscope::BodyView *body = window.responseView()->bodyView();
    QSignalSpy pretty(body, &Reqscope::BodyView::prettyReady);
    window.send();
    QVERIFY(pretty.wait(20000));
    QCOMPARE(body->mode(), Reqscope::BodyView::Mode::Pretty);
    QVERIFY2(body->prettyText().contains(u"\n    \"args\""_s), qPrintable(body->prettyText().left(200)));
    QCOMPARE(QJsonDocument::fromJson(body->prettyText().toUtf8()), QJsonDocument::fromJson(body->rawText().toUtf8()));
}

void tst_MainWindow::hugeBodyDoesNotStall()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    constexpr qint64 size = 200 * 1024 * 1024;
    typeUrl(window, m_server.url(u"/stream/%1?chunk=65536"_s.arg(size)).toString());
    window.responseView()->tabs()->setCurrentIndex(2); // Events: the busiest view

    // A heartbeat measures how long the event loop goes without serving a 5 ms timer.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        worst = qMax(worst, now - last);
        last = now;
    });
    QSignalSpy finished(window.runner(), &RequestRunner::finished);
    clock.start();
    heartbeat.start();
    window.send();
    QVERIFY(finished.wait(120000));
    heartbeat.stop();
    QCOMPARE(window.runner()->outcome(), RequestRunner::Outcome::Completed);
    QCOMPARE(window.runner()->bytesReceived(), size);
    QVERIFY(window.runner()->body()->isSpilled()); // 200 MB went to disk, not RAM
    QCOMPARE(window.responseView()->bodyView()->shownBytes(), Reqscope::BodyView::rawWindowBytes);
    qInfo("200 MB in %lld ms, worst event-loop stall %lld ms", clock.elapsed(), worst);
    QVERIFY2(worst < 250, qPrintable(u"event loop stalled for %1 ms"_s.arg(worst)));
}

namespace {
// Counts paint events a widget receives while a request runs (i.e. inside a sync Send's nested loop).
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(const RequestRunner *runner)
        : m_runner(runner)
    {
    }
    int paintsWhileRunning = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_runner->isRunning())
            ++paintsWhileRunning;
        return QObject::eventFilter(watched, event);
    }

private:
    const RequestRunner *m_runner;
};
} // namespace

void tst_MainWindow::syncSendKeepsRepainting()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeUrl(window, m_server.url(u"/drip?numbytes=20&duration=4&delay=0"_s).toString());
    window.requestBar()->setMode(RequestRunner::Mode::Sync);
    window.requestBar()->setTrigger(RequestRunner::AbortTrigger::AfterBytes, 4);
    PaintCounter counter(window.runner());
    window.responseView()->progress()->installEventFilter(&counter);
    QTest::mouseClick(window.requestBar()->sendButton(), Qt::LeftButton);
    QCOMPARE(window.runner()->outcome(), RequestRunner::Outcome::Aborted);
    QCOMPARE(window.runner()->bytesReceived(), 4);
    // The progress line was repainted while Send ran (about a second): the nested loop serves paint events.
    QVERIFY2(counter.paintsWhileRunning >= 2, qPrintable(QString::number(counter.paintsWhileRunning)));
}

void tst_MainWindow::pasteCurlIntoUrlField()
{
    MainWindow window;
    window.show();
    QLineEdit *field = window.requestBar()->urlField();
    field->clear();
    QApplication::clipboard()->setText(
        u"curl -X PUT 'http://127.0.0.1:1/items?id=7' -H 'X-Trace: on' --data-raw 'payload'"_s);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(window.requestBar()->method(), u"PUT"_s);
    QCOMPARE(window.requestBar()->url(), u"http://127.0.0.1:1/items?id=7"_s);
    const Reqscope::RequestSpec spec = window.currentSpec();
    QCOMPARE(spec.bodyText, u"payload"_s);
    QCOMPARE(spec.headers.constFirst().name, u"X-Trace"_s);
    QCOMPARE(window.requestEditor()->params().constFirst().value, u"7"_s);
    window.copyAsCurl(); // and back: the clipboard holds a command that describes the same request
    const std::optional<Reqscope::RequestSpec> again = Reqscope::CurlCommand::toSpec(QApplication::clipboard()->text());
    QVERIFY(again);
    QCOMPARE(again->method, u"PUT"_s);
    QCOMPARE(again->bodyText, u"payload"_s);
}

void tst_MainWindow::settingsRestoreTheLastRequest()
{
    {
        MainWindow window;
        window.setPlaygroundUrl(m_server.url());
        typeUrl(window, m_server.url(u"/anything?k=v"_s).toString());
        window.requestBar()->setMethod(u"DELETE"_s);
        window.requestBar()->setMode(RequestRunner::Mode::Sync);
        window.requestBar()->setTrigger(RequestRunner::AbortTrigger::AfterMs, 1234);
        window.close(); // saves
    }
    MainWindow window;
    QCOMPARE(window.requestBar()->method(), u"DELETE"_s);
    QCOMPARE(window.requestBar()->mode(), RequestRunner::Mode::Sync);
    QCOMPARE(window.requestBar()->trigger(), RequestRunner::AbortTrigger::AfterMs);
    QCOMPARE(window.requestBar()->triggerValue(), 1234);
    // Saved against the playground: the URL follows it to its new port.
    QCOMPARE(window.requestBar()->url(), u"{{playground}}/anything?k=v"_s);
    window.setPlaygroundUrl(m_server.url());
    QCOMPARE(window.requestBar()->url(), m_server.url(u"/anything?k=v"_s).toString());
}

void tst_MainWindow::settingsNeverHoldSecrets()
{
    const QString planted = u"planted-secret-4711"_s;
    {
        MainWindow window;
        Reqscope::RequestSpec spec;
        spec.url = m_server.url(u"/get"_s).toString();
        spec.authKind = Reqscope::RequestSpec::AuthKind::Basic;
        spec.authUser = u"alice"_s;
        spec.authPassword = planted;
        spec.bearerToken = planted;
        spec.proxyUser = u"bob"_s;
        spec.proxyPassword = planted;
        spec.headers = { { u"Authorization"_s, u"Bearer "_s + planted }, { u"X-Plain"_s, u"visible"_s } };
        window.loadSpec(spec);
        QCOMPARE(window.currentSpec().authPassword, planted); // the editor holds it while the window lives
        window.close(); // saves
    }
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("alice")); // the request itself was saved ...
    QVERIFY(written.contains("visible"));
    QVERIFY(!written.contains(planted.toUtf8())); // ... without any of its secrets
}

void tst_MainWindow::droppedFileBecomesTheBody()
{
    MainWindow window;
    window.show();
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("dropped bytes");
    file.flush();
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(file.fileName()) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    const Reqscope::RequestSpec spec = window.currentSpec();
    QCOMPARE(spec.bodyKind, Reqscope::RequestSpec::BodyKind::BinaryFile);
    QCOMPARE(spec.bodyFile, file.fileName());
    QCOMPARE(spec.bodyBytes(), "dropped bytes"_ba);
    QCOMPARE(spec.method, u"POST"_s); // GET never sends a body
}

void tst_MainWindow::tabOrderFollowsTheRequestBar()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QLineEdit *url = window.requestBar()->urlField();
    url->setFocus();
    QTRY_VERIFY(url->hasFocus());
    QStringList chain;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        chain << QApplication::focusWidget()->accessibleName();
    }
    // Abort is disabled while idle, so Tab skips it.
    QCOMPARE(chain, (QStringList { u"Send"_s, u"Send mode"_s, u"Abort trigger"_s, u"Request tabs"_s }));
}

void tst_MainWindow::everyFocusableWidgetHasAName()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(&window))
            continue;
        if (QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name).isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className()) + u'/' + w->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
