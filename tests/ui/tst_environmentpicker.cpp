// SPDX-License-Identifier: MIT
#include "collectionmodel.h"
#include "collectionspanel.h"
#include "collectionstore.h"
#include "environmenteditor.h"
#include "environmentpicker.h"
#include "mainwindow.h"
#include "playgroundrequest.h"
#include "playgroundresponder.h"
#include "playgroundserver.h"
#include "requestbar.h"
#include "requestdocument.h"
#include "requestrunner.h"
#include "secretstore.h"
#include "sidebar.h"
#include "variablecontext.h"

#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_EnvironmentPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void disabledWithoutCollection();
    void offersTheCollectionsEnvironments();
    void pickedEnvironmentChangesTheSentUrl_data();
    void pickedEnvironmentChangesTheSentUrl();
    void choiceIsRemembered();
    void editButtonOpensTheEditor();
    void openedCollectionRequestBringsItsEnvironments();

private:
    PlaygroundServer m_server;
    QByteArray m_lastTarget;
};

namespace {
Collection shop()
{
    Collection c;
    c.name = u"Shop"_s;
    RequestSpec get;
    get.name = u"Orders"_s;
    get.url = u"{{playground}}{{prefix}}/orders"_s;
    c.items.append(CollectionItem::fromRequest(get, u"orders"_s));
    Environment local;
    local.name = u"Local"_s;
    local.variables.append({ u"prefix"_s, u"/anything/local"_s });
    Environment other;
    other.name = u"Other"_s;
    other.variables.append({ u"prefix"_s, u"/anything/other"_s });
    c.environments = { local, other };
    return c;
}
} // namespace

void tst_EnvironmentPicker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    m_server.setHandler([this](const PlaygroundRequest &request, PlaygroundResponder &) {
        m_lastTarget = request.target; // then the built-in endpoint answers
        return false;
    });
}

void tst_EnvironmentPicker::init()
{
    QSettings().clear();
    m_lastTarget.clear();
}

void tst_EnvironmentPicker::disabledWithoutCollection()
{
    VariableContext context;
    EnvironmentPicker picker(&context);
    QVERIFY(!picker.combo()->isEnabled());
    QVERIFY(!picker.editButton()->isEnabled());
    QVERIFY(picker.combo()->toolTip().contains(u"Open a collection"_s));
    QCOMPARE(picker.combo()->count(), 1);
    QVERIFY(!picker.openEditor());
    context.setCollection(shop(), QString());
    QVERIFY(picker.combo()->isEnabled());
    context.clearCollection();
    QVERIFY(!picker.combo()->isEnabled());
}

void tst_EnvironmentPicker::offersTheCollectionsEnvironments()
{
    VariableContext context;
    EnvironmentPicker picker(&context);
    context.setCollection(shop(), QString());
    QCOMPARE(picker.combo()->count(), 3);
    QCOMPARE(picker.combo()->itemText(0), u"No environment"_s);
    QCOMPARE(picker.combo()->itemText(2), u"Other"_s);
    QSignalSpy changed(&context, &VariableContext::changed);
    picker.combo()->setCurrentIndex(2);
    QCOMPARE(context.environment(), u"Other"_s);
    QCOMPARE(changed.count(), 1);
    picker.combo()->setCurrentIndex(0);
    QCOMPARE(context.environment(), QString());
    context.setEnvironment(u"Local"_s); // picked elsewhere: the combo follows
    QCOMPARE(picker.combo()->currentText(), u"Local"_s);
}

void tst_EnvironmentPicker::pickedEnvironmentChangesTheSentUrl_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("collectionPrefix"); // a collection variable beats the environment
    QTest::addColumn<QByteArray>("target"); // empty: unresolved, so no valid URL
    QTest::addColumn<QString>("message"); // in the status bar afterwards

    QTest::newRow("local") << u"Local"_s << QString() << "/anything/local/orders"_ba << QString();
    QTest::newRow("other") << u"Other"_s << QString() << "/anything/other/orders"_ba << QString();
    QTest::newRow("collection wins") << u"Other"_s << u"/anything/mine"_s << "/anything/mine/orders"_ba << QString();
    QTest::newRow("no environment") << u"No environment"_s << QString() << QByteArray()
                                    << u"Sent with unresolved variables: {{prefix}} (url)"_s;
}

void tst_EnvironmentPicker::pickedEnvironmentChangesTheSentUrl()
{
    QFETCH(QString, environment);
    QFETCH(QString, collectionPrefix);
    QFETCH(QByteArray, target);
    QFETCH(QString, message);
    MainWindow window;
    window.setPlaygroundUrl(m_server.url());
    Collection c = shop();
    if (!collectionPrefix.isEmpty())
        c.variables.append({ u"prefix"_s, collectionPrefix });
    window.variables()->setCollection(c, QString());
    window.variables()->setRequestPath(u"orders"_s);
    window.loadSpec(c.items.constFirst().request);
    QComboBox *combo = window.environmentPicker()->combo();
    combo->setCurrentIndex(combo->findText(environment));

    QSignalSpy finished(window.runner(), &RequestRunner::finished);
    window.send();
    if (finished.isEmpty())
        QVERIFY(finished.wait(20000));
    QCOMPARE(window.statusBar()->currentMessage(), message);
    QCOMPARE(m_lastTarget, target);
    if (target.isEmpty())
        return;
    QCOMPARE(window.runner()->status(), 200);
    QCOMPARE(window.lastSentSpec().url, m_server.url(QString::fromLatin1(target)).toString());
    QCOMPARE(window.requestBar()->url(), u"{{playground}}{{prefix}}/orders"_s); // the editor keeps the names
}

void tst_EnvironmentPicker::choiceIsRemembered()
{
    VariableContext context;
    {
        EnvironmentPicker picker(&context);
        context.setCollection(shop(), u"/tmp/shop"_s);
        picker.combo()->setCurrentIndex(2);
    }
    VariableContext later;
    EnvironmentPicker picker(&later);
    later.setCollection(shop(), u"/tmp/shop"_s);
    QCOMPARE(later.environment(), u"Other"_s);
    QCOMPARE(picker.combo()->currentText(), u"Other"_s);
    VariableContext elsewhere;
    EnvironmentPicker another(&elsewhere);
    elsewhere.setCollection(shop(), u"/tmp/another"_s);
    QCOMPARE(elsewhere.environment(), QString());
}

void tst_EnvironmentPicker::editButtonOpensTheEditor()
{
    VariableContext context;
    EnvironmentPicker picker(&context);
    context.setCollection(shop(), QString());
    picker.show();
    picker.editButton()->click();
    auto *editor = picker.findChild<EnvironmentEditor *>();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    editor->addEnvironment(u"Third"_s);
    QVERIFY(editor->save());
    editor->accept();
    QCOMPARE(picker.combo()->count(), 4); // refilled from the edited environments
}

void tst_EnvironmentPicker::openedCollectionRequestBringsItsEnvironments()
{
    QTemporaryDir dir;
    const QString collectionDir = dir.filePath(u"shop"_s);
    Collection c = shop();
    SecretStore secrets(dir.filePath(u"secrets.json"_s));
    QVERIFY(CollectionStore::save(c, collectionDir, &secrets).ok());
    MainWindow window;
    window.setPlaygroundUrl(m_server.url());
    CollectionsPanel *panel = window.sidebar()->collections();
    QSignalSpy loaded(panel, &CollectionsPanel::loaded);
    panel->openCollection(collectionDir);
    QVERIFY(loaded.wait());
    QVERIFY(!window.environmentPicker()->combo()->isEnabled()); // nothing of it open yet

    const QModelIndex orders = panel->model()->indexForPath(collectionDir, u"orders"_s);
    QVERIFY(orders.isValid());
    window.document()->open(orders);
    VariableContext *context = window.variables();
    QVERIFY(context->hasCollection());
    QCOMPARE(QDir(context->directory()).canonicalPath(), QDir(collectionDir).canonicalPath());
    QCOMPARE(context->requestPath(), u"orders"_s);
    QComboBox *combo = window.environmentPicker()->combo();
    QVERIFY(combo->isEnabled());
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(combo->findText(u"Local"_s));
    QSignalSpy finished(window.runner(), &RequestRunner::finished);
    window.send();
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_lastTarget, "/anything/local/orders"_ba);

    // Environments saved by the editor survive opening the request again (the tree's copy is older).
    Environment third;
    third.name = u"Third"_s;
    context->setEnvironments(context->collection().environments + QList<Environment> { third });
    window.document()->openScratch(RequestSpec());
    window.document()->open(orders);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(context->environment(), u"Local"_s);
}

QTEST_MAIN(tst_EnvironmentPicker)
#include "tst_environmentpicker.moc"
