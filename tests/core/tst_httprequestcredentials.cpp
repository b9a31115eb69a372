// SPDX-License-Identifier: MIT
// SetCredentials (spec §3.10): 401 answered once with Basic or Digest; rejected or missing credentials leave
// the 401 as the final response; credentials never carry over. Against httpbin (tests/support).
#include "enginetestsupport.h"
#include "httpbinpeer.h"
#include "peers.h"

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::HttpRequest;
using Reqscope::Test::EventRecorder;
using Reqscope::Test::Peers;

class tst_HttpRequestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void server_data();
    void server();
    void doNotCarryOver();
};

void tst_HttpRequestCredentials::initTestCase()
{
    QVERIFY2(Peers::httpbin().isValid(), qPrintable(Peers::httpbin().problem()));
}

void tst_HttpRequestCredentials::server_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("user"); // null: SetCredentials not called
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");

    for (const bool async : { false, true }) {
        const char *mode = async ? "async" : "sync";
        for (const char16_t *scheme : { u"basic", u"digest" }) {
            const QString path = QString::fromUtf16(scheme) == u"basic" ? u"/basic-auth/alice/s3cret"_s
                                                                        : u"/digest-auth/auth/alice/s3cret"_s;
            const QByteArray tag = QString::fromUtf16(scheme).toLatin1();
            QTest::addRow("%s accepted/%s", tag.constData(), mode) << path << u"alice"_s << u"s3cret"_s << 200;
            QTest::addRow("%s rejected/%s", tag.constData(), mode) << path << u"alice"_s << u"wrong"_s << 401;
            QTest::addRow("%s none/%s", tag.constData(), mode) << path << QString() << QString() << 401;
        }
    }
}

void tst_HttpRequestCredentials::server()
{
    QFETCH(QString, path);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, status);
    const bool async = QByteArray(QTest::currentDataTag()).endsWith("/async");

    HttpRequest request;
    EventRecorder recorder(&request);
    QCOMPARE(request.open(u"GET"_s, Peers::httpbin().url(path).toString(), async).code(), HResult::Ok);
    if (!user.isNull())
        QCOMPARE(request.setCredentials(user, password, 0).code(), HResult::Ok);
    HResult result = request.send();
    if (async && result.ok()) {
        bool succeeded = false;
        result = request.waitForResponse(-1, succeeded);
    }
    QCOMPARE(result.code(), HResult::Ok);
    QCOMPARE(recorder.events.first(), u"start:%1"_s.arg(status)); // one sequence, for the final response only
    QCOMPARE(recorder.events.filter(u"start:"_s).size(), 1);
    QCOMPARE(recorder.events.constLast(), u"finished"_s);
    int got = 0;
    QCOMPARE(request.status(got).code(), HResult::Ok);
    QCOMPARE(got, status);
}

void tst_HttpRequestCredentials::doNotCarryOver()
{
    const QString url = Peers::httpbin().url(u"/basic-auth/alice/s3cret"_s).toString();
    HttpRequest request;
    int status = 0;
    QCOMPARE(request.open(u"GET"_s, url).code(), HResult::Ok);
    QCOMPARE(request.setCredentials(u"alice"_s, u"s3cret"_s, 0).code(), HResult::Ok);
    QCOMPARE(request.send().code(), HResult::Ok);
    QCOMPARE(request.status(status).code(), HResult::Ok);
    QCOMPARE(status, 200);
    QCOMPARE(request.open(u"GET"_s, url).code(), HResult::Ok); // Open clears the credentials
    QCOMPARE(request.send().code(), HResult::Ok);
    QCOMPARE(request.status(status).code(), HResult::Ok);
    QCOMPARE(status, 401);
}

QTEST_GUILESS_MAIN(tst_HttpRequestCredentials)
#include "tst_httprequestcredentials.moc"
