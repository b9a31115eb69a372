// SPDX-License-Identifier: MIT
#include "playgroundrequestparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::PlaygroundRequest;
using Reqscope::PlaygroundRequestParser;
using State = PlaygroundRequestParser::State;

/// PlaygroundRequestParser on its own: framing, strictness, and every split of the input.
class tst_PlaygroundRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void incomplete_data();
    void incomplete();
    void expectsContinue();
    void request();
};

void tst_PlaygroundRequestParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("errorStatus"); // 0: completes
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("rest"); // bytes left for the next request

    QTest::newRow("get") << "GET / HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 0 << QByteArray() << QByteArray();
    QTest::newRow("http-1.0-no-host") << "GET / HTTP/1.0\r\n\r\n"_ba << 0 << QByteArray() << QByteArray();
    QTest::newRow("pipelined") << "GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\n"_ba << 0 << QByteArray()
                               << "GET /b HTTP/1.1\r\n"_ba;
    QTest::newRow("length") << "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabcGET"_ba << 0 << "abc"_ba
                            << "GET"_ba;
    QTest::newRow("chunked") << "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "3\r\nabc\r\n10;x=y\r\n0123456789abcdef\r\n0\r\nT: 1\r\n\r\nNEXT"_ba
                             << 0 << "abc0123456789abcdef"_ba
                             << "NEXT"_ba;
    QTest::newRow("chunk-size-case") << "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                        "A\r\n0123456789\r\na\r\n0123456789\r\n0\r\n\r\n"_ba
                                     << 0 << "01234567890123456789"_ba << QByteArray();
    QTest::newRow("absolute-form") << "GET http://h/x?y HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 0 << QByteArray()
                                   << QByteArray();
    QTest::newRow("empty-value") << "GET / HTTP/1.1\r\nHost: h\r\nX-Empty:\r\n\r\n"_ba << 0 << QByteArray()
                                 << QByteArray();

    QTest::newRow("garbage") << "hello\r\n\r\n"_ba << 400 << QByteArray() << QByteArray();
    QTest::newRow("lowercase-version") << "GET / http/1.1\r\nHost: h\r\n\r\n"_ba << 400 << QByteArray() << QByteArray();
    QTest::newRow("http-1.2") << "GET / HTTP/1.2\r\nHost: h\r\n\r\n"_ba << 505 << QByteArray() << QByteArray();
    QTest::newRow("nul-in-target") << "GET /\0 HTTP/1.1\r\nHost: h\r\n\r\n"_ba << 400 << QByteArray() << QByteArray();
    QTest::newRow("tab-in-value") << "GET / HTTP/1.1\r\nHost: h\r\nX: a\tb\r\n\r\n"_ba << 0 << QByteArray()
                                  << QByteArray();
    QTest::newRow("chunk-size-overflow") << "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                            "fffffffffffffffff\r\n"_ba
                                         << 400 << QByteArray() << QByteArray();
    QTest::newRow("chunk-too-big") << "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                      "fffffffffff\r\n"_ba
                                   << 413 << QByteArray() << QByteArray();
    QTest::newRow("chunked-then-identity")
        << "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, identity\r\n\r\n"_ba << 501 << QByteArray()
        << QByteArray();
    QTest::newRow("chunked-http-1.0") << "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"_ba << 400
                                      << QByteArray() << QByteArray();
    QTest::newRow("bad-trailer")
        << "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nnocolon\r\n\r\n"_ba << 400
        << QByteArray() << QByteArray();
}

// Fed whole, and split in two at every position: the outcome is the same.
void tst_PlaygroundRequestParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(int, errorStatus);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, rest);
    for (qsizetype split = 0; split <= input.size(); ++split) {
        PlaygroundRequestParser parser;
        QByteArray buffer = input.left(split);
        State state = parser.feed(buffer);
        if (state != State::Failed) {
            buffer += input.mid(split);
            state = parser.feed(buffer);
        }
        if (errorStatus) {
            QCOMPARE(state, State::Failed);
            QCOMPARE(parser.errorStatus(), errorStatus);
            QVERIFY(!parser.errorReason().isEmpty());
            continue;
        }
        QCOMPARE(state, State::Complete);
        const PlaygroundRequest request = parser.takeRequest();
        QCOMPARE(request.body, body);
        QCOMPARE(buffer, rest);
        QCOMPARE(parser.state(), State::Head); // ready for the next request
    }
}

void tst_PlaygroundRequestParser::incomplete_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<State>("state");
    QTest::newRow("nothing") << QByteArray() << State::Head;
    QTest::newRow("half-head") << "GET / HTTP/1.1\r\nHost:"_ba << State::Head;
    QTest::newRow("half-body") << "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nab"_ba << State::Body;
    QTest::newRow("chunk-size") << "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5"_ba
                                << State::ChunkedBody;
    QTest::newRow("chunk-data") << "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab"_ba
                                << State::ChunkedBody;
    QTest::newRow("trailers") << "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: 1\r\n"_ba
                              << State::ChunkedBody;
}

void tst_PlaygroundRequestParser::incomplete()
{
    QFETCH(QByteArray, input);
    PlaygroundRequestParser parser;
    QTEST(parser.feed(input), "state");
}

void tst_PlaygroundRequestParser::expectsContinue()
{
    PlaygroundRequestParser parser;
    QByteArray buffer = "PUT / HTTP/1.1\r\nHost: h\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\n"_ba;
    QCOMPARE(parser.feed(buffer), State::Body);
    QVERIFY(parser.expectsContinue());
    buffer = "ok"_ba;
    QCOMPARE(parser.feed(buffer), State::Complete);
    QVERIFY(!parser.expectsContinue());

    PlaygroundRequestParser noBody;
    buffer = "GET / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n\r\n"_ba;
    QCOMPARE(noBody.feed(buffer), State::Complete);
    QVERIFY(!noBody.expectsContinue());
}

void tst_PlaygroundRequestParser::request()
{
    PlaygroundRequestParser parser;
    QByteArray buffer
        = "DELETE http://example.test:8080/a%2Fb/c%20d?x=1&y=a+b&x=2&flag HTTP/1.1\r\n"
          "Host: example.test:8080\r\nX-Name:  padded value \t\r\nConnection: keep-alive, Close\r\n\r\n"_ba;
    QCOMPARE(parser.feed(buffer), State::Complete);
    const PlaygroundRequest request = parser.takeRequest();
    QCOMPARE(request.method, "DELETE"_ba);
    QCOMPARE(request.version, "HTTP/1.1"_ba);
    QCOMPARE(request.path(), "/a%2Fb/c%20d"_ba);
    QCOMPARE(request.pathSegments(), (QStringList { u"a/b"_s, u"c d"_s }));
    QCOMPARE(request.rawQuery(), "x=1&y=a+b&x=2&flag"_ba);
    QCOMPARE(request.queryValue(u"x"_s), u"1"_s);
    QCOMPARE(request.queryValue(u"y"_s), u"a b"_s);
    QVERIFY(request.hasQueryItem(u"flag"_s));
    QCOMPARE(request.queryValue(u"missing"_s, u"fallback"_s), u"fallback"_s);
    QCOMPARE(request.queryItems().size(), 4);
    QCOMPARE(request.queryInteger(u"x"_s, 7), std::optional<qint64>(1));
    QCOMPARE(request.queryInteger(u"missing"_s, 7), std::optional<qint64>(7));
    QCOMPARE(request.queryInteger(u"y"_s, 7), std::nullopt);
    QCOMPARE(request.header("x-name"), "padded value"_ba);
    QVERIFY(request.wantsClose());
    QCOMPARE(request.url(), u"http://example.test:8080/a%2Fb/c%20d?x=1&y=a+b&x=2&flag"_s);
}

QTEST_GUILESS_MAIN(tst_PlaygroundRequestParser)
#include "tst_playgroundrequestparser.moc"
