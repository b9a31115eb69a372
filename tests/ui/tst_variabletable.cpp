// SPDX-License-Identifier: MIT
#include "variabletable.h"

#include <QAbstractItemDelegate>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_VariableTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void secretValuesAreMasked_data();
    void secretValuesAreMasked();
};

void tst_VariableTable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_VariableTable::roundTrip_data()
{
    QTest::addColumn<VariableList>("in");
    QTest::addColumn<VariableList>("out");
    const Variable plain { u"base"_s, u"http://x"_s };
    const Variable secret { u"token"_s, u"s3"_s, true, true };
    const Variable disabled { u"old"_s, u"1"_s, false, false };
    QTest::newRow("empty") << VariableList() << VariableList();
    QTest::newRow("all kinds") << VariableList { plain, secret, disabled } << VariableList { plain, secret, disabled };
    QTest::newRow("nameless dropped") << VariableList { Variable { u" "_s, u"v"_s }, plain } << VariableList { plain };
}

void tst_VariableTable::roundTrip()
{
    QFETCH(VariableList, in);
    QFETCH(VariableList, out);
    VariableTable table;
    table.setVariables(in);
    QCOMPARE(table.table()->rowCount(), in.size());
    QCOMPARE(table.variables(), out);
}

void tst_VariableTable::secretValuesAreMasked_data()
{
    QTest::addColumn<bool>("secret");
    QTest::newRow("secret") << true;
    QTest::newRow("plain") << false;
}

void tst_VariableTable::secretValuesAreMasked()
{
    QFETCH(bool, secret);
    VariableTable table;
    table.setVariables({ { u"token"_s, u"visible-or-not"_s, secret, true } });
    table.resize(500, 200);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    const QModelIndex value = table.table()->model()->index(0, VariableTable::ValueColumn);
    QAbstractItemDelegate *delegate = table.table()->itemDelegateForIndex(value);
    std::unique_ptr<QWidget> editor(delegate->createEditor(table.table()->viewport(), QStyleOptionViewItem(), value));
    auto *line = qobject_cast<QLineEdit *>(editor.get());
    QVERIFY(line);
    QCOMPARE(line->echoMode(), secret ? QLineEdit::Password : QLineEdit::Normal);
}

QTEST_MAIN(tst_VariableTable)
#include "tst_variabletable.moc"
