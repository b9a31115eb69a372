// SPDX-License-Identifier: MIT
#include "keyvaluetable.h"
#include "mainwindow.h"
#include "reddishpixels.h"
#include "requesteditor.h"
#include "variablecelldelegate.h"
#include "variablecontext.h"

#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_VariableCellDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unresolved_data();
    void unresolved();
    void drawnRed_data();
    void drawnRed();
    void windowTablesUseIt();
};

void tst_VariableCellDelegate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_VariableCellDelegate::unresolved_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unresolved");
    QTest::addColumn<QString>("toolTip");
    QTest::newRow("plain") << u"application/json"_s << false << QString();
    QTest::newRow("resolved") << u"Bearer {{token}}"_s << false << u"secret"_s;
    QTest::newRow("unresolved") << u"{{nope}}"_s << true << u"{{nope}} is not defined"_s;
    QTest::newRow("mixed") << u"{{lang}}-{{nope}}"_s << true << u"{{lang}} = de\n{{nope}} is not defined"_s;
}

void tst_VariableCellDelegate::unresolved()
{
    QFETCH(QString, text);
    QFETCH(bool, unresolved);
    QFETCH(QString, toolTip);
    VariableContext context;
    context.setGlobals({ { u"token"_s, u"tok-987654"_s, true, true }, { u"lang"_s, u"de"_s } });
    QTableWidget table(1, 1);
    VariableCellDelegate delegate(&context, &table);
    QCOMPARE(delegate.hasUnresolved(text), unresolved);
    const QString tip = delegate.toolTip(text);
    QVERIFY2(tip.contains(toolTip), qPrintable(tip));
    QVERIFY(!tip.contains(u"tok-987654"_s));
}

void tst_VariableCellDelegate::drawnRed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("red");
    QTest::newRow("unresolved") << u"{{nope}} {{nope}} {{nope}}"_s << true;
    QTest::newRow("resolved") << u"{{lang}} {{lang}} {{lang}}"_s << false;
}

void tst_VariableCellDelegate::drawnRed()
{
    QFETCH(QString, text);
    QFETCH(bool, red);
    VariableContext context;
    context.setGlobals({ { u"lang"_s, u"de"_s } });
    QTableWidget table(1, 1);
    table.setItemDelegate(new VariableCellDelegate(&context, &table));
    table.setItem(0, 0, new QTableWidgetItem(text));
    table.setColumnWidth(0, 300);
    table.resize(340, 120);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    const int reddish = reddishPixels(table.viewport()->grab().toImage());
    QVERIFY2((reddish > 20) == red, qPrintable(QString::number(reddish)));
}

void tst_VariableCellDelegate::windowTablesUseIt()
{
    MainWindow window;
    for (KeyValueTable *table : { window.requestEditor()->paramsTable(), window.requestEditor()->headersTable() }) {
        QVERIFY(qobject_cast<VariableCellDelegate *>(table->table()->itemDelegateForColumn(1)));
        QVERIFY(qobject_cast<VariableCellDelegate *>(table->table()->itemDelegateForColumn(2)));
    }
}

QTEST_MAIN(tst_VariableCellDelegate)
#include "tst_variablecelldelegate.moc"
