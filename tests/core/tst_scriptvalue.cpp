// SPDX-License-Identifier: MIT
#include "scriptvalue.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::ScriptValue;

namespace {

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class tst_ScriptValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void string_data();
    void string();
    void bytes_data();
    void bytes();
    void variant_data();
    void variant();
};

void tst_ScriptValue::string_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");

    const QString limit(ScriptValue::InlineLimit, u'a');
    const QString over = limit + u'a';
    // 32,768 × "ü" is 65,536 UTF-8 bytes; one more character crosses the limit although only 32,769 chars.
    const QString umlauts(32768, QChar(0xFC));
    const QString overUmlauts = umlauts + QChar(0xFC);

    QTest::newRow("short") << u"OK"_s << R"("OK")"_ba;
    QTest::newRow("empty") << u""_s << R"("")"_ba;
    QTest::newRow("at-limit") << limit << '"' + limit.toLatin1() + '"';
    QTest::newRow("over-limit") << over << R"({"length":65537,"sha256":")" + sha256(over.toUtf8()) + "\"}";
    QTest::newRow("utf8-at-limit") << umlauts << '"' + umlauts.toUtf8() + '"';
    QTest::newRow("utf8-over-limit") << overUmlauts
                                     << R"({"length":32769,"sha256":")" + sha256(overUmlauts.toUtf8()) + "\"}";
}

void tst_ScriptValue::string()
{
    QFETCH(QString, text);
    QTEST(ScriptValue::string(text), "json");
}

void tst_ScriptValue::bytes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("json");

    const QByteArray limit(ScriptValue::InlineLimit, 'x');
    const QByteArray over = limit + 'x';
    QTest::newRow("abc")
        << "abc"_ba
        << R"({"size":3,"sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","base64":"YWJj"})"_ba;
    QTest::newRow("empty")
        << QByteArray()
        << R"({"size":0,"sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","base64":""})"_ba;
    QTest::newRow("binary") << "\x00\xFF"_ba
                            << R"({"size":2,"sha256":")" + sha256("\x00\xFF"_ba) + R"(","base64":"AP8="})";
    QTest::newRow("at-limit") << limit
                              << R"({"size":65536,"sha256":")" + sha256(limit) + R"(","base64":")" + limit.toBase64()
            + "\"}";
    QTest::newRow("over-limit") << over << R"({"size":65537,"sha256":")" + sha256(over) + "\"}";
}

void tst_ScriptValue::bytes()
{
    QFETCH(QByteArray, data);
    QTEST(ScriptValue::bytes(data), "json");
}

void tst_ScriptValue::variant_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("int") << QVariant(65001) << "65001"_ba;
    QTest::newRow("negative") << QVariant(-1) << "-1"_ba;
    QTest::newRow("qint64") << QVariant(qint64(4294967296)) << "4294967296"_ba;
    QTest::newRow("true") << QVariant(true) << "true"_ba;
    QTest::newRow("false") << QVariant(false) << "false"_ba;
    QTest::newRow("string") << QVariant(u"Mozilla/4.0"_s) << R"("Mozilla/4.0")"_ba;
    QTest::newRow("bytes") << QVariant("abc"_ba) << ScriptValue::bytes("abc"_ba);
    QTest::newRow("invalid") << QVariant() << "null"_ba;
}

void tst_ScriptValue::variant()
{
    QFETCH(QVariant, value);
    QTEST(ScriptValue::variant(value), "json");
}

QTEST_GUILESS_MAIN(tst_ScriptValue)
#include "tst_scriptvalue.moc"
