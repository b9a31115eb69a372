// SPDX-License-Identifier: MIT
#include "scriptparser.h"
#include "scriptsubstitution.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_ScriptParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data();
    void errors();
    void structure();
    void topLevelForms_data();
    void topLevelForms();

private:
    const ScriptSubstitution m_vars { { { u"BASE"_s, u"http://127.0.0.1:1"_s }, { u"M"_s, u"Open"_s } } };
};

void tst_ScriptParser::errors_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("error");

    // JSON syntax: line and column, no step.
    QTest::newRow("syntax") << "[\n  {\"call\": \"Open\",}\n]"_ba
                            << u"line 2, column 19: object is missing after a comma"_s;
    QTest::newRow("unterminated") << "[{\"call\": \"Op"_ba << u"line 1, column 14: unterminated string"_s;
    QTest::newRow("empty-file") << ""_ba << u"line 1, column 1: illegal value"_s;
    QTest::newRow("root-scalar") << "42"_ba << u"line 1, column 1: illegal value"_s;
    QTest::newRow("root-object") << R"({"step":[]})"_ba << u"$: expected an array of steps or {\"steps\": [...]}"_s;

    QTest::newRow("not-object") << R"([{"call":"Abort"}, 3])"_ba << u"step 1: $: expected a step object"_s;
    QTest::newRow("unknown-kind") << R"([{"frob":1}])"_ba
                                  << u"step 0: $: unknown step kind (expected one of call, get, set, stream, on, "
                                     "wait_ms, new, release)"_s;
    QTest::newRow("two-kinds") << R"([{"call":"Abort","get":"Status"}])"_ba
                               << u"step 0: $: a step has exactly one of call, get, set, stream, on, wait_ms, new, "
                                  "release, found call and get"_s;
    QTest::newRow("unknown-key") << R"([{"call":"Open","arg":["GET","x"]}])"_ba
                                 << u"step 0: $.arg: unknown key in a \"call\" step"_s;
    QTest::newRow("unknown-method") << R"([{"call":"Opne"}])"_ba << u"step 0: $.call: unknown method \"Opne\""_s;
    QTest::newRow("method-not-string") << R"([{"call":1}])"_ba << u"step 0: $.call: expected a string"_s;
    QTest::newRow("unknown-property") << R"([{"get":"Body"}])"_ba
                                      << u"step 0: $.get: unknown property \"Body\" for get"_s;
    QTest::newRow("set-status") << R"([{"set":"Status","args":[1]}])"_ba
                                << u"step 0: $.set: unknown property \"Status\" for set"_s;
    QTest::newRow("args-not-array") << R"([{"call":"Send","args":"x"}])"_ba << u"step 0: $.args: expected an array"_s;
    QTest::newRow("too-few") << R"([{"call":"Open","args":["GET"]}])"_ba
                             << u"step 0: $.args: Open takes 2 to 3 arguments, got 1"_s;
    QTest::newRow("too-many") << R"([{"call":"Abort","args":[1]}])"_ba
                              << u"step 0: $.args: Abort takes no arguments, got 1"_s;
    QTest::newRow("exact-count") << R"([{"call":"SetTimeouts","args":[1,2,3]}])"_ba
                                 << u"step 0: $.args: SetTimeouts takes 4 arguments, got 3"_s;
    QTest::newRow("one-arg") << R"([{"call":"GetResponseHeader"}])"_ba
                             << u"step 0: $.args: GetResponseHeader takes 1 argument, got 0"_s;
    QTest::newRow("wrong-type") << R"([{"call":"Abort"},{"call":"Open","args":["GET", 5]}])"_ba
                                << u"step 1: $.args[1]: expected a string or null"_s;
    QTest::newRow("long-type") << R"([{"call":"SetTimeouts","args":[1,2,"3",4]}])"_ba
                               << u"step 0: $.args[2]: expected an integer"_s;
    QTest::newRow("undefined-var") << R"([{"call":"Open","args":["GET","${URL}/get"]}])"_ba
                                   << u"step 0: $.args[1]: undefined variable ${URL} (pass --var URL=VALUE)"_s;
    QTest::newRow("undefined-var-in-kind")
        << R"([{"call":"${X}"}])"_ba << u"step 0: $.call: undefined variable ${X} (pass --var X=VALUE)"_s;
    QTest::newRow("undefined-var-base64")
        << R"([{"call":"Send","args":[{"base64":"${B}"}]}])"_ba
        << u"step 0: $.args[0].base64: undefined variable ${B} (pass --var B=VALUE)"_s;
    QTest::newRow("stream-without-as") << R"([{"get":"ResponseStream"}])"_ba
                                       << u"step 0: $: get ResponseStream needs a stream name: \"as\": \"s1\""_s;
    QTest::newRow("as-on-status") << R"([{"get":"Status","as":"s"}])"_ba
                                  << u"step 0: $.as: unknown key in a \"get\" step"_s;
    QTest::newRow("stream-both") << R"([{"stream":"s","seek":0,"read":1}])"_ba
                                 << u"step 0: $: a stream step has exactly one of \"seek\" and \"read\""_s;
    QTest::newRow("stream-neither") << R"([{"stream":"s"}])"_ba
                                    << u"step 0: $: a stream step has exactly one of \"seek\" and \"read\""_s;
    QTest::newRow("stream-negative") << R"([{"stream":"s","read":-1}])"_ba
                                     << u"step 0: $.read: expected a non-negative integer"_s;
    QTest::newRow("wait-fraction") << R"([{"wait_ms":1.5}])"_ba
                                   << u"step 0: $.wait_ms: expected a non-negative integer"_s;
    QTest::newRow("new-false") << R"([{"new":false}])"_ba << u"step 0: $.new: expected true"_s;
    QTest::newRow("unknown-event") << R"([{"on":"OnData","do":[]}])"_ba
                                   << u"step 0: $.on: unknown event \"OnData\" (expected one of OnResponseStart, "
                                      "OnResponseDataAvailable, OnResponseFinished, OnError)"_s;
    QTest::newRow("nth-zero") << R"([{"on":"OnError","nth":0,"do":[]}])"_ba
                              << u"step 0: $.nth: expected a positive integer or \"each\""_s;
    QTest::newRow("nth-word") << R"([{"on":"OnError","nth":"all","do":[]}])"_ba
                              << u"step 0: $.nth: expected a positive integer or \"each\""_s;
    QTest::newRow("do-missing") << R"([{"on":"OnError"}])"_ba << u"step 0: $.do: expected an array of steps"_s;
    QTest::newRow("nested-error") << R"([{"wait_ms":0},{"on":"OnResponseStart","do":[{"call":"Abort"},{"get":1}]}])"_ba
                                  << u"step 1.1: $.get: expected a string"_s;
    QTest::newRow("deeply-nested") << R"([{"on":"OnResponseStart","do":[{"on":"OnError","do":[{"call":"X"}]}]}])"_ba
                                   << u"step 0.0.0: $.call: unknown method \"X\""_s;
    QTest::newRow("call-after-release") << R"([{"release":true},{"wait_ms":0},{"get":"Status"}])"_ba
                                        << u"step 2: $: the request object was released; add {\"new\": true} first"_s;
    QTest::newRow("release-twice") << R"([{"release":true},{"release":true}])"_ba
                                   << u"step 1: $: the request object was released; add {\"new\": true} first"_s;
    QTest::newRow("on-after-release") << R"([{"release":true},{"on":"OnError","do":[]}])"_ba
                                      << u"step 1: $: the request object was released; add {\"new\": true} first"_s;
    QTest::newRow("steps-member") << R"({"steps":[{"call":"Nope"}]})"_ba
                                  << u"step 0: $.call: unknown method \"Nope\""_s;
    // The whole script is checked first: a bad last step is reported though the first one is fine.
    QTest::newRow("late-error") << R"([{"call":"Abort"},{"wait_ms":0},{"call":"Abort","args":[null]}])"_ba
                                << u"step 2: $.args: Abort takes no arguments, got 1"_s;
}

void tst_ScriptParser::errors()
{
    QFETCH(QByteArray, script);
    ScriptError error;
    const auto steps = ScriptParser::parse(script, m_vars, &error);
    QVERIFY(!steps);
    QTEST(error.toString(), "error");
}

void tst_ScriptParser::structure()
{
    const QByteArray script = R"([
        {"call": "${M}", "args": ["GET", "${BASE}/drip"]},
        {"on": "OnResponseDataAvailable", "nth": "each", "do": [{"call": "Abort"}, {"wait_ms": 5}]},
        {"on": "OnResponseStart", "do": []},
        {"get": "ResponseStream", "as": "s1"},
        {"stream": "s1", "read": 128},
        {"stream": "s1", "seek": 0},
        {"set": "Option", "args": [2, 65001]},
        {"release": true},
        {"new": true},
        {"get": "Status"}
    ])"_ba;
    ScriptError error;
    const std::optional<std::vector<ScriptStep>> steps = ScriptParser::parse(script, m_vars, &error);
    QVERIFY2(steps, qPrintable(error.toString()));
    QCOMPARE(steps->size(), size_t(10));
    const ScriptStep &open = steps->at(0);
    QCOMPARE(open.label, u"0"_s);
    QVERIFY(open.isTopLevel());
    QCOMPARE(open.call->method(), ScriptCall::Method::Open);
    QCOMPARE(open.call->name(), u"Open"_s);

    const ScriptStep &each = steps->at(1);
    QCOMPARE(each.kind, ScriptStep::Kind::On);
    QCOMPARE(each.event, ScriptStep::Event::ResponseDataAvailable);
    QCOMPARE(each.nth, ScriptStep::EachTime);
    QCOMPARE(each.steps.size(), size_t(2));
    QCOMPARE(each.steps.at(1).label, u"1.1"_s);
    QVERIFY(!each.steps.at(1).isTopLevel());
    QCOMPARE(each.steps.at(1).amount, 5);
    QCOMPARE(steps->at(2).nth, 1); // the default

    QCOMPARE(steps->at(3).name, u"s1"_s);
    QCOMPARE(steps->at(3).call->method(), ScriptCall::Method::ResponseStream);
    QCOMPARE(steps->at(4).kind, ScriptStep::Kind::Stream);
    QVERIFY(steps->at(4).read);
    QCOMPARE(steps->at(4).amount, 128);
    QVERIFY(!steps->at(5).read);
    QCOMPARE(steps->at(6).call->method(), ScriptCall::Method::PutOption);
    QCOMPARE(steps->at(7).kind, ScriptStep::Kind::Release);
    QCOMPARE(steps->at(8).kind, ScriptStep::Kind::New);
    QCOMPARE(steps->at(9).call->kind(), ScriptCall::Get);
}

void tst_ScriptParser::topLevelForms_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("count");

    QTest::newRow("array") << R"([{"call":"Abort"},{"wait_ms":0}])"_ba << 2;
    QTest::newRow("steps-object") << R"({"steps":[{"call":"Abort"}]})"_ba << 1;
    QTest::newRow("empty") << "[]"_ba << 0;
    QTest::newRow("bom") << "\xEF\xBB\xBF[{\"wait_ms\":0}]"_ba << 1;
}

void tst_ScriptParser::topLevelForms()
{
    QFETCH(QByteArray, script);
    ScriptError error;
    const auto steps = ScriptParser::parse(script, m_vars, &error);
    QVERIFY2(steps, qPrintable(error.toString()));
    QTEST(int(steps->size()), "count");
}

QTEST_GUILESS_MAIN(tst_ScriptParser)
#include "tst_scriptparser.moc"
