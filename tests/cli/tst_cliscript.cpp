// SPDX-License-Identifier: MIT
#include "playgroundserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray maskTimes(QByteArray output)
{
    static const QRegularExpression time(uR"("t_ms":\d+\.\d)"_s);
    return QString::fromUtf8(output).replace(time, uR"("t_ms":T)"_s).toUtf8();
}

} // namespace

/// Runs the real `reqscope-cli script`: FILE or stdin, --var, exit codes and the stderr line are a contract.
class tst_CliScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void run_data();
    void run();
    void abortsSynchronousSendOnFirstChunk();
    void linesArriveAsTheyHappen();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &arguments, const QByteArray &input);

    QTemporaryDir m_dir;
    QString m_scriptPath;
};

void tst_CliScript::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_scriptPath = m_dir.filePath(u"open.json"_s);
    QFile file(m_scriptPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"steps": [{"call": "Open", "args": ["GET", "${URL}"]}, {"get": "Option", "args": ["URL"]}]})");
}

tst_CliScript::Result tst_CliScript::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(REQSCOPE_CLI), QStringList { u"script"_s } + arguments);
    if (!process.waitForStarted(30000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    // Waiting on the signal keeps this thread's event loop running, so a server in this process answers.
    if (!finished.wait(60000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(),
        process.readAllStandardError() };
}

void tst_CliScript::run_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");

    const QByteArray openAndUrl = R"([{"call":"Open","args":["GET","${URL}"]},{"get":"Option","args":[1]}])";
    const QByteArray opened = "{\"step\":0,\"call\":\"Open\",\"ok\":true,\"hresult\":\"0x00000000\"}\n"_ba;

    QTest::newRow("stdin") << QStringList { u"-"_s } << R"([{"get":"Status"}])"_ba << 0
                           << "{\"step\":0,\"get\":\"Status\",\"ok\":false,\"hresult\":\"0x80072F45\",\"error\":12101,"
                              "\"description\":\"Call Send first\"}\n{\"done\":true,\"steps\":1,\"t_ms\":T}\n"_ba
                           << QByteArray();
    QTest::newRow("var") << QStringList { u"-"_s, u"--var"_s, u"URL=http://127.0.0.1:9/a?b=c"_s } << openAndUrl << 0
                         << opened
            + "{\"step\":1,\"get\":\"Option\",\"ok\":true,\"hresult\":\"0x00000000\","
              "\"value\":\"http://127.0.0.1:9/a?b=c\"}\n{\"done\":true,\"steps\":2,\"t_ms\":T}\n"_ba
                         << QByteArray();
    QTest::newRow("file-and-var-first") << QStringList { u"--var=URL=http://127.0.0.1:9/f"_s, m_scriptPath }
                                        << QByteArray() << 0
                                        << opened
            + "{\"step\":1,\"get\":\"Option\",\"ok\":true,\"hresult\":\"0x00000000\","
              "\"value\":\"http://127.0.0.1:9/f\"}\n{\"done\":true,\"steps\":2,"
              "\"t_ms\":T}\n"_ba << QByteArray();
    QTest::newRow("undefined-var") << QStringList { u"-"_s } << openAndUrl << 2 << QByteArray()
                                   << "reqscope-cli: script: step 0: $.args[1]: undefined variable ${URL} (pass --var "
                                      "URL=VALUE)\n"_ba;
    QTest::newRow("bad-arg-type") << QStringList { u"-"_s }
                                  << R"([{"call":"Abort"},{"call":"Open","args":["GET",1]}])"_ba << 2 << QByteArray()
                                  << "reqscope-cli: script: step 1: $.args[1]: expected a string or null\n"_ba;
    QTest::newRow("unknown-method") << QStringList { u"-"_s } << R"([{"call":"Frob"}])"_ba << 2 << QByteArray()
                                    << "reqscope-cli: script: step 0: $.call: unknown method \"Frob\"\n"_ba;
    QTest::newRow("malformed") << QStringList { u"-"_s } << "[\n{\"call\" \"Open\"}]"_ba << 2 << QByteArray()
                               << "reqscope-cli: script: line 2, column 9: missing name separator\n"_ba;
    QTest::newRow("missing-file") << QStringList { m_dir.filePath(u"nope.json"_s) } << QByteArray() << 2 << QByteArray()
                                  << "reqscope-cli: script: cannot read " + m_dir.filePath(u"nope.json"_s).toUtf8()
            + ": No such file or directory\n";
    QTest::newRow("var-without-value") << QStringList { u"-"_s, u"--var"_s, u"URL"_s } << openAndUrl << 2
                                       << QByteArray()
                                       << "reqscope-cli: script: --var expects NAME=VALUE, got 'URL'\n"_ba;
    QTest::newRow("no-file") << QStringList() << QByteArray() << 2 << QByteArray()
                             << "reqscope-cli: script: expected one FILE (or - for stdin)\n"_ba;
}

void tst_CliScript::run()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const Result result = cli(arguments, input);
    QTEST(maskTimes(result.out), "out");
    QTEST(result.err, "err");
    QTEST(result.exitCode, "exitCode");
}

void tst_CliScript::abortsSynchronousSendOnFirstChunk()
{
    Reqscope::PlaygroundServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const QByteArray script = R"([
        {"call": "Open", "args": ["GET", "${BASE}/drip?numbytes=10&duration=2"]},
        {"on": "OnResponseDataAvailable", "nth": 1, "do": [{"call": "Abort"}]},
        {"call": "Send"},
        {"get": "Status"}
    ])";
    const Result result = cli({ u"-"_s, u"--var"_s, u"BASE="_s + server.url().toString() }, script);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    // cli.md §2.3, line for line.
    QCOMPARE(maskTimes(result.out),
        R"({"step":0,"call":"Open","ok":true,"hresult":"0x00000000"}
{"step":1,"on":"OnResponseDataAvailable","ok":true}
{"event":"OnResponseStart","status":200,"contentType":"application/octet-stream","t_ms":T}
{"event":"OnResponseDataAvailable","size":1,"total":1,"t_ms":T}
{"step":"1.0","in":"OnResponseDataAvailable","call":"Abort","ok":true,"hresult":"0x00000000"}
{"step":2,"call":"Send","ok":false,"hresult":"0x80072EF1","error":12017,"description":"The operation has been canceled"}
{"step":3,"get":"Status","ok":false,"hresult":"0x80072F45","error":12101,"description":"Call Send first"}
{"done":true,"steps":4,"t_ms":T}
)"_ba);
}

void tst_CliScript::linesArriveAsTheyHappen()
{
    QProcess process;
    process.start(QStringLiteral(REQSCOPE_CLI), { u"script"_s, u"-"_s });
    QVERIFY(process.waitForStarted(30000));
    process.write(R"([{"call": "Abort"}, {"wait_ms": 600000}])");
    process.closeWriteChannel();
    // Step 0's line is flushed while step 1 still waits: a watcher sees each line when it happens.
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 30000);
    QCOMPARE(process.readLine(), "{\"step\":0,\"call\":\"Abort\",\"ok\":true,\"hresult\":\"0x00000000\"}\n"_ba);
    QCOMPARE(process.state(), QProcess::Running);
    process.kill();
    QVERIFY(process.waitForFinished(30000));
}

QTEST_GUILESS_MAIN(tst_CliScript)
#include "tst_cliscript.moc"
