// SPDX-License-Identifier: MIT
// Issue 5 item 9: every playground fault ends in its specified result, with no hang and no memory blow-up.
#include "enginetestsupport.h"
#include "playgroundserver.h"

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::HttpRequest;
using Reqscope::PlaygroundServer;
using Reqscope::Test::EventRecorder;
namespace E = Reqscope::WinHttpError;

namespace {

QString hr(int winHttpError)
{
    return HResult::fromWinHttp(winHttpError).hex();
}

} // namespace

class tst_HttpRequestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void faults_data();
    void faults();
    void gzipBombStaysCompressed();

private:
    PlaygroundServer m_server;
};

void tst_HttpRequestFaults::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
}

void tst_HttpRequestFaults::faults_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("alsoAccepted"); // a documented Qt 6.4 race; empty: none

    const QString reset = hr(E::ConnectionError);
    const QString invalid = hr(E::InvalidServerResponse);
    const QString timeout = hr(E::Timeout);
    const QStringList okBody = { u"start:200"_s, u"data*"_s, u"finished"_s };
    for (const bool async : { false, true }) {
        const char *mode = async ? "async" : "sync";
        QTest::addRow("reset mid-body/%s", mode)
            << u"/fault/reset-mid-body"_s << QStringList { u"start:200"_s, u"data*"_s, u"error:"_s + reset }
            << QStringList();
        QTest::addRow("truncated chunked/%s", mode)
            << u"/fault/truncated-chunked"_s << QStringList { u"start:200"_s, u"data*"_s, u"error:"_s + reset }
            << okBody;
        QTest::addRow("bad status line/%s", mode)
            << u"/fault/bad-status-line"_s << QStringList { u"error:"_s + invalid } << QStringList();
        QTest::addRow("oversize headers/%s", mode)
            << u"/fault/huge-headers"_s << QStringList { u"error:"_s + invalid } << QStringList();
        QTest::addRow("hang before headers/%s", mode)
            << u"/fault/hang-before-headers"_s << QStringList { u"error:"_s + timeout } << QStringList();
        QTest::addRow("redirect loop/%s", mode)
            << u"/fault/redirect-loop"_s << QStringList { u"error:"_s + hr(E::RedirectFailed) } << QStringList();
        QTest::addRow("gzip bomb/%s", mode) << u"/fault/gzip-bomb"_s << okBody << QStringList();
    }
}

void tst_HttpRequestFaults::faults()
{
    QFETCH(QString, path);
    QFETCH(QStringList, events);
    QFETCH(QStringList, alsoAccepted);
    const bool async = QByteArray(QTest::currentDataTag()).endsWith("/async");

    HttpRequest request;
    EventRecorder recorder(&request);
    // The Receive limit ends the hang; every other fault ends long before it.
    QCOMPARE(request.setTimeouts(0, 5000, 5000, 1500).code(), HResult::Ok);
    QCOMPARE(request.open(u"GET"_s, m_server.url(path).toString(), async).code(), HResult::Ok);
    HResult result = request.send();
    if (async && result.ok()) {
        bool succeeded = false;
        result = request.waitForResponse(-1, succeeded);
    }
    const QStringList folded = recorder.folded();
    QVERIFY2(folded == events || (!alsoAccepted.isEmpty() && folded == alsoAccepted),
        qPrintable(recorder.events.join(u' ')));
    const QString last = folded.constLast();
    QCOMPARE(result.hex(), last.startsWith(u"error:") ? last.mid(6) : HResult(HResult::Ok).hex());
    QVERIFY(Reqscope::Test::drainWithSecondRequest(m_server.url(u"/get"_s).toString()));
    QCOMPARE(recorder.folded(), folded); // nothing late
}

void tst_HttpRequestFaults::gzipBombStaysCompressed()
{
    HttpRequest request;
    QCOMPARE(request.open(u"GET"_s, m_server.url(u"/fault/gzip-bomb"_s).toString()).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    QByteArray body;
    QCOMPARE(request.responseBody(body).code(), HResult::Ok);
    QVERIFY(body.startsWith("\x1f\x8b"_ba)); // the gzip magic: never inflated
    QVERIFY2(body.size() < 4 * 1024 * 1024, qPrintable(QString::number(body.size())));
    QString length;
    QCOMPARE(request.getResponseHeader(u"Content-Length"_s, length).code(), HResult::Ok);
    QCOMPARE(body.size(), length.toLongLong());
}

QTEST_GUILESS_MAIN(tst_HttpRequestFaults)
#include "tst_httprequestfaults.moc"
