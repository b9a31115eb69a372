// SPDX-License-Identifier: MIT
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

/// Runs the real reqscope-cli binary: its flags, exit codes and output are a contract.
class tst_CliMain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void playgroundAnswersGet();
};

void tst_CliMain::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutStart");
    QTest::addColumn<QString>("stderrStart");

    QTest::newRow("version") << QStringList { u"--version"_s } << 0 << u"reqscope-cli 0."_s << QString();
    QTest::newRow("help") << QStringList { u"--help"_s } << 0 << u"Usage: reqscope-cli"_s << QString();
    QTest::newRow("nothing") << QStringList() << 2 << QString() << u"Usage: reqscope-cli"_s;
    QTest::newRow("unknown") << QStringList { u"frobnicate"_s } << 2 << QString()
                             << u"reqscope-cli: unknown command 'frobnicate'"_s;
    QTest::newRow("bad-port") << QStringList { u"playground"_s, u"--port"_s, u"x"_s } << 2 << QString()
                              << u"reqscope-cli: --port"_s;
}

void tst_CliMain::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stdoutStart);
    QFETCH(QString, stderrStart);
    QProcess cli;
    cli.start(QStringLiteral(REQSCOPE_CLI), arguments);
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QTEST(cli.exitCode(), "exitCode");
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(out.startsWith(stdoutStart), qPrintable(out));
    QVERIFY2(err.startsWith(stderrStart), qPrintable(err));
}

void tst_CliMain::playgroundAnswersGet()
{
    QProcess cli;
    cli.start(QStringLiteral(REQSCOPE_CLI), { u"playground"_s });
    QVERIFY(cli.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(cli.canReadLine(), 10000);
    const QUrl base(QString::fromUtf8(cli.readLine().trimmed()));
    QCOMPARE(base.host(), u"127.0.0.1"_s);

    QNetworkAccessManager manager;
    QUrl getUrl = base;
    getUrl.setPath(u"/get"_s);
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(getUrl)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    cli.terminate(); // SIGTERM: the CLI quits its event loop and closes the servers
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_CliMain)
#include "tst_climain.moc"
