// SPDX-License-Identifier: MIT
#include "collectionmodel.h"
#include "collectionspanel.h"
#include "collectionstore.h"
#include "directorysnapshot.h"
#include "mainwindow.h"
#include "requestbar.h"
#include "requestdocument.h"
#include "saveasdialog.h"
#include "sidebar.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Reqscope;

Q_DECLARE_METATYPE(Reqscope::RequestSpec)

namespace {

RequestSpec simple(const QString &name, const QString &url)
{
    RequestSpec spec;
    spec.name = name;
    spec.url = url;
    return spec;
}

} // namespace

class tst_RequestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveUnchangedIsByteIdentical_data();
    void saveUnchangedIsByteIdentical();
    void markerAppearsAndDisappears();
    void switchingAsks_data();
    void switchingAsks();
    void closingAsks();
    void closingTheCollectionAsks();
    void playgroundSaveIsSaveAs();
    void deletedRequestBecomesScratch();
    void reopensAttachedAfterRestart();
    void credentialHeadersStayOutOfTheFile();

private:
    QModelIndex open(const QString &path);
    void typeInUrl(const QString &text);
    QMessageBox *question() const;

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_dir;
    std::unique_ptr<MainWindow> m_window;
    CollectionModel *m_model = nullptr;
};

void tst_RequestDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_RequestDocument::init()
{
    QSettings().clear();
    m_temp = std::make_unique<QTemporaryDir>();
    m_dir = m_temp->filePath(u"api"_s);
    Collection c;
    c.name = u"API"_s;
    c.items = { CollectionItem::fromRequest(simple(u"One"_s, u"http://127.0.0.1:1/one"_s)),
        CollectionItem::fromRequest(simple(u"Two"_s, u"http://127.0.0.1:1/two"_s)) };
    QVERIFY(CollectionStore::save(c, m_dir).ok());
    m_window = std::make_unique<MainWindow>();
    m_window->setPlaygroundUrl(QUrl(u"http://127.0.0.1:9"_s));
    m_window->show();
    CollectionsPanel *panel = m_window->sidebar()->collections();
    m_model = panel->model();
    QSignalSpy loaded(panel, &CollectionsPanel::loaded);
    panel->openCollection(m_dir);
    QVERIFY(loaded.wait());
}

void tst_RequestDocument::cleanup()
{
    if (QMessageBox *box = question())
        box->button(QMessageBox::Discard)->click();
    m_window.reset();
}

QModelIndex tst_RequestDocument::open(const QString &path)
{
    const QModelIndex index = m_model->indexForPath(m_dir, path);
    m_window->document()->open(index);
    return index;
}

void tst_RequestDocument::typeInUrl(const QString &text)
{
    QLineEdit *url = m_window->requestBar()->urlField();
    url->setFocus();
    url->end(false);
    QTest::keyClicks(url, text);
}

QMessageBox *tst_RequestDocument::question() const
{
    return m_window ? m_window->document()->question() : nullptr;
}

void tst_RequestDocument::saveUnchangedIsByteIdentical_data()
{
    QTest::addColumn<RequestSpec>("spec");

    QTest::newRow("plain GET") << simple(u"Plain"_s, u"http://127.0.0.1:1/get?a=1&b=two"_s);
    RequestSpec json = simple(u"Json"_s, u"http://127.0.0.1:1/post"_s);
    json.method = u"POST"_s;
    json.bodyKind = RequestSpec::BodyKind::Json;
    json.bodyText = u"{\"id\": 1}"_s;
    json.headers = { { u"X-Trace"_s, u"1"_s }, { u"X-Off"_s, u"no"_s, false } };
    QTest::newRow("JSON body and a disabled header") << json;
    RequestSpec form = simple(u"Form"_s, u"http://127.0.0.1:1/form"_s);
    form.method = u"PUT"_s;
    form.bodyKind = RequestSpec::BodyKind::FormUrlEncoded;
    form.formFields = { { u"a"_s, u"1"_s }, { u"b"_s, u"2"_s, false } };
    QTest::newRow("form fields") << form;
    RequestSpec auth = simple(u"Auth"_s, u"http://127.0.0.1:1/basic"_s);
    auth.authKind = RequestSpec::AuthKind::Basic;
    auth.authUser = u"user"_s;
    auth.authPassword = u"passwd"_s;
    auth.connectTimeoutMs = 5000;
    QTest::newRow("basic auth, a timeout") << auth;
    RequestSpec bearer = simple(u"Bearer"_s, u"{{base}}/me"_s);
    bearer.authKind = RequestSpec::AuthKind::Bearer;
    bearer.bearerToken = u"{{token}}"_s;
    QTest::newRow("variables") << bearer;
}

void tst_RequestDocument::saveUnchangedIsByteIdentical()
{
    QFETCH(RequestSpec, spec);
    const QModelIndex added = m_model->addItem(m_model->collectionIndex(m_dir), -1, CollectionItem::fromRequest(spec));
    QVERIFY(added.isValid());
    const DirectorySnapshot before = directorySnapshot(m_dir);
    m_window->document()->open(added);
    QCOMPARE(m_window->document()->item(), added);
    QVERIFY(!m_window->document()->isModified());
    QVERIFY(m_window->document()->save());
    QCOMPARE(directorySnapshot(m_dir), before);
}

void tst_RequestDocument::markerAppearsAndDisappears()
{
    const QModelIndex one = open(u"one"_s);
    QVERIFY(m_window->windowTitle().contains(u"One — API"_s));
    QVERIFY(m_window->windowTitle().contains(u"[*]"_s));
    QVERIFY(!m_window->isWindowModified());

    typeInUrl(u"/x"_s);
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(one.data().toString(), u"One •"_s);
    QVERIFY(one.data(CollectionModel::ModifiedRole).toBool());

    // Typing it back to what is saved is not a change.
    QTest::keyClick(m_window->requestBar()->urlField(), Qt::Key_Backspace);
    QTest::keyClick(m_window->requestBar()->urlField(), Qt::Key_Backspace);
    QVERIFY(!m_window->document()->isModified());
    QCOMPARE(one.data().toString(), u"One"_s);

    typeInUrl(u"/x"_s);
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->document()->save());
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(one.data().toString(), u"One"_s);
    QFile file(m_dir + u"/one.request.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("http://127.0.0.1:1/one/x"));
}

void tst_RequestDocument::switchingAsks_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("shown"); // the request in the editor afterwards
    QTest::addColumn<bool>("written"); // the edit reached one.request.json

    QTest::newRow("save") << int(QMessageBox::Save) << u"Two"_s << true;
    QTest::newRow("discard") << int(QMessageBox::Discard) << u"Two"_s << false;
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << u"One"_s << false;
}

void tst_RequestDocument::switchingAsks()
{
    QFETCH(int, answer);
    QFETCH(QString, shown);
    QFETCH(bool, written);

    const QModelIndex one = open(u"one"_s);
    typeInUrl(u"/edited"_s);
    open(u"two"_s);
    QTRY_VERIFY(question());
    QCOMPARE(m_window->document()->item(), one); // nothing switches before the answer
    question()->button(QMessageBox::StandardButton(answer))->click();
    QTRY_VERIFY(!question());
    QCOMPARE(m_window->document()->item().data(Qt::EditRole).toString(), shown);
    QCOMPARE(m_window->requestBar()->url().endsWith(u"/edited"_s), shown == u"One"_s);
    QCOMPARE(one.data().toString(), shown == u"One"_s ? u"One •"_s : u"One"_s);
    QFile file(m_dir + u"/one.request.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().contains("/one/edited"), written);
}

void tst_RequestDocument::closingAsks()
{
    open(u"one"_s);
    typeInUrl(u"/edited"_s);
    QVERIFY(!m_window->close());
    QTRY_VERIFY(question());
    question()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!question());
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->document()->isModified());

    m_window->close();
    QTRY_VERIFY(question());
    question()->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!m_window->isVisible());
}

void tst_RequestDocument::closingTheCollectionAsks()
{
    open(u"one"_s);
    typeInUrl(u"/edited"_s);
    CollectionsPanel *panel = m_window->sidebar()->collections();
    panel->setCurrentIndex(m_model->collectionIndex(m_dir));
    panel->action(CollectionsPanel::Action::CloseCollection)->trigger();
    QTRY_VERIFY(question());
    question()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!question());
    QVERIFY(m_model->collectionIndex(m_dir).isValid()); // still open

    panel->setCurrentIndex(m_model->collectionIndex(m_dir));
    panel->action(CollectionsPanel::Action::CloseCollection)->trigger();
    QTRY_VERIFY(question());
    question()->button(QMessageBox::Save)->click();
    QTRY_VERIFY(!m_model->collectionIndex(m_dir).isValid());
    QFile file(m_dir + u"/one.request.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("/one/edited"));
}

void tst_RequestDocument::playgroundSaveIsSaveAs()
{
    QVERIFY(m_window->sidebar()->choose(u"Get JSON"_s));
    QVERIFY(!m_window->document()->item().isValid()); // a template, not attached
    typeInUrl(u"&more=1"_s);
    QVERIFY(!m_window->document()->isModified()); // scratch edits are not "unsaved changes"
    QVERIFY(!m_window->document()->save());
    SaveAsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SaveAsDialog *>()));
    QCOMPARE(dialog->placeCount(), 1); // the API collection; the Playground is not offered
    dialog->reject();

    QVERIFY(m_window->document()->saveAs(m_model->collectionIndex(m_dir), u"Kept JSON"_s));
    QVERIFY(m_window->document()->item().isValid());
    QFile file(m_dir + u"/kept-json.request.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("more=1"));
    QVERIFY(bytes.contains("\"name\": \"Kept JSON\""));
    QVERIFY(m_window->windowTitle().contains(u"Kept JSON — API"_s));
}

void tst_RequestDocument::deletedRequestBecomesScratch()
{
    const QModelIndex one = open(u"one"_s);
    typeInUrl(u"/edited"_s);
    QVERIFY(m_model->removeItem(one));
    QVERIFY(!m_window->document()->item().isValid());
    QVERIFY(!m_window->document()->isModified());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->requestBar()->url().endsWith(u"/edited"_s)); // the editor keeps what was typed
}

void tst_RequestDocument::reopensAttachedAfterRestart()
{
    const QModelIndex two = open(u"two"_s);
    m_window->sidebar()->collections()->setCurrentIndex(two);
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>(); // reads what the closed one saved
    m_model = m_window->sidebar()->collections()->model();
    QTRY_VERIFY(m_window->document()->item().isValid());
    QCOMPARE(m_window->document()->item().data(Qt::EditRole).toString(), u"Two"_s);
    QCOMPARE(m_window->requestBar()->url(), u"http://127.0.0.1:1/two"_s);
    QCOMPARE(m_window->sidebar()->collections()->currentIndex(), m_window->document()->item());
}

void tst_RequestDocument::credentialHeadersStayOutOfTheFile()
{
    open(u"one"_s);
    RequestSpec spec = m_window->currentSpec();
    spec.headers.append({ u"Authorization"_s, u"Bearer planted-c0ffee"_s });
    spec.headers.append({ u"X-Api-Key"_s, u"planted-k3y"_s });
    m_window->loadSpec(spec); // as if typed into the Headers table
    m_window->document()->checkModified();
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->document()->save());
    const DirectorySnapshot files = directorySnapshot(m_dir);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(!it.value().contains("planted"), qPrintable(it.key()));
    // The values live in the SecretStore and come back with the collection.
    const CollectionStore::LoadResult again
        = CollectionStore::load(m_dir, m_window->sidebar()->collections()->secrets());
    const QList<KeyValue> headers = again.collection.find(u"one"_s)->request.headers;
    QVERIFY(headers.contains(KeyValue { u"Authorization"_s, u"Bearer planted-c0ffee"_s }));
    QVERIFY(headers.contains(KeyValue { u"X-Api-Key"_s, u"planted-k3y"_s }));
}

QTEST_MAIN(tst_RequestDocument)
#include "tst_requestdocument.moc"
