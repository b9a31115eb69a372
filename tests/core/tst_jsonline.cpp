// SPDX-License-Identifier: MIT
#include "jsonline.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::JsonLine;

class tst_JsonLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsInsertionOrder();
    void encode_data();
    void encode();
    void milliseconds_data();
    void milliseconds();
};

void tst_JsonLine::keepsInsertionOrder()
{
    JsonLine nested;
    nested.add("size"_L1, 3).add("base64"_L1, u"YWJj"_s);
    QVERIFY(!nested.isEmpty());
    JsonLine line;
    line.add("step"_L1, 0).add("call"_L1, u"Open"_s).add("ok"_L1, true).addRaw("t_ms"_L1, "1.5"_ba);
    line.add("value"_L1, nested);
    QCOMPARE(line.toJson(), R"({"step":0,"call":"Open","ok":true,"t_ms":1.5,"value":{"size":3,"base64":"YWJj"}})"_ba);
    QCOMPARE(JsonLine().toJson(), "{}"_ba);
    QVERIFY(JsonLine().isEmpty());
}

void tst_JsonLine::encode_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("int") << QJsonValue(200) << "200"_ba;
    QTest::newRow("negative") << QJsonValue(qint64(-2147012894)) << "-2147012894"_ba;
    QTest::newRow("true") << QJsonValue(true) << "true"_ba;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "null"_ba;
    QTest::newRow("string") << QJsonValue(u"a\"b\\c\n"_s) << R"("a\"b\\c\n")"_ba;
    QTest::newRow("control") << QJsonValue(QString(QChar(1))) << R"("\u0001")"_ba;
    QTest::newRow("non-ascii") << QJsonValue(u"ü€"_s) << "\"\xC3\xBC\xE2\x82\xAC\""_ba;
    QTest::newRow("empty") << QJsonValue(u""_s) << R"("")"_ba;
}

void tst_JsonLine::encode()
{
    QFETCH(QJsonValue, value);
    QTEST(JsonLine::encode(value), "json");
}

void tst_JsonLine::milliseconds_data()
{
    QTest::addColumn<double>("ms");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("zero") << 0.0 << "0.0"_ba;
    QTest::newRow("rounds") << 12.44 << "12.4"_ba;
    QTest::newRow("whole") << 30001.0 << "30001.0"_ba;
}

void tst_JsonLine::milliseconds()
{
    QFETCH(double, ms);
    QTEST(JsonLine::milliseconds(ms), "json");
}

QTEST_GUILESS_MAIN(tst_JsonLine)
#include "tst_jsonline.moc"
