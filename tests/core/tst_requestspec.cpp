// SPDX-License-Identifier: MIT
#include "httprequest.h"
#include "requestspec.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::KeyValue;
using Reqscope::RequestSpec;

class tst_RequestSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip();
    void impliedHeaders_data();
    void impliedHeaders();
    void formBodies();
    void missingFileIsAnError();
};

void tst_RequestSpec::jsonRoundTrip()
{
    RequestSpec spec;
    spec.name = u"n"_s;
    spec.method = u"PATCH"_s;
    spec.url = u"http://h/p"_s;
    spec.headers = { { u"X-A"_s, u"1"_s }, { u"X-B"_s, u"2"_s, false } };
    spec.bodyKind = RequestSpec::BodyKind::Multipart;
    spec.formFields = { { u"f"_s, u"/tmp/x"_s, true, true } };
    spec.authKind = RequestSpec::AuthKind::Digest;
    spec.authUser = u"u"_s;
    spec.receiveTimeoutMs = 5;
    spec.proxySetting = 2;
    spec.options.insert(Reqscope::HttpRequest::EnableRedirects, false);
    spec.options.insert(Reqscope::HttpRequest::UserAgentString, u"ua"_s);
    const RequestSpec back = RequestSpec::fromJson(spec.toJson());
    QCOMPARE(back.toJson(), spec.toJson());
    QCOMPARE(back.headers.at(1).enabled, false);
    QCOMPARE(back.formFields.at(0).isFile, true);
    QCOMPARE(back.options.value(Reqscope::HttpRequest::EnableRedirects).toBool(), false);
    QVERIFY(!(back == RequestSpec()));
}

void tst_RequestSpec::impliedHeaders_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("contentType");

    QTest::newRow("none") << int(RequestSpec::BodyKind::None) << QString();
    QTest::newRow("json") << int(RequestSpec::BodyKind::Json) << u"application/json"_s;
    QTest::newRow("form") << int(RequestSpec::BodyKind::FormUrlEncoded) << u"application/x-www-form-urlencoded"_s;
    QTest::newRow("multipart") << int(RequestSpec::BodyKind::Multipart)
                               << u"multipart/form-data; boundary="_s
            + QString::fromLatin1(RequestSpec::multipartBoundary());
}

void tst_RequestSpec::impliedHeaders()
{
    QFETCH(int, kind);
    RequestSpec spec;
    spec.bodyKind = RequestSpec::BodyKind(kind);
    QString contentType;
    for (const KeyValue &h : spec.effectiveHeaders()) {
        if (h.name == u"Content-Type"_s)
            contentType = h.value;
    }
    QTEST(contentType, "contentType");
    spec.headers = { { u"content-type"_s, u"text/x"_s } }; // the user's own header wins
    QCOMPARE(spec.effectiveHeaders().size(), 1);
}

void tst_RequestSpec::formBodies()
{
    RequestSpec spec;
    spec.bodyKind = RequestSpec::BodyKind::FormUrlEncoded;
    spec.formFields = { { u"a b"_s, u"1&2"_s }, { u"off"_s, u"x"_s, false }, { u"c"_s, u"ü"_s } };
    QCOMPARE(spec.bodyBytes(), "a%20b=1%262&c=%C3%BC"_ba);

    QTemporaryDir dir;
    QFile file(dir.filePath(u"f.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("content");
    file.close();
    spec.bodyKind = RequestSpec::BodyKind::Multipart;
    spec.formFields = { { u"field"_s, u"v"_s }, { u"upload"_s, file.fileName(), true, true } };
    const QByteArray body = spec.bodyBytes();
    QVERIFY(body.contains("name=\"field\"\r\n\r\nv\r\n"));
    QVERIFY(body.contains("name=\"upload\"; filename=\"f.txt\"\r\nContent-Type: text/plain\r\n\r\ncontent\r\n"));
    QVERIFY(body.endsWith(QByteArray("--" + RequestSpec::multipartBoundary() + "--\r\n")));
}

void tst_RequestSpec::missingFileIsAnError()
{
    RequestSpec spec;
    spec.bodyKind = RequestSpec::BodyKind::BinaryFile;
    spec.bodyFile = u"/nonexistent/reqscope-file"_s;
    QString error;
    QVERIFY(spec.bodyBytes(&error).isEmpty());
    QVERIFY(error.contains(u"/nonexistent/reqscope-file"_s));
}

QTEST_GUILESS_MAIN(tst_RequestSpec)
#include "tst_requestspec.moc"
