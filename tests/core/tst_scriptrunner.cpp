// SPDX-License-Identifier: MIT
#include "playgroundserver.h"
#include "scriptrunner.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::ScriptRunner;

namespace {

/// One expected line per text line; leading spaces are indentation, not content.
QStringList lines(const char *text)
{
    QStringList result;
    for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

bool isDataEvent(const QString &line)
{
    return line.startsWith(R"({"event":"OnResponseDataAvailable")"_L1);
}

/// Masks times; with mergeData, a run of data events (whose split follows the network) becomes its last
/// line with the size masked, so only the running total is compared.
QStringList normalized(const QStringList &output, bool mergeData)
{
    static const QRegularExpression time(uR"("t_ms":\d+\.\d)"_s);
    static const QRegularExpression size(uR"("size":\d+)"_s);
    QStringList result;
    for (QString line : output) {
        line.replace(time, uR"("t_ms":T)"_s);
        if (mergeData && isDataEvent(line)) {
            line.replace(size, uR"("size":S)"_s);
            if (!result.isEmpty() && isDataEvent(result.last()))
                result.removeLast();
        }
        result.append(line);
    }
    return result;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class tst_ScriptRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void output_data();
    void output();
    void eachHandlerRunsPerChunk();
    void inputErrorPrintsNoDone();

private:
    struct Run
    {
        int exitCode = -1;
        QStringList lines;
        QString error;
    };
    Run run(const QByteArray &script);

    Reqscope::PlaygroundServer m_server;
    QString m_base;
};

void tst_ScriptRunner::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    m_base = m_server.url().toString();
    QVERIFY(m_base.startsWith("http://127.0.0.1:"_L1));
    // Fail fast, not row by row on a hanging synchronous Send, when the playground lacks /drip.
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(m_server.url(u"/drip?numbytes=1&duration=0"_s))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY2(finished.wait(10000), "the playground does not answer /drip");
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

tst_ScriptRunner::Run tst_ScriptRunner::run(const QByteArray &script)
{
    Run result;
    ScriptRunner runner([&result](const QByteArray &line) { result.lines.append(QString::fromUtf8(line)); });
    result.exitCode = runner.run(script, { { u"BASE"_s, m_base } });
    result.error = runner.errorString();
    return result;
}

void tst_ScriptRunner::output_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("mergeData");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << "[]"_ba << lines(R"x({"done":true,"steps":0,"t_ms":T})x") << false << 0 << QString();

    QTest::newRow("state-errors") << R"([
        {"call": "SetRequestHeader", "args": ["X-A", "1"]},
        {"call": "Open", "args": ["GET", "${BASE}/get"]},
        {"get": "Status"},
        {"call": "SetRequestHeader", "args": [null, "x"]},
        {"call": "Abort"},
        {"call": "Send"},
        {"get": "ResponseText"}
    ])"_ba << lines(R"x(
        {"step":0,"call":"SetRequestHeader","ok":false,"hresult":"0x80072F44","error":12100,"description":"Call Open first"}
        {"step":1,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"step":2,"get":"Status","ok":false,"hresult":"0x80072F45","error":12101,"description":"Call Send first"}
        {"step":3,"call":"SetRequestHeader","ok":false,"hresult":"0x80070057","description":"Invalid argument"}
        {"step":4,"call":"Abort","ok":true,"hresult":"0x00000000"}
        {"step":5,"call":"Send","ok":false,"hresult":"0x80072F44","error":12100,"description":"Call Open first"}
        {"step":6,"get":"ResponseText","ok":false,"hresult":"0x80072F45","error":12101,"description":"Call Send first"}
        {"done":true,"steps":7,"t_ms":T}
    )x") << false << 0 << QString();

    // null is a NULL BSTR, "" an empty one, and a left-out optional argument is "missing".
    QTest::newRow("null-empty-missing") << R"([
        {"call": "Open", "args": [null, "${BASE}/get"]},
        {"call": "Open", "args": ["GET", "${BASE}/get"]},
        {"call": "SetCredentials", "args": [null, "p", 0]},
        {"call": "SetCredentials", "args": ["", "p", 0]},
        {"call": "SetClientCertificate", "args": [null]},
        {"call": "SetClientCertificate", "args": [""]},
        {"call": "SetProxy", "args": [1]},
        {"call": "SetProxy", "args": [1, null, null]},
        {"call": "WaitForResponse"},
        {"call": "WaitForResponse", "args": [0]}
    ])"_ba << lines(R"x(
        {"step":0,"call":"Open","ok":false,"hresult":"0x80070057","description":"Invalid argument"}
        {"step":1,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"step":2,"call":"SetCredentials","ok":false,"hresult":"0x80070057","description":"Invalid argument"}
        {"step":3,"call":"SetCredentials","ok":true,"hresult":"0x00000000"}
        {"step":4,"call":"SetClientCertificate","ok":false,"hresult":"0x80070057","description":"Invalid argument"}
        {"step":5,"call":"SetClientCertificate","ok":true,"hresult":"0x00000000"}
        {"step":6,"call":"SetProxy","ok":true,"hresult":"0x00000000"}
        {"step":7,"call":"SetProxy","ok":true,"hresult":"0x00000000"}
        {"step":8,"call":"WaitForResponse","ok":true,"hresult":"0x00000000","value":false}
        {"step":9,"call":"WaitForResponse","ok":true,"hresult":"0x00000000","value":false}
        {"done":true,"steps":10,"t_ms":T}
    )x") << false << 0 << QString();

    QTest::newRow("options") << R"([
        {"get": "Option", "args": [2]},
        {"set": "Option", "args": ["URLCodePage", 1252]},
        {"get": "Option", "args": ["URLCodePage"]},
        {"set": "Option", "args": ["URLCodePage", "utf-8"]},
        {"get": "Option", "args": [2]},
        {"set": "Option", "args": [6, false]},
        {"get": "Option", "args": ["EnableRedirects"]},
        {"get": "Option", "args": [0]},
        {"set": "Option", "args": [1, "http://x/"]},
        {"get": "Option", "args": [999]},
        {"set": "Option", "args": [14, "ten"]}
    ])"_ba << lines(R"x(
        {"step":0,"get":"Option","ok":true,"hresult":"0x00000000","value":65001}
        {"step":1,"set":"Option","ok":true,"hresult":"0x00000000"}
        {"step":2,"get":"Option","ok":true,"hresult":"0x00000000","value":1252}
        {"step":3,"set":"Option","ok":true,"hresult":"0x00000000"}
        {"step":4,"get":"Option","ok":true,"hresult":"0x00000000","value":65001}
        {"step":5,"set":"Option","ok":true,"hresult":"0x00000000"}
        {"step":6,"get":"Option","ok":true,"hresult":"0x00000000","value":false}
        {"step":7,"get":"Option","ok":true,"hresult":"0x00000000","value":"Mozilla/4.0 (compatible; Win32; WinHttp.WinHttpRequest.5)"}
        {"step":8,"set":"Option","ok":false,"hresult":"0x80072EEB","error":12011,"description":"The option is read-only"}
        {"step":9,"get":"Option","ok":false,"hresult":"0x80070057","description":"Invalid argument"}
        {"step":10,"set":"Option","ok":false,"hresult":"0x80070057","description":"Invalid argument"}
        {"done":true,"steps":11,"t_ms":T}
    )x") << false << 0 << QString();

    // Settings belong to the object: a new one starts from the defaults; streams are not involved here.
    QTest::newRow("new-release-wait-on") << R"([
        {"set": "Option", "args": [2, 1252]},
        {"on": "OnResponseStart", "do": [{"call": "Abort"}]},
        {"wait_ms": 1},
        {"release": true},
        {"wait_ms": 0},
        {"new": true},
        {"get": "Option", "args": [2]},
        {"get": "Status"}
    ])"_ba << lines(R"x(
        {"step":0,"set":"Option","ok":true,"hresult":"0x00000000"}
        {"step":1,"on":"OnResponseStart","ok":true}
        {"step":2,"wait_ms":1,"ok":true}
        {"step":3,"release":true,"ok":true}
        {"step":4,"wait_ms":0,"ok":true}
        {"step":5,"new":true,"ok":true}
        {"step":6,"get":"Option","ok":true,"hresult":"0x00000000","value":65001}
        {"step":7,"get":"Status","ok":false,"hresult":"0x80072F45","error":12101,"description":"Call Send first"}
        {"done":true,"steps":8,"t_ms":T}
    )x") << false << 0 << QString();

    // cli.md §2.3 as written: 200 ms between the bytes.
    QTest::newRow("abort-sync-send-on-first-chunk") << R"([
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=10&duration=2"]},
        {"on": "OnResponseDataAvailable", "nth": 1, "do": [{"call": "Abort"}]},
        {"call": "Send"},
        {"get": "Status"}
    ])"_ba << lines(R"x(
        {"step":0,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"step":1,"on":"OnResponseDataAvailable","ok":true}
        {"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T}
        {"event":"OnResponseDataAvailable","size":1,"total":1,"t_ms":T}
        {"step":"1.0","in":"OnResponseDataAvailable","call":"Abort","ok":true,"hresult":"0x00000000"}
        {"step":2,"call":"Send","ok":false,"hresult":"0x80072EF1","error":12017,"description":"The operation has been canceled"}
        {"step":3,"get":"Status","ok":false,"hresult":"0x80072F45","error":12101,"description":"Call Send first"}
        {"done":true,"steps":4,"t_ms":T}
    )x") << false << 0 << QString();

    QTest::newRow("abort-on-second-chunk") << R"([
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=4&duration=0.8"]},
        {"on": "OnResponseDataAvailable", "nth": 2, "do": [{"get": "Status"}, {"call": "Abort"}]},
        {"call": "Send"}
    ])"_ba << lines(R"x(
        {"step":0,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"step":1,"on":"OnResponseDataAvailable","ok":true}
        {"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T}
        {"event":"OnResponseDataAvailable","size":1,"total":1,"t_ms":T}
        {"event":"OnResponseDataAvailable","size":1,"total":2,"t_ms":T}
        {"step":"1.0","in":"OnResponseDataAvailable","get":"Status","ok":true,"hresult":"0x00000000","value":200}
        {"step":"1.1","in":"OnResponseDataAvailable","call":"Abort","ok":true,"hresult":"0x00000000"}
        {"step":2,"call":"Send","ok":false,"hresult":"0x80072EF1","error":12017,"description":"The operation has been canceled"}
        {"done":true,"steps":3,"t_ms":T}
    )x") << false << 0 << QString();

    // A Send from a handler is the S_OK no-op while the request runs; it does not consume the handlers.
    QTest::newRow("send-in-handler") << R"([
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=4&duration=0.8"]},
        {"on": "OnResponseDataAvailable", "do": [{"call": "Send"}, {"call": "WaitForResponse", "args": [0]}]},
        {"on": "OnResponseDataAvailable", "nth": 2, "do": [{"call": "Abort"}]},
        {"call": "Send"},
        {"call": "WaitForResponse"}
    ])"_ba << lines(R"x(
        {"step":0,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"step":1,"on":"OnResponseDataAvailable","ok":true}
        {"step":2,"on":"OnResponseDataAvailable","ok":true}
        {"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T}
        {"event":"OnResponseDataAvailable","size":1,"total":1,"t_ms":T}
        {"step":"1.0","in":"OnResponseDataAvailable","call":"Send","ok":true,"hresult":"0x00000000"}
        {"step":"1.1","in":"OnResponseDataAvailable","call":"WaitForResponse","ok":true,"hresult":"0x00000000","value":false}
        {"event":"OnResponseDataAvailable","size":1,"total":2,"t_ms":T}
        {"step":"2.0","in":"OnResponseDataAvailable","call":"Abort","ok":true,"hresult":"0x00000000"}
        {"step":3,"call":"Send","ok":false,"hresult":"0x80072EF1","error":12017,"description":"The operation has been canceled"}
        {"step":4,"call":"WaitForResponse","ok":false,"hresult":"0x80072EF1","error":12017,"description":"The operation has been canceled"}
        {"done":true,"steps":5,"t_ms":T}
    )x") << false << 0 << QString();

    // Handlers belong to the next Send only: the second Send runs without the Abort.
    QTest::newRow("handler-for-next-send-only") << R"([
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=3&duration=0"]},
        {"on": "OnResponseStart", "do": [{"call": "Abort"}]},
        {"call": "Send"},
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=3&duration=0"]},
        {"call": "Send"},
        {"get": "Status"}
    ])"_ba << lines(R"x(
        {"step":0,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"step":1,"on":"OnResponseStart","ok":true}
        {"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T}
        {"step":"1.0","in":"OnResponseStart","call":"Abort","ok":true,"hresult":"0x00000000"}
        {"step":2,"call":"Send","ok":false,"hresult":"0x80072EF1","error":12017,"description":"The operation has been canceled"}
        {"step":3,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T}
        {"event":"OnResponseDataAvailable","size":S,"total":3,"t_ms":T}
        {"event":"OnResponseFinished","total":3,"t_ms":T}
        {"step":4,"call":"Send","ok":true,"hresult":"0x00000000"}
        {"step":5,"get":"Status","ok":true,"hresult":"0x00000000","value":200}
        {"done":true,"steps":6,"t_ms":T}
    )x") << true << 0 << QString();

    const QByteArray stars = R"({"size":3,"sha256":")" + sha256("***") + R"(","base64":"Kioq"})";
    QTest::newRow("values-and-streams")
        << R"([
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=3&duration=0"]},
        {"call": "Send"},
        {"get": "StatusText"},
        {"get": "ResponseText"},
        {"get": "ResponseBody"},
        {"call": "GetResponseHeader", "args": ["content-type"]},
        {"call": "GetResponseHeader", "args": ["X-Missing"]},
        {"get": "ResponseStream", "as": "s1"},
        {"stream": "s1", "read": 2},
        {"get": "ResponseStream", "as": "s2"},
        {"call": "Abort"},
        {"stream": "s1", "read": 5},
        {"stream": "s1", "seek": 1},
        {"stream": "s1", "read": 0},
        {"stream": "s1", "read": 2147483647},
        {"stream": "s1", "seek": 4},
        {"new": true},
        {"stream": "s2", "read": 3}
    ])"_ba
        << QStringList { uR"({"step":0,"call":"Open","ok":true,"hresult":"0x00000000"})"_s,
               uR"({"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T})"_s,
               uR"({"event":"OnResponseDataAvailable","size":S,"total":3,"t_ms":T})"_s,
               uR"({"event":"OnResponseFinished","total":3,"t_ms":T})"_s,
               uR"({"step":1,"call":"Send","ok":true,"hresult":"0x00000000"})"_s,
               uR"({"step":2,"get":"StatusText","ok":true,"hresult":"0x00000000","value":"OK"})"_s,
               uR"({"step":3,"get":"ResponseText","ok":true,"hresult":"0x00000000","value":"***"})"_s,
               uR"({"step":4,"get":"ResponseBody","ok":true,"hresult":"0x00000000","value":)"_s
                   + QString::fromLatin1(stars) + u'}',
               uR"({"step":5,"call":"GetResponseHeader","ok":true,"hresult":"0x00000000","value":"application/octet-stream"})"_s,
               uR"({"step":6,"call":"GetResponseHeader","ok":false,"hresult":"0x80072F76","error":12150,"description":"The requested header was not found"})"_s,
               uR"({"step":7,"get":"ResponseStream","ok":true,"hresult":"0x00000000","value":{"size":3}})"_s,
               uR"({"step":8,"stream":"s1","ok":true,"hresult":"0x00000000","value":{"size":2,"sha256":")"_s
                   + QString::fromLatin1(sha256("**")) + uR"(","base64":"Kio="}})"_s,
               uR"({"step":9,"get":"ResponseStream","ok":true,"hresult":"0x00000000","value":{"size":3}})"_s,
               uR"({"step":10,"call":"Abort","ok":true,"hresult":"0x00000000"})"_s,
               uR"({"step":11,"stream":"s1","ok":true,"hresult":"0x00000000","value":{"size":1,"sha256":")"_s
                   + QString::fromLatin1(sha256("*")) + uR"(","base64":"Kg=="}})"_s,
               uR"({"step":12,"stream":"s1","ok":true,"hresult":"0x00000000","value":1})"_s,
               uR"({"step":13,"stream":"s1","ok":true,"hresult":"0x00000000","value":{"size":0,"sha256":")"_s
                   + QString::fromLatin1(sha256("")) + uR"(","base64":""}})"_s,
               uR"({"step":14,"stream":"s1","ok":true,"hresult":"0x00000000","value":{"size":2,"sha256":")"_s
                   + QString::fromLatin1(sha256("**")) + uR"(","base64":"Kio="}})"_s,
               uR"({"step":15,"stream":"s1","ok":false,"hresult":"0x80070057","description":"Invalid argument"})"_s,
               uR"({"step":16,"new":true,"ok":true})"_s,
               uR"({"step":17,"stream":"s2","ok":true,"hresult":"0x00000000","value":)"_s + QString::fromLatin1(stars)
                   + u'}',
               uR"({"done":true,"steps":18,"t_ms":T})"_s }
        << true << 0 << QString();

    // Over 65,536 bytes: strings become {"length","sha256"}, bytes lose "base64".
    const QByteArray big(70000, '*');
    QTest::newRow("long-values")
        << R"([
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=70000&duration=0"]},
        {"call": "Send"},
        {"get": "ResponseText"},
        {"get": "ResponseBody"}
    ])"_ba
        << QStringList { uR"({"step":0,"call":"Open","ok":true,"hresult":"0x00000000"})"_s,
               uR"({"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T})"_s,
               uR"({"event":"OnResponseDataAvailable","size":S,"total":70000,"t_ms":T})"_s,
               uR"({"event":"OnResponseFinished","total":70000,"t_ms":T})"_s,
               uR"({"step":1,"call":"Send","ok":true,"hresult":"0x00000000"})"_s,
               uR"({"step":2,"get":"ResponseText","ok":true,"hresult":"0x00000000","value":{"length":70000,"sha256":")"_s
                   + QString::fromLatin1(sha256(big)) + u"\"}}"_s,
               uR"({"step":3,"get":"ResponseBody","ok":true,"hresult":"0x00000000","value":{"size":70000,"sha256":")"_s
                   + QString::fromLatin1(sha256(big)) + u"\"}}"_s,
               uR"({"done":true,"steps":4,"t_ms":T})"_s }
        << true << 0 << QString();

    // Async: events arrive inside WaitForResponse; the handler reads the body inside OnResponseFinished.
    QTest::newRow("async-wait") << R"([
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=3&duration=0", true]},
        {"on": "OnResponseFinished", "do": [{"get": "ResponseText"}]},
        {"call": "Send"},
        {"call": "WaitForResponse", "args": [30]},
        {"get": "Status"}
    ])"_ba << lines(R"x(
        {"step":0,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"step":1,"on":"OnResponseFinished","ok":true}
        {"step":2,"call":"Send","ok":true,"hresult":"0x00000000"}
        {"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T}
        {"event":"OnResponseDataAvailable","size":S,"total":3,"t_ms":T}
        {"event":"OnResponseFinished","total":3,"t_ms":T}
        {"step":"1.0","in":"OnResponseFinished","get":"ResponseText","ok":true,"hresult":"0x00000000","value":"***"}
        {"step":3,"call":"WaitForResponse","ok":true,"hresult":"0x00000000","value":true}
        {"step":4,"get":"Status","ok":true,"hresult":"0x00000000","value":200}
        {"done":true,"steps":5,"t_ms":T}
    )x") << true << 0 << QString();

    QTest::newRow("send-bodies") << R"([
        {"call": "Open", "args": ["POST", "${BASE}/anything"]},
        {"call": "Send", "args": [{"base64": "AP8="}]},
        {"call": "Send", "args": ["again"]},
        {"call": "Open", "args": ["POST", "${BASE}/anything"]},
        {"call": "Send", "args": [5]}
    ])"_ba << lines(R"x(
        {"step":0,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"event":"OnResponseStart","status":200,"contentType":"application/json","t_ms":T}
        {"event":"OnResponseDataAvailable","size":S,"total":N,"t_ms":T}
        {"event":"OnResponseFinished","total":N,"t_ms":T}
        {"step":1,"call":"Send","ok":true,"hresult":"0x00000000"}
        {"step":2,"call":"Send","ok":true,"hresult":"0x00000000"}
        {"step":3,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"step":4,"call":"Send","ok":false,"hresult":"0x80070057","description":"Invalid argument"}
        {"done":true,"steps":5,"t_ms":T}
    )x") << true << 0 << QString();

    // Port 1 on loopback refuses: OnError with the signed HRESULT, then Send's own line.
    QTest::newRow("on-error") << R"([
        {"call": "Open", "args": ["GET", "http://127.0.0.1:1/"]},
        {"on": "OnError", "do": [{"get": "Status"}]},
        {"call": "Send"}
    ])"_ba << lines(R"x(
        {"step":0,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"step":1,"on":"OnError","ok":true}
        {"event":"OnError","errorNumber":-2147012867,"hresult":"0x80072EFD","error":12029,"description":"A connection with the server could not be established","t_ms":T}
        {"step":"1.0","in":"OnError","get":"Status","ok":false,"hresult":"0x80072EFD","error":12029,"description":"A connection with the server could not be established"}
        {"step":2,"call":"Send","ok":false,"hresult":"0x80072EFD","error":12029,"description":"A connection with the server could not be established"}
        {"done":true,"steps":3,"t_ms":T}
    )x") << false << 0 << QString();

    // Releasing from a handler cancels the synchronous Send on the stack as Abort does.
    QTest::newRow("release-in-handler") << R"([
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=3&duration=0.3"]},
        {"on": "OnResponseStart", "do": [{"release": true}]},
        {"call": "Send"},
        {"new": true},
        {"get": "Status"}
    ])"_ba << lines(R"x(
        {"step":0,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"step":1,"on":"OnResponseStart","ok":true}
        {"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T}
        {"step":"1.0","in":"OnResponseStart","release":true,"ok":true}
        {"step":2,"call":"Send","ok":false,"hresult":"0x80072EF1","error":12017,"description":"The operation has been canceled"}
        {"step":3,"new":true,"ok":true}
        {"step":4,"get":"Status","ok":false,"hresult":"0x80072F45","error":12101,"description":"Call Send first"}
        {"done":true,"steps":5,"t_ms":T}
    )x") << false << 0 << QString();

    // A new object from a handler: the old one is cancelled like a released one, the new one starts fresh.
    QTest::newRow("new-in-handler") << R"([
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=3&duration=0.3"]},
        {"on": "OnResponseStart", "do": [{"new": true}, {"get": "Status"}]},
        {"call": "Send"},
        {"get": "Status"}
    ])"_ba << lines(R"x(
        {"step":0,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"step":1,"on":"OnResponseStart","ok":true}
        {"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T}
        {"step":"1.0","in":"OnResponseStart","new":true,"ok":true}
        {"step":"1.1","in":"OnResponseStart","get":"Status","ok":false,"hresult":"0x80072F45","error":12101,"description":"Call Send first"}
        {"step":2,"call":"Send","ok":false,"hresult":"0x80072EF1","error":12017,"description":"The operation has been canceled"}
        {"step":3,"get":"Status","ok":false,"hresult":"0x80072F45","error":12101,"description":"Call Send first"}
        {"done":true,"steps":4,"t_ms":T}
    )x") << false << 0 << QString();

    // An `on` inside a handler registers for the next Send; its steps are labelled one level deeper.
    QTest::newRow("on-in-handler") << R"([
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=3&duration=0"]},
        {"on": "OnResponseStart", "do": [{"on": "OnResponseFinished", "do": [{"get": "Status"}]}]},
        {"call": "Send"},
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=3&duration=0&code=201"]},
        {"call": "Send"}
    ])"_ba << lines(R"x(
        {"step":0,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"step":1,"on":"OnResponseStart","ok":true}
        {"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T}
        {"step":"1.0","in":"OnResponseStart","on":"OnResponseFinished","ok":true}
        {"event":"OnResponseDataAvailable","size":S,"total":3,"t_ms":T}
        {"event":"OnResponseFinished","total":3,"t_ms":T}
        {"step":2,"call":"Send","ok":true,"hresult":"0x00000000"}
        {"step":3,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"event":"OnResponseStart","status":201,"contentType":"application/octet-stream","t_ms":T}
        {"event":"OnResponseDataAvailable","size":S,"total":3,"t_ms":T}
        {"event":"OnResponseFinished","total":3,"t_ms":T}
        {"step":"1.0.0","in":"OnResponseFinished","get":"Status","ok":true,"hresult":"0x00000000","value":201}
        {"step":4,"call":"Send","ok":true,"hresult":"0x00000000"}
        {"done":true,"steps":5,"t_ms":T}
    )x") << true << 0 << QString();

    // Input errors only known while running: what ran is printed, then exit 2 without "done".
    QTest::newRow("call-after-release-in-handler") << R"([
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=3&duration=0.3"]},
        {"on": "OnResponseStart", "do": [{"release": true}, {"call": "Abort"}]},
        {"call": "Send"}
    ])"_ba << lines(R"x(
        {"step":0,"call":"Open","ok":true,"hresult":"0x00000000"}
        {"step":1,"on":"OnResponseStart","ok":true}
        {"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T}
        {"step":"1.0","in":"OnResponseStart","release":true,"ok":true}
    )x") << false << 2 << u"step 1.1: $: the request object was released; add {\"new\": true} first"_s;

    QTest::newRow("unknown-stream") << R"([{"wait_ms": 0}, {"stream": "s9", "read": 1}, {"wait_ms": 0}])"_ba
                                    << lines(R"x({"step":0,"wait_ms":0,"ok":true})x") << false << 2
                                    << u"step 1: $.stream: no stream named \"s9\" (take one with get ResponseStream)"_s;

    QTest::newRow("malformed-runs-nothing")
        << R"([{"call": "Open", "args": ["GET", "${NOPE}"]}])"_ba << QStringList() << false << 2
        << u"step 0: $.args[1]: undefined variable ${NOPE} (pass --var NOPE=VALUE)"_s;
}

void tst_ScriptRunner::output()
{
    QFETCH(QByteArray, script);
    QFETCH(QStringList, expected);
    QFETCH(bool, mergeData);
    const Run result = run(script);
    QStringList actual = normalized(result.lines, mergeData);
    if (expected.join(u'\n').contains(R"("total":N)"_L1)) // a body whose size is not the point of the row
        actual.replaceInStrings(QRegularExpression(uR"("total":\d+)"_s), uR"("total":N)"_s);
    if (actual != expected) { // one line per row makes a mismatch readable
        for (qsizetype i = 0; i < qMax(actual.size(), expected.size()); ++i)
            QCOMPARE(actual.value(i), expected.value(i));
    }
    QTEST(result.exitCode, "exitCode");
    QTEST(result.error, "error");
}

void tst_ScriptRunner::eachHandlerRunsPerChunk()
{
    const Run result = run(R"([
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=4&duration=0.4"]},
        {"on": "OnResponseDataAvailable", "nth": "each", "do": [{"get": "Status"}]},
        {"call": "Send"}
    ])"_ba);
    QCOMPARE(result.exitCode, 0);
    // However the bytes were split, every data event line is followed by exactly one handler line.
    qsizetype events = 0;
    for (qsizetype i = 0; i < result.lines.size(); ++i) {
        if (!isDataEvent(result.lines.at(i)))
            continue;
        ++events;
        QVERIFY(
            result.lines.value(i + 1).startsWith(R"({"step":"1.0","in":"OnResponseDataAvailable","get":"Status")"_L1));
    }
    QVERIFY(events >= 1);
    QVERIFY2(
        result.lines.value(result.lines.size() - 3).contains(R"("total":4)"_L1), qPrintable(result.lines.join(u'\n')));
}

void tst_ScriptRunner::inputErrorPrintsNoDone()
{
    const Run result = run(R"([{"wait_ms": 0}, {"call": "Abort", "args": [1]}])"_ba);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.lines.isEmpty()); // checked before step 0 ran
    QCOMPARE(result.error, u"step 1: $.args: Abort takes no arguments, got 1"_s);
}

QTEST_GUILESS_MAIN(tst_ScriptRunner)
#include "tst_scriptrunner.moc"
