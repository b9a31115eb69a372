// SPDX-License-Identifier: MIT
#include "collectionspanel.h"
#include "historypanel.h"
#include "sidebar.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_Sidebar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void collectionsComeFirst();
    void playgroundStates_data();
    void playgroundStates();
};

void tst_Sidebar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Sidebar::collectionsComeFirst()
{
    Sidebar sidebar;
    QCOMPARE(sidebar.sections()->count(), 2);
    QCOMPARE(sidebar.sections()->widget(0), sidebar.collections());
    QCOMPARE(sidebar.sections()->tabText(0), u"Collections"_s);
    QCOMPARE(sidebar.tree(), sidebar.collections()->view());
    QCOMPARE(sidebar.sections()->widget(1), sidebar.historyPanel());
    QCOMPARE(sidebar.sections()->tabText(1), u"History"_s);
    auto *more = new QLabel(u"more"_s);
    sidebar.addSection(more, u"More"_s);
    QCOMPARE(sidebar.sections()->count(), 3);
    QCOMPARE(sidebar.sections()->widget(2), more);
    QCOMPARE(more->parentWidget()->parentWidget(), sidebar.sections()); // owned through the tab widget
}

void tst_Sidebar::playgroundStates_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<bool>("chooses");
    QTest::newRow("running") << QUrl(u"http://127.0.0.1:9"_s) << true;
    QTest::newRow("not running") << QUrl() << false;
}

void tst_Sidebar::playgroundStates()
{
    QFETCH(QUrl, base);
    Sidebar sidebar;
    sidebar.setPlaygroundUrl(base);
    QSignalSpy activated(sidebar.collections(), &CollectionsPanel::requestActivated);
    QTEST(sidebar.choose(u"Get JSON"_s), "chooses");
    QCOMPARE(activated.count(), base.isEmpty() ? 0 : 1);
    const QModelIndex playground = sidebar.tree()->model()->index(0, 0);
    QCOMPARE(playground.data().toString(), u"Playground"_s);
    QVERIFY(sidebar.tree()->model()->rowCount(playground) > 0); // a "(not running)" row when it is down
}

QTEST_MAIN(tst_Sidebar)
#include "tst_sidebar.moc"
