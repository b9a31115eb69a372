// SPDX-License-Identifier: MIT
#include "urlparams.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::KeyValue;

class tst_UrlParams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void withParams_data();
    void withParams();
    void mergeKeepsDisabledRows();
    void roundTrip();
};

void tst_UrlParams::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("pairs"); // "name=value"

    QTest::newRow("none") << u"http://h/p"_s << QStringList();
    QTest::newRow("two") << u"http://h/p?a=1&b=2"_s << QStringList { u"a=1"_s, u"b=2"_s };
    QTest::newRow("decoded") << u"http://h/?q=x%20y+z"_s << QStringList { u"q=x y z"_s };
    QTest::newRow("no-value") << u"http://h/?flag"_s << QStringList { u"flag="_s };
    QTest::newRow("fragment") << u"http://h/?a=1#frag"_s << QStringList { u"a=1"_s };
    QTest::newRow("empty-parts") << u"http://h/?&a=1&&"_s << QStringList { u"a=1"_s };
    QTest::newRow("template") << u"{{base}}/x?id={{id}}"_s << QStringList { u"id={{id}}"_s };
}

void tst_UrlParams::parse()
{
    QFETCH(QString, url);
    QFETCH(QStringList, pairs);
    QStringList actual;
    for (const KeyValue &p : Reqscope::UrlParams::parse(url))
        actual << p.name + u'=' + p.value;
    QCOMPARE(actual, pairs);
}

void tst_UrlParams::withParams_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("expected");

    QTest::newRow("replace") << u"http://h/p?old=1"_s << u"a"_s << u"b"_s << true << u"http://h/p?a=b"_s;
    QTest::newRow("encode") << u"http://h/p"_s << u"a b"_s << u"x&y=z"_s << true << u"http://h/p?a%20b=x%26y%3Dz"_s;
    QTest::newRow("disabled") << u"http://h/p?a=1"_s << u"a"_s << u"1"_s << false << u"http://h/p"_s;
    QTest::newRow("keeps-fragment") << u"http://h/p#top"_s << u"a"_s << u"1"_s << true << u"http://h/p?a=1#top"_s;
    QTest::newRow("keeps-template") << u"{{base}}/p"_s << u"id"_s << u"{{id}}"_s << true << u"{{base}}/p?id={{id}}"_s;
}

void tst_UrlParams::withParams()
{
    QFETCH(QString, url);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(bool, enabled);
    QTEST(Reqscope::UrlParams::withParams(url, { { name, value, enabled } }), "expected");
}

void tst_UrlParams::mergeKeepsDisabledRows()
{
    const QList<KeyValue> previous = { { u"a"_s, u"1"_s }, { u"off"_s, u"x"_s, false } };
    const QList<KeyValue> merged = Reqscope::UrlParams::merge(u"http://h/?a=2&c=3"_s, previous);
    QCOMPARE(merged.size(), 3);
    QCOMPARE(merged.at(0).value, u"2"_s);
    QCOMPARE(merged.at(1).name, u"c"_s);
    QCOMPARE(merged.at(2).name, u"off"_s);
    QVERIFY(!merged.at(2).enabled);
}

void tst_UrlParams::roundTrip()
{
    const QString url = u"http://h/p?q=a%20b&x=%26"_s;
    QCOMPARE(Reqscope::UrlParams::withParams(url, Reqscope::UrlParams::parse(url)), url);
}

QTEST_GUILESS_MAIN(tst_UrlParams)
#include "tst_urlparams.moc"
