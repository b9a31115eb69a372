// SPDX-License-Identifier: MIT
#include "httprequest.h"
#include "scriptcall.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::ScriptCall;

Q_DECLARE_METATYPE(ScriptCall::Kind)

namespace {

/// "none" stands for a step without "args".
QJsonValue args(const QByteArray &json)
{
    if (json == "none")
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson('[' + json + ']');
    return document.array().at(0);
}

} // namespace

class tst_ScriptCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void invoke_data();
    void invoke();
};

void tst_ScriptCall::parse_data()
{
    QTest::addColumn<ScriptCall::Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty: accepted

    const auto C = ScriptCall::Call;
    const auto G = ScriptCall::Get;
    const auto S = ScriptCall::Set;
    QTest::newRow("open-sync") << C << u"Open"_s << R"(["GET","http://x/"])"_ba << QString();
    QTest::newRow("open-async") << C << u"Open"_s << R"(["GET","http://x/",true])"_ba << QString();
    QTest::newRow("open-one") << C << u"Open"_s << R"(["GET"])"_ba << u"$.args: Open takes 2 to 3 arguments, got 1"_s;
    QTest::newRow("open-four") << C << u"Open"_s << R"(["GET","u",true,1])"_ba
                               << u"$.args: Open takes 2 to 3 arguments, got 4"_s;
    QTest::newRow("open-none") << C << u"Open"_s << "none"_ba << u"$.args: Open takes 2 to 3 arguments, got 0"_s;
    QTest::newRow("open-url-number") << C << u"Open"_s << R"(["GET",80])"_ba
                                     << u"$.args[1]: expected a string or null"_s;
    QTest::newRow("open-async-string") << C << u"Open"_s << R"(["GET","u","yes"])"_ba
                                       << u"$.args[2]: expected a boolean"_s;
    QTest::newRow("send-none") << C << u"Send"_s << "none"_ba << QString();
    QTest::newRow("send-empty-args") << C << u"Send"_s << "[]"_ba << QString();
    QTest::newRow("send-object") << C << u"Send"_s << R"([{"b64":""}])"_ba
                                 << u"$.args[0]: expected a string, null or {\"base64\": \"...\"}"_s;
    QTest::newRow("args-object") << C << u"Send"_s << R"({"body":""})"_ba << u"$.args: expected an array"_s;
    QTest::newRow("credentials-flags") << C << u"SetCredentials"_s << R"(["u","p",true])"_ba
                                       << u"$.args[2]: expected an integer"_s;
    QTest::newRow("proxy-one") << C << u"SetProxy"_s << "[2]"_ba << QString();
    QTest::newRow("case-matters") << C << u"open"_s << "none"_ba << u"$.call: unknown method \"open\""_s;
    QTest::newRow("get-as-call") << C << u"Status"_s << "none"_ba << u"$.call: unknown method \"Status\""_s;
    QTest::newRow("status") << G << u"Status"_s << "none"_ba << QString();
    QTest::newRow("status-args") << G << u"Status"_s << "[1]"_ba << u"$.args: Status takes no arguments, got 1"_s;
    QTest::newRow("get-method") << G << u"Open"_s << "none"_ba << u"$.get: unknown property \"Open\" for get"_s;
    QTest::newRow("get-option") << G << u"Option"_s << R"(["URLCodePage"])"_ba << QString();
    QTest::newRow("get-option-none") << G << u"Option"_s << "none"_ba << u"$.args: Option takes 1 argument, got 0"_s;
    QTest::newRow("set-option") << S << u"Option"_s << R"([2,"utf-8"])"_ba << QString();
    QTest::newRow("set-option-one") << S << u"Option"_s << "[2]"_ba << u"$.args: Option takes 2 arguments, got 1"_s;
    QTest::newRow("set-option-name") << S << u"Option"_s << R"(["Nope",1])"_ba
                                     << u"$.args[0]: unknown option name \"Nope\""_s;
    QTest::newRow("set-status") << S << u"Status"_s << "[1]"_ba << u"$.set: unknown property \"Status\" for set"_s;
}

void tst_ScriptCall::parse()
{
    QFETCH(ScriptCall::Kind, kind);
    QFETCH(QString, name);
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString path;
    QString message;
    const std::optional<ScriptCall> call = ScriptCall::parse(kind, name, args(json), &path, &message);
    QCOMPARE(call.has_value(), error.isEmpty());
    if (call) {
        QCOMPARE(call->name(), name);
        QCOMPARE(call->kind(), kind);
    } else {
        QCOMPARE(path + u": "_s + message, error);
    }
}

void tst_ScriptCall::invoke_data()
{
    QTest::addColumn<ScriptCall::Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("hresult");
    QTest::addColumn<QByteArray>("value"); // JSON text; empty: none

    // A fresh request object (Created): state rules of spec §3.2, no network.
    const auto C = ScriptCall::Call;
    const auto G = ScriptCall::Get;
    const auto S = ScriptCall::Set;
    QTest::newRow("status") << G << u"Status"_s << "none"_ba << u"0x80072F45"_s << QByteArray();
    QTest::newRow("response-stream") << G << u"ResponseStream"_s << "none"_ba << u"0x80072F45"_s << QByteArray();
    QTest::newRow("option-number") << G << u"Option"_s << "[2]"_ba << u"0x00000000"_s << "65001"_ba;
    QTest::newRow("option-name") << G << u"Option"_s << R"(["EnableRedirects"])"_ba << u"0x00000000"_s << "true"_ba;
    QTest::newRow("option-url-created") << G << u"Option"_s << "[1]"_ba << u"0x80072F44"_s << QByteArray();
    QTest::newRow("option-put-null") << S << u"Option"_s << "[0,null]"_ba << u"0x80070057"_s << QByteArray();
    QTest::newRow("option-put-utf8") << S << u"Option"_s << R"([2,"UTF-8"])"_ba << u"0x00000000"_s << QByteArray();
    QTest::newRow("wait-missing") << C << u"WaitForResponse"_s << "none"_ba << u"0x00000000"_s << "false"_ba;
    QTest::newRow("wait-below-minus-one") << C << u"WaitForResponse"_s << "[-2]"_ba << u"0x80070057"_s << QByteArray();
    QTest::newRow("abort") << C << u"Abort"_s << "none"_ba << u"0x00000000"_s << QByteArray();
    QTest::newRow("timeouts") << C << u"SetTimeouts"_s << "[0,-1,0,0]"_ba << u"0x00000000"_s << QByteArray();
    QTest::newRow("timeouts-negative") << C << u"SetTimeouts"_s << "[-2,0,0,0]"_ba << u"0x80070057"_s << QByteArray();
    QTest::newRow("proxy-bad") << C << u"SetProxy"_s << "[3]"_ba << u"0x80070057"_s << QByteArray();
    QTest::newRow("autologon-bad") << C << u"SetAutoLogonPolicy"_s << "[3]"_ba << u"0x80070057"_s << QByteArray();
    QTest::newRow("header-null-name") << C << u"SetRequestHeader"_s << R"([null,"v"])"_ba << u"0x80070057"_s
                                      << QByteArray();
    QTest::newRow("header-created") << C << u"SetRequestHeader"_s << R"(["X","v"])"_ba << u"0x80072F44"_s
                                    << QByteArray();
    QTest::newRow("get-header-null") << C << u"GetResponseHeader"_s << "[null]"_ba << u"0x80072F45"_s << QByteArray();
    QTest::newRow("open-ftp") << C << u"Open"_s << R"(["GET","ftp://127.0.0.1/"])"_ba << u"0x80072EE6"_s
                              << QByteArray();
    QTest::newRow("open") << C << u"Open"_s << R"(["GET","http://127.0.0.1:9/"])"_ba << u"0x00000000"_s << QByteArray();
}

void tst_ScriptCall::invoke()
{
    QFETCH(ScriptCall::Kind, kind);
    QFETCH(QString, name);
    QFETCH(QByteArray, json);
    QString path;
    QString message;
    const std::optional<ScriptCall> call = ScriptCall::parse(kind, name, args(json), &path, &message);
    QVERIFY2(call, qPrintable(message));
    Reqscope::HttpRequest request;
    const ScriptCall::Result result = call->invoke(request);
    QTEST(result.hresult.hex(), "hresult");
    QTEST(result.value, "value");
    QCOMPARE(bool(result.stream), false);
}

QTEST_GUILESS_MAIN(tst_ScriptCall)
#include "tst_scriptcall.moc"
