// SPDX-License-Identifier: MIT
#include "scriptstepparser.h"
#include "scriptsubstitution.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_ScriptStepParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void substitutesEveryString();
};

void tst_ScriptStepParser::parse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("error"); // empty: accepted

    QTest::newRow("call") << R"({"call":"Abort"})"_ba << u"5"_s << QString();
    QTest::newRow("release") << R"({"release":true})"_ba << u"0"_s << QString();
    QTest::newRow("wait") << R"({"wait_ms":200})"_ba << u"0"_s << QString();
    QTest::newRow("nested-label") << R"({"on":"OnError","do":[{"wait_ms":0},{"call":"Nope"}]})"_ba << u"7"_s
                                  << u"step 7.1: $.call: unknown method \"Nope\""_s;
    QTest::newRow("label-of-nested-handler")
        << R"({"on":"OnError","do":[{"on":"OnError","nth":"x","do":[]}]})"_ba << u"2.0"_s
        << u"step 2.0.0: $.nth: expected a positive integer or \"each\""_s;
    QTest::newRow("release-false") << R"({"release":false})"_ba << u"1"_s << u"step 1: $.release: expected true"_s;
    QTest::newRow("extra-key") << R"({"wait_ms":1,"do":[]})"_ba << u"1"_s
                               << u"step 1: $.do: unknown key in a \"wait_ms\" step"_s;
    QTest::newRow("stream-name-number") << R"({"stream":1,"read":1})"_ba << u"1"_s
                                        << u"step 1: $.stream: expected a string"_s;
}

void tst_ScriptStepParser::parse()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, label);
    QFETCH(QString, error);
    const ScriptSubstitution variables;
    ScriptError actual;
    ScriptStepParser parser(variables, &actual);
    const std::optional<ScriptStep> step = parser.parse(QJsonDocument::fromJson(json).object(), label);
    QCOMPARE(step.has_value(), error.isEmpty());
    if (step)
        QCOMPARE(step->label, label);
    else
        QCOMPARE(actual.toString(), error);
}

void tst_ScriptStepParser::substitutesEveryString()
{
    const ScriptSubstitution variables(
        { { u"EV"_s, u"OnResponseStart"_s }, { u"S"_s, u"s1"_s }, { u"N"_s, u"each"_s } });
    ScriptError error;
    ScriptStepParser parser(variables, &error);
    const auto json
        = R"({"on":"${EV}","nth":"${N}","do":[{"stream":"${S}","read":1},{"get":"ResponseStream","as":"${S}"}]})"_ba;
    const std::optional<ScriptStep> step = parser.parse(QJsonDocument::fromJson(json).object(), u"0"_s);
    QVERIFY2(step, qPrintable(error.toString()));
    QCOMPARE(step->event, ScriptStep::Event::ResponseStart);
    QCOMPARE(step->nth, ScriptStep::EachTime);
    QCOMPARE(step->steps.at(0).name, u"s1"_s);
    QCOMPARE(step->steps.at(1).name, u"s1"_s);
}

QTEST_GUILESS_MAIN(tst_ScriptStepParser)
#include "tst_scriptstepparser.moc"
