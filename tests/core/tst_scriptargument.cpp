// SPDX-License-Identifier: MIT
#include "scriptargument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::ScriptArgument;

Q_DECLARE_METATYPE(ScriptArgument::Kind)

namespace {

/// "missing" stands for an argument left out of args; anything else is one JSON value.
QJsonValue jsonValue(const QByteArray &text)
{
    if (text == "missing")
        return QJsonValue(QJsonValue::Undefined);
    return QJsonDocument::fromJson('[' + text + ']').array().at(0);
}

} // namespace

class tst_ScriptArgument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convert_data();
    void convert();
};

void tst_ScriptArgument::convert_data()
{
    QTest::addColumn<ScriptArgument::Kind>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QVariant>("expected"); // invalid with a message: an input error
    QTest::addColumn<QString>("message");

    const auto S = ScriptArgument::String;
    QTest::newRow("string") << S << R"("GET")"_ba << QVariant(u"GET"_s) << QString();
    QTest::newRow("string-empty") << S << R"("")"_ba << QVariant(u""_s) << QString();
    QTest::newRow("string-null") << S << "null"_ba << QVariant(QString()) << QString();
    QTest::newRow("string-missing") << S << "missing"_ba << QVariant(QString()) << QString();
    QTest::newRow("string-number") << S << "1"_ba << QVariant() << u"expected a string or null"_s;
    QTest::newRow("string-bool") << S << "true"_ba << QVariant() << u"expected a string or null"_s;

    const auto L = ScriptArgument::Long;
    QTest::newRow("long") << L << "30000"_ba << QVariant(30000) << QString();
    QTest::newRow("long-negative") << L << "-2"_ba << QVariant(-2) << QString();
    QTest::newRow("long-missing") << L << "missing"_ba << QVariant(-1) << QString();
    QTest::newRow("long-fraction") << L << "1.5"_ba << QVariant() << u"expected an integer"_s;
    QTest::newRow("long-too-big") << L << "4294967296"_ba << QVariant() << u"expected an integer"_s;
    QTest::newRow("long-null") << L << "null"_ba << QVariant() << u"expected an integer"_s;
    QTest::newRow("long-string") << L << R"("5")"_ba << QVariant() << u"expected an integer"_s;

    const auto A = ScriptArgument::Async;
    QTest::newRow("async-true") << A << "true"_ba << QVariant(true) << QString();
    QTest::newRow("async-false") << A << "false"_ba << QVariant(false) << QString();
    QTest::newRow("async-missing") << A << "missing"_ba << QVariant(false) << QString();
    QTest::newRow("async-null") << A << "null"_ba << QVariant(false) << QString();
    QTest::newRow("async-zero") << A << "0"_ba << QVariant(false) << QString();
    QTest::newRow("async-minus-one") << A << "-1"_ba << QVariant(true) << QString();
    QTest::newRow("async-string") << A << R"("true")"_ba << QVariant() << u"expected a boolean"_s;

    const auto B = ScriptArgument::Body;
    QTest::newRow("body-missing") << B << "missing"_ba << QVariant() << QString();
    QTest::newRow("body-null") << B << "null"_ba << QVariant() << QString();
    QTest::newRow("body-string") << B << R"("a=1")"_ba << QVariant(u"a=1"_s) << QString();
    QTest::newRow("body-empty-string") << B << R"("")"_ba << QVariant(u""_s) << QString();
    QTest::newRow("body-base64") << B << R"({"base64":"AP8="})"_ba << QVariant("\x00\xFF"_ba) << QString();
    QTest::newRow("body-number-passes") << B << "5"_ba << QVariant(5) << QString();
    QTest::newRow("body-bool-passes") << B << "true"_ba << QVariant(true) << QString();
    QTest::newRow("body-bad-base64") << B << R"({"base64":"!!"})"_ba << QVariant()
                                     << u"invalid base64 in {\"base64\": ...}"_s;
    QTest::newRow("body-object") << B << R"({"text":"x"})"_ba << QVariant()
                                 << u"expected a string, null or {\"base64\": \"...\"}"_s;
    QTest::newRow("body-array") << B << R"([1])"_ba << QVariant()
                                << u"expected a string, null or {\"base64\": \"...\"}"_s;

    const auto V = ScriptArgument::OptionValue;
    QTest::newRow("value-int") << V << "65001"_ba << QVariant(65001) << QString();
    QTest::newRow("value-big") << V << "4294967296"_ba << QVariant(qint64(4294967296)) << QString();
    QTest::newRow("value-bool") << V << "false"_ba << QVariant(false) << QString();
    QTest::newRow("value-string") << V << R"("utf-8")"_ba << QVariant(u"utf-8"_s) << QString();
    QTest::newRow("value-null") << V << "null"_ba << QVariant(QString()) << QString();
    QTest::newRow("value-fraction") << V << "0.5"_ba << QVariant() << u"expected a number, boolean, string or null"_s;
    QTest::newRow("value-array") << V << "[]"_ba << QVariant() << u"expected a number, boolean, string or null"_s;

    const auto I = ScriptArgument::OptionId;
    QTest::newRow("id-number") << I << "2"_ba << QVariant(2) << QString();
    QTest::newRow("id-unknown-number-passes") << I << "999"_ba << QVariant(999) << QString();
    QTest::newRow("id-name") << I << R"("URLCodePage")"_ba << QVariant(2) << QString();
    QTest::newRow("id-name-any-case") << I << R"("urlcodepage")"_ba << QVariant(2) << QString();
    QTest::newRow("id-reqscope-name") << I << R"("ResponseBodyRetention")"_ba << QVariant(1000) << QString();
    QTest::newRow("id-unknown-name") << I << R"("NoSuchOption")"_ba << QVariant()
                                     << u"unknown option name \"NoSuchOption\""_s;
    QTest::newRow("id-bool") << I << "true"_ba << QVariant() << u"expected an option number or name"_s;
}

void tst_ScriptArgument::convert()
{
    QFETCH(ScriptArgument::Kind, kind);
    QFETCH(QByteArray, json);
    QFETCH(QVariant, expected);
    QFETCH(QString, message);
    QString actualMessage;
    const std::optional<QVariant> result = ScriptArgument::convert(kind, jsonValue(json), &actualMessage);
    QCOMPARE(actualMessage, message);
    QCOMPARE(result.has_value(), message.isEmpty());
    if (!result)
        return;
    QCOMPARE(result->typeId(), expected.typeId());
    QCOMPARE(*result, expected);
    // A null BSTR must stay distinguishable from "" all the way to HttpRequest.
    if (expected.typeId() == QMetaType::QString)
        QCOMPARE(result->toString().isNull(), expected.toString().isNull());
}

QTEST_GUILESS_MAIN(tst_ScriptArgument)
#include "tst_scriptargument.moc"
