// SPDX-License-Identifier: MIT
#include "harexporter.h"
#include "harimporter.h"
#include "importdata.h"
#include "timingrecord.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

namespace {

HarEntry sample()
{
    HarEntry e;
    e.startedAt = QDateTime(QDate(2026, 11, 27), QTime(12, 0, 0, 250), Qt::UTC);
    e.request.method = u"POST"_s;
    e.request.url = u"https://api.example.com/v1/items?q=a%20b&n=2"_s;
    e.request.headers = { { u"Cookie"_s, u"sid=cookie-secret"_s }, { u"X-Trace"_s, u"1"_s } };
    e.request.bodyKind = RequestSpec::BodyKind::Json;
    e.request.bodyText = u"{\"a\":1}"_s;
    e.request.authKind = RequestSpec::AuthKind::Basic;
    e.request.authUser = u"me"_s;
    e.request.authPassword = u"pass-secret"_s;
    e.status = 201;
    e.statusText = u"Created"_s;
    e.responseHeaders = { { u"Content-Type"_s, u"application/json"_s }, { u"Set-Cookie"_s, u"sid=new-secret"_s } };
    e.responseBody = "{\"id\":1}"_ba;
    e.responseBodySize = 8;
    e.timings = HarTimings::fromMilestones(5, 6, 40, 41, 90, 100);
    return e;
}

} // namespace

class tst_HarExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure();
    void timings_data();
    void timings();
    void secrets_data();
    void secrets();
    void binaryBody();
    void roundTrip();
};

void tst_HarExporter::structure()
{
    const QJsonObject har = HarExporter().exportLog({ sample() });
    const QJsonObject log = har.value(u"log"_s).toObject();
    QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
    QCOMPARE(log.value(u"creator"_s).toObject().value(u"name"_s).toString(), u"Reqscope"_s);
    const QJsonObject entry = log.value(u"entries"_s).toArray().at(0).toObject();
    for (const QString &key :
        { u"startedDateTime"_s, u"time"_s, u"request"_s, u"response"_s, u"cache"_s, u"timings"_s })
        QVERIFY2(entry.contains(key), qPrintable(key));
    QCOMPARE(entry.value(u"startedDateTime"_s).toString(), u"2026-11-27T12:00:00.250Z"_s);
    const QJsonObject request = entry.value(u"request"_s).toObject();
    for (const QString &key : { u"method"_s,
             u"url"_s,
             u"httpVersion"_s,
             u"cookies"_s,
             u"headers"_s,
             u"queryString"_s,
             u"headersSize"_s,
             u"bodySize"_s })
        QVERIFY2(request.contains(key), qPrintable(key));
    QCOMPARE(request.value(u"queryString"_s).toArray().at(0).toObject().value(u"value"_s).toString(), u"a b"_s);
    const QJsonObject postData = request.value(u"postData"_s).toObject();
    QCOMPARE(postData.value(u"mimeType"_s).toString(), u"application/json"_s);
    QCOMPARE(postData.value(u"text"_s).toString(), u"{\"a\":1}"_s);
    const QJsonObject response = entry.value(u"response"_s).toObject();
    for (const QString &key : { u"status"_s,
             u"statusText"_s,
             u"httpVersion"_s,
             u"cookies"_s,
             u"headers"_s,
             u"content"_s,
             u"redirectURL"_s,
             u"headersSize"_s,
             u"bodySize"_s })
        QVERIFY2(response.contains(key), qPrintable(key));
    QCOMPARE(response.value(u"content"_s).toObject().value(u"text"_s).toString(), u"{\"id\":1}"_s);
    QCOMPARE(response.value(u"content"_s).toObject().value(u"mimeType"_s).toString(), u"application/json"_s);
}

void tst_HarExporter::timings_data()
{
    QTest::addColumn<QList<double>>("milestones"); // dns, connect, tls, sent, firstByte, done
    QTest::addColumn<QList<double>>("phases"); // blocked, dns, connect, ssl, send, wait, receive
    QTest::addColumn<double>("total");

    QTest::newRow("https new connection")
        << QList<double> { 5, 6, 40, 41, 90, 100 } << QList<double> { 1, 5, 34, 34, 1, 49, 10 } << 100.0;
    QTest::newRow("http, no tls") << QList<double> { 2, 2, -1, 10, 30, 31 } << QList<double> { 0, 2, 0, -1, 8, 20, 1 }
                                  << 31.0;
    QTest::newRow("reused connection") << QList<double> { -1, -1, -1, 1, 20, 25 }
                                       << QList<double> { -1, -1, -1, -1, 1, 19, 5 } << 25.0;
    QTest::newRow("failed before response")
        << QList<double> { 3, 3, -1, -1, -1, 50 } << QList<double> { 0, 3, 0, -1, 0, 0, 0 } << 3.0;
}

void tst_HarExporter::timings()
{
    QFETCH(QList<double>, milestones);
    QFETCH(QList<double>, phases);
    const HarTimings t = HarTimings::fromMilestones(
        milestones[0], milestones[1], milestones[2], milestones[3], milestones[4], milestones[5]);
    QCOMPARE((QList<double> { t.blocked, t.dns, t.connect, t.ssl, t.send, t.wait, t.receive }), phases);
    QTEST(t.total(), "total");
    HarEntry e = sample();
    e.timings = t;
    const QJsonObject entry = HarExporter().exportEntry(e);
    QTEST(entry.value(u"time"_s).toDouble(), "total");
    QCOMPARE(entry.value(u"timings"_s).toObject().value(u"ssl"_s).toDouble(), t.ssl);
    // The engine's record gives the same phases.
    TimingRecord record;
    record.dns = milestones[0];
    record.connect = milestones[1];
    record.tls = milestones[2];
    record.sent = milestones[3];
    record.firstByte = milestones[4];
    record.done = milestones[5];
    QCOMPARE(HarTimings::fromTimingRecord(record), t);
    record.reusedConnection = true;
    QCOMPARE(HarTimings::fromTimingRecord(record).connect, -1.0);
}

void tst_HarExporter::secrets_data()
{
    QTest::addColumn<bool>("include");
    QTest::newRow("default") << false;
    QTest::newRow("opted-in") << true;
}

void tst_HarExporter::secrets()
{
    QFETCH(bool, include);
    HarExporter exporter;
    exporter.setIncludeSecrets(include);
    const QByteArray json = QJsonDocument(exporter.exportLog({ sample() })).toJson();
    QCOMPARE(json.contains("cookie-secret"), include);
    QCOMPARE(json.contains("new-secret"), include);
    QCOMPARE(json.contains(QByteArray("me:pass-secret").toBase64()), include);
    QCOMPARE(json.contains("REDACTED"), !include);
    QVERIFY(json.contains("X-Trace"));
}

void tst_HarExporter::binaryBody()
{
    HarEntry e = sample();
    e.responseBody = "\x89PNG\r\n\x1a\n\0\0"_ba;
    e.responseBodySize = 1000;
    const QJsonObject content
        = HarExporter().exportEntry(e).value(u"response"_s).toObject().value(u"content"_s).toObject();
    QCOMPARE(content.value(u"encoding"_s).toString(), u"base64"_s);
    QCOMPARE(QByteArray::fromBase64(content.value(u"text"_s).toString().toLatin1()), e.responseBody);
    QCOMPARE(content.value(u"size"_s).toInteger(), 1000);
    QVERIFY(content.value(u"comment"_s).toString().contains(u"truncated"_s));
}

void tst_HarExporter::roundTrip()
{
    // browser HAR → entries → HAR → entries: the request line, headers, bodies, status and timings survive.
    HarExporter exporter;
    exporter.setIncludeSecrets(true);
    const HarImporter::Result first = HarImporter().import(readImportData(u"browser.har"_s));
    const QJsonObject written = exporter.exportLog(first.entries);
    const HarImporter::Result second = HarImporter().import(QJsonDocument(written).toJson());
    QVERIFY(!second.error);
    QCOMPARE(second.entries.size(), first.entries.size());
    for (qsizetype i = 0; i < first.entries.size(); ++i) {
        const HarEntry &a = first.entries.at(i);
        const HarEntry &b = second.entries.at(i);
        QCOMPARE(b.request.method, a.request.method);
        QCOMPARE(b.request.url, a.request.url);
        QCOMPARE(b.request.bodyKind, a.request.bodyKind);
        QCOMPARE(b.request.bodyText, a.request.bodyText);
        QCOMPARE(b.request.formFields, a.request.formFields);
        QCOMPARE(b.status, a.status);
        QCOMPARE(b.responseBody, a.responseBody);
        QCOMPARE(b.timings, a.timings);
        QCOMPARE(b.startedAt, a.startedAt);
    }
}

QTEST_GUILESS_MAIN(tst_HarExporter)
#include "tst_harexporter.moc"
