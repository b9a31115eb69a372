// SPDX-License-Identifier: MIT
#include "harimporter.h"
#include "importdata.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_HarImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entries_data();
    void entries();
    void responses();
    void warnings();
    void errors_data();
    void errors();
};

void tst_HarImporter::entries_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("headerNames");
    QTest::addColumn<int>("bodyKind");
    QTest::addColumn<QString>("body"); // text, or name=value|… for forms

    QTest::newRow("h2 get, pseudo-headers dropped")
        << 0 << u"GET"_s << u"https://shop.example.com/cart?ref=mail&utm_source=news"_s
        << QStringList { u"accept"_s, u"accept-language"_s, u"cookie"_s, u"user-agent"_s }
        << int(RequestSpec::BodyKind::None) << QString();
    QTest::newRow("json post, length dropped")
        << 1 << u"POST"_s << u"https://shop.example.com/api/cart/items"_s
        << QStringList { u"authorization"_s, u"content-type"_s } << int(RequestSpec::BodyKind::Json)
        << u"{\"sku\":\"TSHIRT-42\",\"qty\":1}"_s;
    QTest::newRow("urlencoded params") << 2 << u"POST"_s << u"https://shop.example.com/checkout"_s
                                       << QStringList { u"Host"_s, u"Content-Type"_s }
                                       << int(RequestSpec::BodyKind::FormUrlEncoded)
                                       << u"coupon=SPRING|note=leave+door"_s;
    QTest::newRow("multipart with file") << 3 << u"POST"_s << u"https://shop.example.com/avatar"_s << QStringList()
                                         << int(RequestSpec::BodyKind::Multipart) << u"alt=me|file=@me.png"_s;
}

void tst_HarImporter::entries()
{
    QFETCH(int, index);
    const HarImporter::Result result = HarImporter(u"browser.har"_s).import(readImportData(u"browser.har"_s));
    QVERIFY(!result.error);
    QCOMPARE(result.entries.size(), 4);
    QCOMPARE(result.collection.items.size(), 4);
    const RequestSpec &spec = result.collection.items.at(index).request;
    QTEST(spec.method, "method");
    QTEST(spec.url, "url");
    QStringList names;
    for (const KeyValue &h : spec.headers)
        names.append(h.name);
    QTEST(names, "headerNames");
    QTEST(int(spec.bodyKind), "bodyKind");
    QString body = spec.bodyText;
    if (!spec.formFields.isEmpty()) {
        QStringList rows;
        for (const KeyValue &f : spec.formFields)
            rows.append(f.name + (f.isFile ? u"=@"_s : u"="_s) + f.value);
        body = rows.join(u'|');
    }
    QTEST(body, "body");
}

void tst_HarImporter::responses()
{
    const HarImporter::Result result = HarImporter().import(readImportData(u"browser.har"_s));
    QCOMPARE(result.entries.size(), 4);
    const HarEntry &first = result.entries.at(0);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.startedAt, QDateTime(QDate(2026, 9, 14), QTime(10, 15, 2, 117), Qt::UTC));
    QCOMPARE(first.serverIpAddress, u"203.0.113.10"_s);
    QCOMPARE(first.timings, (HarTimings { 3.11, 21.4, 60.9, 38.2, 0.31, 92.5, 3.31 }));
    QCOMPARE(first.responseBody, "<!doctype html><title>Cart</title><p>2 items</p>"_ba);
    QCOMPARE(result.entries.at(1).timings.connect, -1.0); // a reused connection
    QCOMPARE(result.entries.at(3).responseBody, "\x89PNG\r\n\x1a\n"_ba); // base64 decoded
    QCOMPARE(result.entries.at(2).timings.dns, -1.0); // absent optional phases are -1
}

void tst_HarImporter::warnings()
{
    const HarImporter::Result result = HarImporter(u"browser.har"_s).import(readImportData(u"browser.har"_s));
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.constFirst().location, u"browser.har: $.log.entries[3].request.postData.params[1]"_s);
}

void tst_HarImporter::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("location");
    QTest::newRow("syntax") << "{\"log\":\n  {\"entries\": [}"_ba
                            << u"x.har:2:17"_s; // just past the bad character, as Qt reports it
    QTest::newRow("no entries") << "{\"log\":{}}"_ba << u"x.har: $.log.entries"_s;
    QTest::newRow("postman file") << "{\"info\":{},\"item\":[]}"_ba << u"x.har: $.log.entries"_s;
}

void tst_HarImporter::errors()
{
    QFETCH(QByteArray, json);
    const HarImporter::Result result = HarImporter(u"x.har"_s).import(json);
    QVERIFY(result.error);
    QTEST(result.error->location, "location");
    QVERIFY(result.entries.isEmpty());
}

QTEST_GUILESS_MAIN(tst_HarImporter)
#include "tst_harimporter.moc"
