// SPDX-License-Identifier: MIT
// WindowMasker (with TextDocumentMasker, ItemViewMasker and MaskingProxyModel): planted secrets of every kind are
// in no widget text while masked and all come back afterwards; pixels differ exactly where a secret was.
#include "hexview.h"
#include "loginechohandler.h"
#include "mainwindow.h"
#include "playgroundserver.h"
#include "redactor.h"
#include "requestbar.h"
#include "requesteditor.h"
#include "requestrunner.h"
#include "responsebodystore.h"
#include "widgettexts.h"
#include "windowmasker.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Reqscope::KeyValue;
using Reqscope::MainWindow;
using Reqscope::Redactor;
using Reqscope::RequestSpec;
using Reqscope::WindowMasker;

class tst_WindowMasker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void hidesEverySecretKind_data();
    void hidesEverySecretKind();
    void maskedPixelsDifferOnlyWhereSecretsAre();
    void editorsComeBackUntouched();
    void modelViewsGetAProxy();
    void treeViewsKeepExpansionAndSelection();
    void passwordFieldsShowDots();
    void hexDumpGetsAMaskedCopy();

private:
    /// Sends \a spec from \a window and waits for the end; the redactor knows the request and the response.
    Redactor sendAndCollect(MainWindow &window, const RequestSpec &spec);

    Reqscope::PlaygroundServer m_server;
};

void tst_WindowMasker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    // /login echoes the request like /anything and sets a session cookie.
    m_server.setHandler(Reqscope::Test::loginEchoHandler("setcookie4718sec"));
}

void tst_WindowMasker::init()
{
    QSettings().clear();
}

Redactor tst_WindowMasker::sendAndCollect(MainWindow &window, const RequestSpec &spec)
{
    window.loadSpec(spec);
    QSignalSpy finished(window.runner(), &Reqscope::RequestRunner::finished);
    window.send();
    if (finished.isEmpty())
        [&] {
            QVERIFY(finished.wait(10000));
        }();
    Redactor redactor;
    redactor.addRequest(window.currentSpec());
    redactor.addResponseHeaders(window.runner()->rawHeaders());
    return redactor;
}

void tst_WindowMasker::hidesEverySecretKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("secret"); // as it appears in the window

    QTest::newRow("Authorization header") << u"authorization"_s << u"hdr4711secret"_s;
    QTest::newRow("Cookie") << u"cookie"_s << u"cookie4712secret"_s;
    QTest::newRow("Set-Cookie of the response") << u"set-cookie"_s << u"setcookie4718sec"_s;
    QTest::newRow("Basic password") << u"basic"_s << QString::fromLatin1(QByteArray("user:basic4713secret").toBase64());
    QTest::newRow("Bearer token") << u"bearer"_s << u"bearer4714secret"_s;
    QTest::newRow("secret-named query parameter") << u"query"_s << u"query4715secret"_s;
    QTest::newRow("secret variable") << u"variable"_s << u"var4716secret"_s;
    QTest::newRow("user-marked") << u"marked"_s << u"marked4717secret"_s;
}

void tst_WindowMasker::hidesEverySecretKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, secret);

    RequestSpec spec;
    spec.method = u"POST"_s;
    spec.url = m_server.url(u"/login"_s).toString();
    spec.bodyKind = RequestSpec::BodyKind::Json;
    spec.bodyText = u"{\"note\": \"plain\"}"_s;
    if (kind == "authorization"_L1)
        spec.headers.append({ u"Authorization"_s, u"Bearer "_s + secret });
    else if (kind == "cookie"_L1)
        spec.headers.append({ u"Cookie"_s, u"sid="_s + secret });
    else if (kind == "basic"_L1) {
        spec.authKind = RequestSpec::AuthKind::Basic;
        spec.authUser = u"user"_s;
        spec.authPassword = u"basic4713secret"_s;
    } else if (kind == "bearer"_L1) {
        spec.authKind = RequestSpec::AuthKind::Bearer;
        spec.bearerToken = secret;
    } else if (kind == "query"_L1)
        spec.url += u"?api_key="_s + secret + u"&page=2"_s;
    else if (kind == "variable"_L1)
        spec.bodyText = u"{\"token\": \""_s + secret + u"\"}"_s;
    else if (kind == "marked"_L1)
        spec.headers.append({ u"X-Note"_s, secret });

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Redactor redactor = sendAndCollect(window, spec);
    if (kind == "variable"_L1)
        redactor.addSecretVariable(u"token"_s, secret);
    else if (kind == "marked"_L1)
        redactor.addUserMarked(secret);

    const QStringList before = widgetTexts(&window);
    QVERIFY2(before.join(u'\n').contains(secret), "the secret was not planted in the window");
    const RequestSpec specBefore = window.currentSpec();
    {
        const WindowMasker masker(&window, redactor);
        QVERIFY(masker.maskedCount() > 0);
        const QString masked = widgetTexts(&window).join(u'\n');
        QVERIFY2(!masked.contains(secret), qPrintable(u"still visible: "_s + secret));
        QVERIFY(masked.contains(Redactor::mask()));
        QVERIFY(!masker.grab().isNull());
    }
    QCOMPARE(widgetTexts(&window), before);
    QCOMPARE(window.currentSpec(), specBefore);
}

void tst_WindowMasker::maskedPixelsDifferOnlyWhereSecretsAre()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RequestSpec spec;
    spec.url = m_server.url(u"/get"_s).toString() + u"?token=pixel4719secret4719secret"_s;
    const Redactor redactor = sendAndCollect(window, spec);
    const QImage plain = window.grab().toImage();
    QImage masked;
    {
        const WindowMasker masker(&window, redactor);
        masked = masker.grab().toImage();
    }
    QCOMPARE(masked.size(), plain.size());
    const auto region = [&window](QWidget *w) {
        return QRect(w->mapTo(&window, QPoint()), w->size());
    };
    const QRect url = region(window.requestBar()->urlField());
    QVERIFY(plain.copy(url) != masked.copy(url));
    const QRect send = region(window.requestBar()->sendButton());
    QCOMPARE(plain.copy(send), masked.copy(send));
    // Afterwards the window paints exactly as before.
    QCOMPARE(window.grab().toImage(), plain);
}

void tst_WindowMasker::editorsComeBackUntouched()
{
    MainWindow window;
    RequestSpec spec;
    spec.method = u"POST"_s;
    spec.url = u"http://127.0.0.1:9/x?token=edit4720secret"_s;
    spec.bodyKind = RequestSpec::BodyKind::Text;
    spec.bodyText = u"first edit4720secret"_s;
    window.loadSpec(spec);
    QLineEdit *url = window.requestBar()->urlField();
    url->setSelection(3, 5);
    url->setModified(true);
    auto *body = window.requestEditor()->findChild<QPlainTextEdit *>();
    QVERIFY(body);
    body->moveCursor(QTextCursor::End);
    body->insertPlainText(u" more"_s); // something to undo
    QTextDocument *document = body->document();
    QVERIFY(document->isUndoAvailable());
    document->setModified(false);
    const int bodyCursor = body->textCursor().position();

    Redactor redactor;
    redactor.addRequest(window.currentSpec());
    QSignalSpy edited(window.requestEditor(), &Reqscope::RequestEditor::edited);
    QSignalSpy urlEdited(window.requestBar(), &Reqscope::RequestBar::urlEdited);
    QSignalSpy urlChanged(url, &QLineEdit::textChanged);
    {
        const WindowMasker masker(&window, redactor);
        QVERIFY(!url->text().contains(u"edit4720secret"_s));
        QVERIFY(body->document() != document);
        QVERIFY(!body->toPlainText().contains(u"edit4720secret"_s));
    }
    QCOMPARE(edited.count(), 0);
    QCOMPARE(urlEdited.count(), 0);
    QCOMPARE(urlChanged.count(), 0);
    QCOMPARE(url->text(), spec.url);
    QCOMPARE(url->selectionStart(), 3);
    QCOMPARE(url->selectedText().size(), 5);
    QVERIFY(url->isModified());
    QCOMPARE(body->document(), document);
    QVERIFY(document->isUndoAvailable());
    QVERIFY(!document->isModified());
    QCOMPARE(body->textCursor().position(), bodyCursor);
    body->undo();
    QCOMPARE(body->toPlainText(), spec.bodyText);
}

void tst_WindowMasker::modelViewsGetAProxy()
{
    QWidget window;
    auto *view = new QTableView(&window);
    (new QVBoxLayout(&window))->addWidget(view);
    QStandardItemModel model(3, 2);
    model.setHorizontalHeaderLabels({ u"Event"_s, u"Detail"_s });
    for (int r = 0; r < 3; ++r) {
        model.setItem(r, 0, new QStandardItem(u"row %1"_s.arg(r)));
        model.setItem(r, 1, new QStandardItem(r == 1 ? u"Location: /cb?sig=view4721secret"_s : u"-"_s));
    }
    view->setModel(&model);
    view->setColumnWidth(0, 177);
    view->setCurrentIndex(model.index(1, 1));
    QItemSelectionModel *selection = view->selectionModel();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    Redactor redactor;
    redactor.addUserMarked(u"view4721secret"_s);
    {
        const WindowMasker masker(&window, redactor);
        QVERIFY(view->model() != &model);
        QVERIFY(!view->model()->index(1, 1).data().toString().contains(u"view4721secret"_s));
        QCOMPARE(view->model()->index(1, 0).data().toString(), u"row 1"_s);
        QCOMPARE(view->columnWidth(0), 177);
        QCOMPARE(view->currentIndex().row(), 1);
        QVERIFY(model.item(1, 1)->text().contains(u"view4721secret"_s)); // the model itself is never edited
    }
    QCOMPARE(view->model(), &model);
    QCOMPARE(view->selectionModel(), selection);
    QCOMPARE(view->currentIndex(), model.index(1, 1));
    QCOMPARE(view->columnWidth(0), 177);
}

void tst_WindowMasker::treeViewsKeepExpansionAndSelection()
{
    QWidget window;
    auto *tree = new QTreeView(&window);
    (new QVBoxLayout(&window))->addWidget(tree);
    QStandardItemModel model;
    for (const QString &folder : { u"Users"_s, u"Admin"_s }) {
        auto *item = new QStandardItem(folder);
        item->appendRow(new QStandardItem(u"GET /token/tree4724secret"_s));
        item->appendRow(new QStandardItem(u"list"_s));
        model.appendRow(item);
    }
    tree->setModel(&model);
    tree->expand(model.index(1, 0));
    tree->setCurrentIndex(model.index(0, 0, model.index(1, 0)));
    QItemSelectionModel *selection = tree->selectionModel();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy currentChanged(selection, &QItemSelectionModel::currentChanged);
    QSignalSpy selectionChanged(selection, &QItemSelectionModel::selectionChanged);

    Redactor redactor;
    redactor.addUserMarked(u"tree4724secret"_s);
    QImage masked;
    {
        const WindowMasker masker(&window, redactor);
        QVERIFY(!widgetTexts(&window).join(u'\n').contains(u"tree4724secret"_s));
        QVERIFY(tree->isExpanded(tree->model()->index(1, 0)));
        QVERIFY(!tree->isExpanded(tree->model()->index(0, 0)));
        QCOMPARE(tree->currentIndex().parent().row(), 1);
        masked = masker.grab().toImage();
    }
    QCOMPARE(tree->model(), &model);
    QCOMPARE(tree->selectionModel(), selection);
    QVERIFY(tree->isExpanded(model.index(1, 0)));
    QVERIFY(!tree->isExpanded(model.index(0, 0)));
    QCOMPARE(tree->currentIndex(), model.index(0, 0, model.index(1, 0)));
    QCOMPARE(currentChanged.count(), 0); // whoever follows the selection (the request editor) saw nothing
    QCOMPARE(selectionChanged.count(), 0);
    QVERIFY(window.grab().toImage() != masked);
}

void tst_WindowMasker::passwordFieldsShowDots()
{
    QWidget window;
    auto *password = new QLineEdit(&window);
    password->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    password->setText(u"pw4722secret"_s);
    Redactor redactor;
    redactor.addUserMarked(u"pw4722secret"_s);
    {
        const WindowMasker masker(&window, redactor);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
    }
    QCOMPARE(password->echoMode(), QLineEdit::PasswordEchoOnEdit);
    QCOMPARE(password->text(), u"pw4722secret"_s);
}

void tst_WindowMasker::hexDumpGetsAMaskedCopy()
{
    MainWindow window;
    RequestSpec spec;
    spec.url = m_server.url(u"/anything"_s).toString();
    spec.headers = { { u"Authorization"_s, u"Bearer hex4723secret"_s } }; // echoed into the body
    const Redactor redactor = sendAndCollect(window, spec);
    auto *hex = window.findChild<Reqscope::HexView *>();
    QVERIFY(hex);
    const std::shared_ptr<Reqscope::ResponseBodyStore> body = hex->store();
    QVERIFY(body && body->readAll().contains("hex4723secret"));
    {
        const WindowMasker masker(&window, redactor);
        QVERIFY(hex->store() != body);
        QVERIFY(!hex->store()->readAll().contains("hex4723secret"));
        QVERIFY(hex->store()->readAll().contains(Redactor::mask().toLatin1()));
    }
    QCOMPARE(hex->store(), body);
}

QTEST_MAIN(tst_WindowMasker)
#include "tst_windowmasker.moc"
