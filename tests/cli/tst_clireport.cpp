// SPDX-License-Identifier: MIT
// `reqscope-cli report` offscreen against an in-process playground: HTML and Markdown reports of a request full
// of secrets hold none of them, a refused connection still gets its report (exit 1), bad usage exits 2.
#include "collection.h"
#include "collectionstore.h"
#include "loginechohandler.h"
#include "playgroundserver.h"
#include "secretstore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray err;
};

// Every kind of secret a request file can carry, and the cookie the server sets.
const QList<QByteArray> secrets
    = { "clikey4901secret", "clitoken4902secret", "clicookie4903secret", "clisetcookie4904sec" };

} // namespace

class tst_CliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void htmlReport();
    void markdownReport();
    void failingRequestStillReported();
    void usageErrors_data();
    void usageErrors();
    void helpNamesTheSubcommand();

private:
    CliResult run(const QStringList &arguments);
    static QByteArray read(const QString &path);

    Reqscope::PlaygroundServer m_server;
    QTemporaryDir m_dir;
    QString m_collection;
};

void tst_CliReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    m_server.setHandler(Reqscope::Test::loginEchoHandler("clisetcookie4904sec"));
    QVERIFY(m_dir.isValid());
    m_collection = m_dir.filePath(u"api"_s);
    // The child reads its secrets from $XDG_DATA_HOME/Reqscope/secrets.json.
    Reqscope::SecretStore store(m_dir.filePath(u"data/Reqscope/secrets.json"_s));
    Reqscope::Collection c;
    c.name = u"CLI report"_s;
    c.variables
        = { { u"base"_s, m_server.url(u"/"_s).toString().chopped(1) }, { u"token"_s, u"clitoken4902secret"_s, true } };
    Reqscope::RequestSpec login;
    login.name = u"Login"_s;
    login.method = u"POST"_s;
    login.url = u"{{base}}/login?api_key=clikey4901secret&page=2"_s;
    login.headers = { { u"Authorization"_s, u"Bearer {{token}}"_s }, { u"Cookie"_s, u"sid=clicookie4903secret"_s } };
    login.bodyKind = Reqscope::RequestSpec::BodyKind::Text;
    login.bodyText = u"hello"_s;
    QTcpServer probe; // a port that was free a moment ago and now refuses
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    Reqscope::RequestSpec refused;
    refused.name = u"Refused"_s;
    refused.url = u"http://127.0.0.1:%1/nothing"_s.arg(probe.serverPort());
    probe.close();
    c.items = { Reqscope::CollectionItem::fromRequest(login, u"login"_s),
        Reqscope::CollectionItem::fromRequest(refused, u"refused"_s) };
    QVERIFY(Reqscope::CollectionStore::save(c, m_collection, &store).ok());
    QVERIFY(!read(m_collection + u"/collection.json"_s).contains("clitoken4902secret"));
}

CliResult tst_CliReport::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.remove(u"DISPLAY"_s); // report must never need a display
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    // The playground answers from this process's event loop, so wait on the signal, not waitForFinished().
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(REQSCOPE_CLI), QStringList { u"report"_s } + arguments);
    CliResult result;
    if (!finished.wait(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.err = process.readAllStandardError();
    return result;
}

QByteArray tst_CliReport::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_CliReport::htmlReport()
{
    const QString out = m_dir.filePath(u"login.html"_s);
    const CliResult r = run({ u"--collection"_s, m_collection, u"--name"_s, u"Login"_s, u"-o"_s, out });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray html = read(out);
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(html.contains("/login?api_key="));
    QCOMPARE(html.count("data:image/png;base64,"), 1);
    const QRegularExpressionMatch png
        = QRegularExpression(u"data:image/png;base64,([A-Za-z0-9+/=]+)"_s).match(QString::fromLatin1(html));
    const QImage shot = QImage::fromData(QByteArray::fromBase64(png.captured(1).toLatin1()));
    QVERIFY(shot.width() > 600 && shot.height() > 400); // the whole window, rendered offscreen
    for (const QByteArray &secret : secrets)
        QVERIFY2(!html.contains(secret), secret.constData());
}

void tst_CliReport::markdownReport()
{
    const QString out = m_dir.filePath(u"md/login.md"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"md"_s)));
    const CliResult r = run({ u"--request"_s, m_collection + u"/login.request.json"_s, u"-o"_s, out });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray markdown = read(out);
    QVERIFY(markdown.contains("login.png"));
    QVERIFY(markdown.contains("/login?api_key="));
    for (const QByteArray &secret : secrets)
        QVERIFY2(!markdown.contains(secret), secret.constData());
    const QImage shot(m_dir.filePath(u"md/login.png"_s));
    QVERIFY(shot.width() > 600);
}

void tst_CliReport::failingRequestStillReported()
{
    const QString out = m_dir.filePath(u"refused.html"_s);
    const CliResult r = run({ u"--collection"_s, m_collection, u"--name"_s, u"refused"_s, u"-o"_s, out });
    QCOMPARE(r.exitCode, 1);
    const QByteArray html = read(out);
    QVERIFY(html.contains("0x80072EFD"));
    QCOMPARE(html.count("data:image/png;base64,"), 1);
}

void tst_CliReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");

    const QString dir = QDir::tempPath();
    QTest::newRow("nothing") << QStringList() << "expected --request FILE, or --collection DIR with --name NAME"_ba;
    QTest::newRow("both") << QStringList {
        u"--request"_s, u"a.request.json"_s, u"--collection"_s, dir, u"-o"_s, u"r.html"_s
    } << "expected --request FILE, or --collection DIR"_ba;
    QTest::newRow("no -o") << QStringList { u"--request"_s, u"a.request.json"_s } << "expected -o FILE"_ba;
    QTest::newRow("other extension") << QStringList { u"--request"_s, u"a.request.json"_s, u"-o"_s, u"r.txt"_s }
                                     << "must end in .html or .md"_ba;
    QTest::newRow("unknown flag") << QStringList { u"--bogus"_s } << "report: Unknown option 'bogus'"_ba;
}

void tst_CliReport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const CliResult r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("reqscope-cli: report: ") && r.err.contains(message), r.err.constData());
}

void tst_CliReport::helpNamesTheSubcommand()
{
    QProcess process;
    process.start(QStringLiteral(REQSCOPE_CLI), { u"--help"_s });
    QVERIFY(process.waitForFinished(30000));
    QVERIFY(process.readAllStandardOutput().contains("report (--request FILE | --collection DIR --name NAME)"));
}

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_clireport.moc"
