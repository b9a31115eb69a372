// SPDX-License-Identifier: MIT
#include "nginxpeer.h"
#include "peers.h"
#include "playgroundbytes.h"
#include "playgroundserver.h"
#include "testcertificates.h"
#include "tinyproxypeer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Reqscope::PlaygroundBytes;

namespace {

QByteArray maskTimes(QByteArray output)
{
    static const QRegularExpression time(uR"("t_ms":\d+\.\d)"_s);
    return QString::fromUtf8(output).replace(time, uR"("t_ms":T)"_s).toUtf8();
}

} // namespace

/// Runs the real `reqscope-cli send` (cli.md §1, §3) against the playground and nginx: bytes, exit codes and
/// the stderr lines are the contract.
class tst_CliSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bodyIsByteExact_data();
    void bodyIsByteExact();
    void include();
    void headersAddAndRemove();
    void bodies_data();
    void bodies();
    void failAndStatus_data();
    void failAndStatus();
    void refusedConnection();
    void traceLines_data();
    void traceLines();
    void abortTriggers_data();
    void abortTriggers();
    void help();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void noProgressMeterWithoutTerminal();
    void progressMeterOnTerminal_data();
    void progressMeterOnTerminal();
    void bigFileWithFlatMemory();
    void requestSettings_data();
    void requestSettings();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &arguments, const QByteArray &input = QByteArray(), const QString &program = {});
    QJsonObject json(const QByteArray &bytes);

    Reqscope::PlaygroundServer m_server;
    QTemporaryDir m_dir;
};

void tst_CliSend::initTestCase()
{
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    QVERIFY(m_dir.isValid());
}

tst_CliSend::Result tst_CliSend::cli(const QStringList &arguments, const QByteArray &input, const QString &program)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    const QStringList all = QStringList { u"send"_s } + arguments;
    if (program.isEmpty())
        process.start(QStringLiteral(REQSCOPE_CLI), all);
    else
        process.start(program, QStringList { u"-f"_s, u"%M"_s, QStringLiteral(REQSCOPE_CLI) } + all);
    if (!process.waitForStarted(30000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    // Waiting on the signal keeps this thread's event loop running, so the playground in this process answers.
    if (!finished.wait(300000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(),
        process.readAllStandardError() };
}

QJsonObject tst_CliSend::json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

void tst_CliSend::bodyIsByteExact_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("toFile");

    for (const qint64 size : { qint64(0), qint64(1), qint64(3 * 1024 * 1024 + 7) }) {
        for (const QString &mode : { u"--async"_s, u"--sync"_s }) {
            for (const bool toFile : { false, true }) {
                const QByteArray tag = QByteArray::number(size) + ' ' + mode.toLatin1() + (toFile ? " -o" : " stdout");
                QTest::newRow(tag.constData()) << size << mode << toFile;
            }
        }
    }
}

void tst_CliSend::bodyIsByteExact()
{
    QFETCH(qint64, size);
    QFETCH(QString, mode);
    QFETCH(bool, toFile);
    const QString url = m_server.url(u"/bytes/%1?seed=7"_s.arg(size)).toString();
    const QString path = m_dir.filePath(u"body.bin"_s);
    QStringList arguments { mode, url };
    if (toFile)
        arguments << u"-o"_s << path;
    const Result result = cli(arguments);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QByteArray body = result.out;
    if (toFile) {
        QCOMPARE(result.out, QByteArray());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        body = file.readAll();
    }
    QCOMPARE(body.size(), size);
    QVERIFY(body == PlaygroundBytes::generate(7, 0, size));
}

void tst_CliSend::include()
{
    const Result result = cli({ u"-i"_s, m_server.url(u"/status/418"_s).toString() });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("HTTP/1.1 418 I'm a teapot\r\n"), result.out.constData());
    QVERIFY2(result.out.endsWith("\r\n\r\n418 I'm a teapot\n"), result.out.constData());
    QVERIFY(result.out.contains("\r\nContent-Length: 17\r\n"));
}

void tst_CliSend::headersAddAndRemove()
{
    const Result result = cli({ u"-H"_s,
        u"Accept:"_s,
        u"-H"_s,
        u"X-Reqscope: yes please"_s,
        u"-H"_s,
        u"User-Agent: cli-test"_s,
        m_server.url(u"/headers"_s).toString() });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject headers = json(result.out).value("headers"_L1).toObject();
    QVERIFY2(!headers.isEmpty(), result.out.constData());
    QVERIFY(!headers.contains("Accept"_L1));
    QCOMPARE(headers.value("X-Reqscope"_L1).toString(), u"yes please"_s);
    QCOMPARE(headers.value("User-Agent"_L1).toString(), u"cli-test"_s);
}

void tst_CliSend::bodies_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("data"); // as /anything echoes it
    QTest::addColumn<QString>("contentType");

    const QString textFile = m_dir.filePath(u"text.txt"_s);
    const QString binaryFile = m_dir.filePath(u"binary.bin"_s);
    QFile text(textFile);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("gr\xc3\xbc\xc3\x9f\n");
    text.close();
    QFile binary(binaryFile);
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write("\xff\x00\x01"_ba);
    binary.close();

    // String rules of Send: ASCII goes as it is without a Content-Type; anything else as UTF-8 with a charset.
    QTest::newRow("ascii") << QStringList { u"-d"_s, u"a=1&b=2"_s } << QByteArray() << u"POST"_s << u"a=1&b=2"_s
                           << QString();
    QTest::newRow("utf8-text") << QStringList { u"-d"_s, u"héllo"_s } << QByteArray() << u"POST"_s << u"héllo"_s
                               << u"text/plain; charset=UTF-8"_s;
    QTest::newRow("text-keeps-own-type") << QStringList { u"-H"_s,
        u"Content-Type: application/json"_s,
        u"-d"_s,
        u"\"é\""_s } << QByteArray() << u"POST"_s
                                         << u"\"é\""_s << u"application/json; charset=UTF-8"_s;
    QTest::newRow("text-file") << QStringList { u"-d"_s, u"@"_s + textFile } << QByteArray() << u"POST"_s << u"grüß\n"_s
                               << u"text/plain; charset=UTF-8"_s;
    QTest::newRow("text-stdin") << QStringList { u"-X"_s, u"PUT"_s, u"-d"_s, u"@-"_s } << "from stdin"_ba << u"PUT"_s
                                << u"from stdin"_s << QString();
    QTest::newRow("binary-file") << QStringList { u"--data-binary"_s, u"@"_s + binaryFile } << QByteArray() << u"POST"_s
                                 << u"/wAB"_s << QString();
    QTest::newRow("binary-stdin-utf8-stays-bytes")
        << QStringList { u"--data-binary"_s, u"@-"_s } << "\xc3\xa9"_ba << u"POST"_s << u"é"_s << QString();
}

void tst_CliSend::bodies()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const Result result = cli(arguments + QStringList { m_server.url(u"/anything"_s).toString() }, input);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject echo = json(result.out);
    QTEST(echo.value("method"_L1).toString(), "method");
    QTEST(echo.value("data"_L1).toString(), "data");
    QTEST(echo.value("headers"_L1).toObject().value("Content-Type"_L1).toString(), "contentType");
}

void tst_CliSend::failAndStatus_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("fail");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("err");

    QTest::newRow("404") << u"/status/404"_s << false << 0 << QByteArray();
    QTest::newRow("404-fail") << u"/status/404"_s << true << 1
                              << "reqscope-cli: send: the server answered 404 Not Found (--fail)\n"_ba;
    QTest::newRow("503-fail") << u"/status/503"_s << true << 1
                              << "reqscope-cli: send: the server answered 503 Service Unavailable (--fail)\n"_ba;
    QTest::newRow("399-fail") << u"/status/399"_s << true << 0 << QByteArray();
    QTest::newRow("200-fail") << u"/get"_s << true << 0 << QByteArray();
}

void tst_CliSend::failAndStatus()
{
    QFETCH(QString, path);
    QFETCH(bool, fail);
    QStringList arguments { m_server.url(path).toString() };
    if (fail)
        arguments << u"--fail"_s;
    const Result result = cli(arguments);
    QTEST(result.exitCode, "exitCode");
    QTEST(result.err, "err");
    QVERIFY(!result.out.isEmpty()); // the body is written either way
}

void tst_CliSend::refusedConnection()
{
    QTcpServer probe; // a port that was free a moment ago and now refuses
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    for (const QString &mode : { u"--async"_s, u"--sync"_s }) {
        const Result result = cli({ mode, u"http://127.0.0.1:%1/"_s.arg(port) });
        QCOMPARE(result.out, QByteArray());
        QCOMPARE(
            result.err, "reqscope-cli: send: 0x80072EFD A connection with the server could not be established\n"_ba);
        QCOMPARE(result.exitCode, 1);
    }
}

void tst_CliSend::traceLines_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QByteArrayList>("phases");

    // An IP literal needs no name lookup; plain http no TLS (the engine's TimingRecord).
    QTest::newRow("ip-literal") << u"127.0.0.1"_s << QByteArrayList { "connect", "sent", "firstByte", "done" };
    QTest::newRow("host-name") << u"localhost"_s << QByteArrayList { "dns", "connect", "sent", "firstByte", "done" };
}

void tst_CliSend::traceLines()
{
    QFETCH(QString, host);
    QFETCH(QByteArrayList, phases);
    QUrl url = m_server.url(u"/bytes/10?seed=1"_s);
    url.setHost(host);
    const Result result = cli({ u"--trace"_s, url.toString() });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, PlaygroundBytes::generate(1, 0, 10));
    QByteArrayList lines = maskTimes(result.err).split('\n');
    // Event lines exactly as `script` prints them; then the phases, then the summary (cli.md §3).
    QByteArrayList expected {
        R"({"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T})"_ba,
        R"({"event":"OnResponseDataAvailable","size":10,"total":10,"t_ms":T})"_ba,
        R"({"event":"OnResponseFinished","total":10,"t_ms":T})"_ba,
    };
    for (const QByteArray &phase : std::as_const(phases))
        expected.append(R"({"phase":")" + phase + R"(","t_ms":T})");
    expected.append(R"({"summary":{"status":200,"bytes":10,"t_ms":T,"hresult":"0x00000000"}})"_ba);
    expected.append(QByteArray()); // every line ends with a line feed
    QCOMPARE(lines, expected);

    // The phases happened in their order, on the same clock as the events.
    static const QRegularExpression time(uR"("t_ms":(\d+\.\d))"_s);
    const QByteArrayList raw = result.err.split('\n');
    double last = 0;
    for (qsizetype i = 3; i < 3 + phases.size(); ++i) {
        const double ms = time.match(QString::fromUtf8(raw.at(i))).captured(1).toDouble();
        QVERIFY2(ms >= last, raw.at(i).constData());
        last = ms;
    }
}

void tst_CliSend::abortTriggers_data()
{
    QTest::addColumn<QStringList>("trigger");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("minBytes");
    QTest::addColumn<int>("maxBytes");

    for (const QString &mode : { u"--async"_s, u"--sync"_s }) {
        const QByteArray m = mode.toLatin1();
        QTest::newRow(QByteArray("on-start " + m).constData())
            << QStringList { u"--abort-on-start"_s } << mode << 0 << 0;
        QTest::newRow(QByteArray("first-chunk " + m).constData())
            << QStringList { u"--abort-on-first-chunk"_s } << mode << 1 << 9;
        QTest::newRow(QByteArray("after-bytes " + m).constData())
            << QStringList { u"--abort-after-bytes"_s, u"3"_s } << mode << 3 << 9;
    }
}

void tst_CliSend::abortTriggers()
{
    QFETCH(QStringList, trigger);
    QFETCH(QString, mode);
    QFETCH(int, minBytes);
    QFETCH(int, maxBytes);
    // 10 bytes over 3 s: an abort that did not happen would deliver all ten.
    const Result result
        = cli(trigger + QStringList { mode, u"--trace"_s, m_server.url(u"/drip?numbytes=10&duration=3"_s).toString() });
    // An abort the user asked for is not a failure: exit 0, and the summary carries OPERATION_CANCELLED.
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.size() >= minBytes && result.out.size() <= maxBytes, result.out.constData());
    QCOMPARE(result.out, QByteArray(result.out.size(), '*'));
    const QByteArray err = maskTimes(result.err);
    QVERIFY2(err.endsWith(R"("t_ms":T,"hresult":"0x80072EF1"}})"
                          "\n"),
        err.constData());
    QVERIFY(err.contains(QByteArray(R"("bytes":)" + QByteArray::number(result.out.size()) + ',')));
    QVERIFY(!err.contains("OnResponseFinished"));
    QVERIFY(!err.contains("OnError"));
}

void tst_CliSend::help()
{
    const Result result = cli({ u"--help"_s });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    QVERIFY2(result.out.startsWith("Usage: reqscope-cli send [options] URL\n"), result.out.constData());
    // Every flag of cli.md §1 is listed.
    for (const char *flag : { "--request",
             "--header",
             "--data",
             "--data-binary",
             "--output",
             "--sync",
             "--async",
             "--abort-on-first-chunk",
             "--abort-after-bytes",
             "--abort-on-start",
             "--trace",
             "--include",
             "--timeouts",
             "--proxy",
             "--noproxy",
             "--direct",
             "--user",
             "--proxy-user",
             "--cert",
             "--insecure",
             "--cacert",
             "--cert-password",
             "--no-location",
             "--max-redirs",
             "--option",
             "--fail",
             "--silent" })
        QVERIFY2(result.out.contains(flag), flag);
}

void tst_CliSend::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("err");

    const QString missing = m_dir.filePath(u"missing.txt"_s);
    QTest::newRow("timeouts") << QStringList { u"--timeouts"_s, u"1,2"_s, u"http://127.0.0.1:9/"_s }
                              << "reqscope-cli: send: --timeouts: expected R,C,S,V in milliseconds\n"_ba;
    QTest::newRow("no-url") << QStringList()
                            << "reqscope-cli: send: URL: missing (reqscope-cli send [options] URL)\n"_ba;
    QTest::newRow("unreadable-body") << QStringList { u"-d"_s, u"@"_s + missing, u"http://127.0.0.1:9/"_s }
                                     << "reqscope-cli: send: -d: cannot read " + missing.toUtf8()
            + ": No such file or directory\n";
    QTest::newRow("unwritable-output") << QStringList { u"-o"_s,
        m_dir.filePath(u"no/such/dir"_s),
        u"http://127.0.0.1:9/"_s }
                                       << "reqscope-cli: send: -o: cannot write "
            + m_dir.filePath(u"no/such/dir"_s).toUtf8() + ": No such file or directory\n";
    QTest::newRow("bad-scheme") << QStringList { u"ftp://127.0.0.1/"_s }
                                << "reqscope-cli: send: ftp://127.0.0.1/: 0x80072EE6 The URL does not use a "
                                   "recognized protocol\n"_ba;
    QTest::newRow("bad-header-name") << QStringList { u"-H"_s, u"Bad Name: x"_s, u"http://127.0.0.1:9/"_s }
                                     << "reqscope-cli: send: -H 'Bad Name: x': 0x80070057 Invalid argument\n"_ba;
    QTest::newRow("option-out-of-range") << QStringList { u"--option"_s, u"1000=5"_s, u"http://127.0.0.1:9/"_s }
                                         << "reqscope-cli: send: --option ResponseBodyRetention=5: 0x80070057 "
                                            "Invalid argument\n"_ba;
}

void tst_CliSend::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Result result = cli(arguments);
    QTEST(result.err, "err");
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
}

void tst_CliSend::noProgressMeterWithoutTerminal()
{
    // stderr is a pipe here: no meter, not even a carriage return, for a transfer that takes a while.
    const Result result = cli({ m_server.url(u"/drip?numbytes=5&duration=0.6"_s).toString() });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, "*****"_ba);
    QCOMPARE(result.err, QByteArray());
}

void tst_CliSend::progressMeterOnTerminal_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<bool>("meter");

    QTest::newRow("terminal") << QStringList() << true;
    QTest::newRow("silent") << QStringList { u"-s"_s } << false;
    QTest::newRow("trace-owns-stderr") << QStringList { u"--trace"_s } << false;
}

void tst_CliSend::progressMeterOnTerminal()
{
    QFETCH(QStringList, flags);
    QFETCH(bool, meter);
    int master = -1;
    int slave = -1;
    QCOMPARE(::openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
    QProcess process;
    process.setChildProcessModifier([slave] { ::dup2(slave, STDERR_FILENO); }); // stderr becomes a terminal
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(REQSCOPE_CLI),
        QStringList { u"send"_s } + flags
            + QStringList { m_server.url(u"/drip?numbytes=4&duration=0.4"_s).toString() });
    QVERIFY(finished.wait(60000));
    ::close(slave);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), "****"_ba);
    QByteArray terminal;
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    char buffer[4096];
    for (ssize_t n; (n = ::read(master, buffer, sizeof buffer)) > 0;)
        terminal.append(buffer, n);
    ::close(master);
    if (!meter) {
        QCOMPARE(terminal.contains("B/s"), false);
        return;
    }
    // Drawn in place and erased at the end: the prompt starts on a clean line.
    QVERIFY2(terminal.startsWith("\r\x1b[K  "), terminal.constData());
    QVERIFY2(terminal.contains("B/s"), terminal.constData());
    QVERIFY2(terminal.endsWith("\r\x1b[K"), terminal.constData());
    QVERIFY(!terminal.contains('\n'));
}

void tst_CliSend::bigFileWithFlatMemory()
{
    Reqscope::Test::NginxPeer &nginx = Reqscope::Test::Peers::nginx();
    QVERIFY2(nginx.isValid(), qPrintable(nginx.problem()));
    const QString path = m_dir.filePath(u"big.bin"_s);
    // GNU time prints the child's peak RSS (KiB) as its last stderr line.
    const Result result = cli({ u"-o"_s, path, nginx.httpUrl(u"/big.bin"_s).toString() }, {}, u"/usr/bin/time"_s);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(QFileInfo(path).size(), Reqscope::Test::NginxPeer::bigFileSize);
    bool ok = false;
    const qint64 peakKib = result.err.trimmed().split('\n').last().toLongLong(&ok);
    QVERIFY2(ok, result.err.constData());
#if defined(__SANITIZE_ADDRESS__)
    // ASan's shadow memory and quarantine add a few hundred MiB; still far below the 1 GiB body.
    constexpr qint64 limitKib = 512 * 1024;
#else
    constexpr qint64 limitKib = 100 * 1024;
#endif
    QVERIFY2(peakKib < limitKib, qPrintable(u"peak RSS %1 KiB"_s.arg(peakKib)));
    QFile::remove(path);
}

void tst_CliSend::requestSettings_data()
{
    using namespace Reqscope::Test;
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("outContains");
    QTest::addColumn<QByteArray>("errStart");

    NginxPeer &nginx = Peers::nginx();
    TinyproxyPeer &proxy = Peers::tinyproxy();
    TinyproxyPeer &authProxy = Peers::tinyproxyAuth();
    QVERIFY2(nginx.isValid(), qPrintable(nginx.problem()));
    QVERIFY2(proxy.isValid(), qPrintable(proxy.problem()));
    QVERIFY2(authProxy.isValid(), qPrintable(authProxy.problem()));
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString refused = u"127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();
    const QString get = m_server.url(u"/get"_s).toString();

    auto row =
        [](const char *tag, const QStringList &arguments, int exitCode, const QByteArray &out, const QByteArray &err) {
            QTest::newRow(tag) << arguments << exitCode << out << err;
        };
    const QString auth = m_server.url(u"/basic-auth/ann/s3cret"_s).toString();
    row("user", { u"-u"_s, u"ann:s3cret"_s, auth }, 0, R"("authenticated": true)"_ba, {});
    row("user-wrong",
        { u"-u"_s, u"ann:nope"_s, u"--fail"_s, auth },
        1,
        R"("authenticated": false)"_ba,
        "reqscope-cli: send: the server answered 401 Unauthorized (--fail)\n"_ba);
    row("proxy-refused", { u"-x"_s, refused, get }, 1, {}, "reqscope-cli: send: 0x80072EFD "_ba);
    row("proxy-bypassed", { u"-x"_s, refused, u"--noproxy"_s, u"127.0.0.1"_s, get }, 0, R"("url")"_ba, {});
    row("direct", { u"--direct"_s, get }, 0, R"("url")"_ba, {});
    const QString viaProxy = u"127.0.0.1:%1"_s.arg(proxy.port());
    row("proxy", { u"--proxy"_s, viaProxy, get }, 0, R"("url")"_ba, {});
    const QString viaAuthProxy = u"127.0.0.1:%1"_s.arg(authProxy.port());
    row("proxy-auth-missing",
        { u"-x"_s, viaAuthProxy, u"-i"_s, u"--fail"_s, get },
        1,
        "HTTP/1.1 407 "_ba,
        "reqscope-cli: send: the server answered 407 "_ba);
    row("proxy-user",
        { u"-x"_s, viaAuthProxy, u"--proxy-user"_s, Peers::proxyUser() + u':' + Peers::proxyPassword(), get },
        0,
        R"("url")"_ba,
        {});
    const QString selfSigned = nginx.url(NginxPeer::SelfSignedCertificate, u"/small.txt"_s).toString();
    row("untrusted", { selfSigned }, 1, {}, "reqscope-cli: send: 0x8007"_ba);
    const TestCertificates &pki = Peers::certificates();
    const QString ca = pki.path(TestCertificates::CaCertificate);
    const QByteArray small = NginxPeer::smallText();
    row("insecure", { u"-k"_s, selfSigned }, 0, small, {});
    row("insecure-by-option", { u"--option"_s, u"SslErrorIgnoreFlags=0x3300"_s, selfSigned }, 0, small, {});
    const QString https = nginx.httpsUrl(u"/small.txt"_s).toString();
    row("cacert", { u"--cacert"_s, ca, https }, 0, small, {});
    row("cacert-unreadable",
        { u"--cacert"_s, m_dir.filePath(u"missing-ca.pem"_s), https },
        1,
        {},
        "reqscope-cli: send: 0x80072F8F "_ba);
    const QString clientRequired = nginx.url(NginxPeer::ClientCertificateRequired, u"/small.txt"_s).toString();
    row("no-client-cert",
        { u"--cacert"_s, ca, u"--fail"_s, clientRequired },
        1,
        {},
        "reqscope-cli: send: the server answered 400 "_ba);
    row("client-cert",
        { u"--cacert"_s, ca, u"-E"_s, pki.path(TestCertificates::ClientBundle), clientRequired },
        0,
        small,
        {});
    row("client-cert-password",
        { u"--cacert"_s,
            ca,
            u"--cert"_s,
            pki.path(TestCertificates::ClientPkcs12),
            u"--cert-password"_s,
            QString::fromLatin1(TestCertificates::password()),
            clientRequired },
        0,
        small,
        {});
    // Receive time-out: the server never answers.
    row("timeouts",
        { u"--timeouts"_s, u"0,0,0,300"_s, m_server.url(u"/fault/hang-before-headers"_s).toString() },
        1,
        {},
        "reqscope-cli: send: 0x80072EE2 The operation timed out\n"_ba);
    const QString redirect = m_server.url(u"/redirect/2"_s).toString();
    row("redirects-followed", { u"-i"_s, redirect }, 0, "HTTP/1.1 200 OK\r\n"_ba, {});
    row("no-location", { u"-i"_s, u"--no-location"_s, redirect }, 0, "HTTP/1.1 302 Found\r\n"_ba, {});
    row("no-location-by-option",
        { u"-i"_s, u"--option"_s, u"6=false"_s, redirect },
        0,
        "HTTP/1.1 302 Found\r\n"_ba,
        {});
    row("max-redirs", { u"--max-redirs"_s, u"1"_s, redirect }, 1, {}, "reqscope-cli: send: 0x80072F7C "_ba);
}

void tst_CliSend::requestSettings()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, outContains);
    QFETCH(QByteArray, errStart);
    const Result result = cli(arguments);
    QVERIFY2(result.out.contains(outContains), result.out.constData());
    QVERIFY2(result.err.startsWith(errStart), result.err.constData());
    if (errStart.isEmpty())
        QCOMPARE(result.err, QByteArray());
    QTEST(result.exitCode, "exitCode");
}

QTEST_GUILESS_MAIN(tst_CliSend)
#include "tst_clisend.moc"
