// SPDX-License-Identifier: MIT
#include "optionstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::OptionStore;

class tst_OptionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_data();
    void defaults();
    void set_data();
    void set();
    void names();
};

void tst_OptionStore::defaults_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("0") << 0 << QVariant(u"Mozilla/4.0 (compatible; Win32; WinHttp.WinHttpRequest.5)"_s);
    QTest::newRow("2") << 2 << QVariant(65001);
    QTest::newRow("3") << 3 << QVariant(false);
    QTest::newRow("4") << 4 << QVariant(0);
    QTest::newRow("5") << 5 << QVariant(u""_s);
    QTest::newRow("6") << 6 << QVariant(true);
    QTest::newRow("7") << 7 << QVariant(false);
    QTest::newRow("8") << 8 << QVariant(false);
    QTest::newRow("9") << 9 << QVariant(0x2A80);
    QTest::newRow("10") << 10 << QVariant(false);
    QTest::newRow("11") << 11 << QVariant(true);
    QTest::newRow("12") << 12 << QVariant(false);
    QTest::newRow("13") << 13 << QVariant(false);
    QTest::newRow("14") << 14 << QVariant(10);
    QTest::newRow("15") << 15 << QVariant(65536);
    QTest::newRow("16") << 16 << QVariant(1048576);
    QTest::newRow("17") << 17 << QVariant(true);
    QTest::newRow("18") << 18 << QVariant(false);
    QTest::newRow("19") << 19 << QVariant(false);
    QTest::newRow("1000") << 1000 << QVariant(1);
    QTest::newRow("1001") << 1001 << QVariant(u""_s);
    QTest::newRow("1002") << 1002 << QVariant(u""_s);
}

void tst_OptionStore::defaults()
{
    QFETCH(int, id);
    QFETCH(QVariant, value);
    OptionStore options;
    QVariant out;
    QCOMPARE(options.get(id, out).code(), HResult::Ok);
    QCOMPARE(out, value);
    QCOMPARE(out.typeId(), value.typeId());
}

void tst_OptionStore::set_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QVariant>("readBack");

    const QVariant cp = 65001;
    QTest::newRow("code page number kept as given") << 2 << QVariant(1252) << true << QVariant(1252);
    QTest::newRow("code page utf-8") << 2 << QVariant(u"utf-8"_s) << true << cp;
    QTest::newRow("code page UTF-8 upper") << 2 << QVariant(u"UTF-8"_s) << true << cp;
    QTest::newRow("code page windows-1251") << 2 << QVariant(u"windows-1251"_s) << true << QVariant(1251);
    QTest::newRow("code page cp437") << 2 << QVariant(u"CP437"_s) << true << QVariant(437);
    QTest::newRow("code page iso-8859-2") << 2 << QVariant(u"iso-8859-2"_s) << true << QVariant(28592);
    QTest::newRow("code page us-ascii") << 2 << QVariant(u"us-ascii"_s) << true << QVariant(20127);
    QTest::newRow("code page latin1 name") << 2 << QVariant(u"latin1"_s) << false << cp;
    QTest::newRow("code page digits as text") << 2 << QVariant(u"1252"_s) << false << cp;
    QTest::newRow("code page null string") << 2 << QVariant(QString()) << false << cp;
    QTest::newRow("code page bool") << 2 << QVariant(true) << false << cp;
    QTest::newRow("bool from int 0") << 6 << QVariant(0) << true << QVariant(false);
    QTest::newRow("bool from longlong") << 10 << QVariant(qlonglong(2)) << true << QVariant(true);
    QTest::newRow("bool from double 1.0") << 12 << QVariant(1.0) << true << QVariant(true);
    QTest::newRow("bool negative") << 6 << QVariant(-1) << false << QVariant(true);
    QTest::newRow("bool from string") << 6 << QVariant(u"true"_s) << false << QVariant(true);
    QTest::newRow("int negative") << 4 << QVariant(-5) << false << QVariant(0);
    QTest::newRow("int flags") << 4 << QVariant(0x3300) << true << QVariant(0x3300);
    QTest::newRow("int too large") << 14 << QVariant(qlonglong(1) << 40) << false << QVariant(10);
    QTest::newRow("int from uint") << 16 << QVariant(5u) << true << QVariant(5);
    QTest::newRow("int from string") << 14 << QVariant(u"3"_s) << false << QVariant(10);
    QTest::newRow("max redirects zero") << 14 << QVariant(0) << true << QVariant(0);
    QTest::newRow("header size zero") << 15 << QVariant(0) << false << QVariant(65536);
    QTest::newRow("header size one") << 15 << QVariant(1) << true << QVariant(1);
    QTest::newRow("retention 0") << 1000 << QVariant(0) << true << QVariant(0);
    QTest::newRow("retention 2") << 1000 << QVariant(2) << false << QVariant(1);
    QTest::newRow("secure protocols 0 accepted") << 9 << QVariant(0) << true << QVariant(0);
    QTest::newRow("string option from int") << 1001 << QVariant(1) << false << QVariant(u""_s);
    QTest::newRow("string option") << 1001 << QVariant(u"/tmp/ca.pem"_s) << true << QVariant(u"/tmp/ca.pem"_s);
    QTest::newRow("string option byte array") << 5 << QVariant("x"_ba) << false << QVariant(u""_s);
    QTest::newRow("user agent empty restores default")
        << 0 << QVariant(u""_s) << true << QVariant(OptionStore::defaultUserAgent);
    QTest::newRow("password never read back") << 1002 << QVariant(u"pw"_s) << true << QVariant(u"********"_s);
    QTest::newRow("option 1 is not stored here") << 1 << QVariant(u"http://x/"_s) << false << QVariant();
    QTest::newRow("unknown id") << 20 << QVariant(1) << false << QVariant();
}

void tst_OptionStore::set()
{
    QFETCH(int, id);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    QFETCH(QVariant, readBack);

    OptionStore options;
    QCOMPARE(options.set(id, value).code(), accepted ? HResult::Ok : HResult::InvalidArg);
    QVariant out;
    QCOMPARE(options.get(id, out).code(), readBack.isValid() ? HResult::Ok : HResult::InvalidArg);
    QCOMPARE(out, readBack);
    QCOMPARE(out.typeId(), readBack.typeId());
}

void tst_OptionStore::names()
{
    for (const int id : { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 1000, 1001, 1002 }) {
        const QString name = OptionStore::nameOf(id);
        QVERIFY(!name.isEmpty());
        QCOMPARE(OptionStore::idOf(name).value_or(-1), id);
        QCOMPARE(OptionStore::idOf(name.toUpper()).value_or(-1), id);
        QCOMPARE(OptionStore::idOf(u"WinHttpRequestOption_"_s + name).value_or(-1), id);
    }
    QVERIFY(OptionStore::nameOf(20).isEmpty());
    QVERIFY(!OptionStore::idOf(u"Nope"_s));
    QVERIFY(!OptionStore::isKnown(1));
    QVERIFY(OptionStore::isKnown(1002));
}

QTEST_GUILESS_MAIN(tst_OptionStore)
#include "tst_optionstore.moc"
