// SPDX-License-Identifier: MIT
// reqscope-cli import and export (issue 7): the real binary, a private XDG_DATA_HOME, files in a temp dir.
#include "importdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_CliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importFormats_data();
    void importFormats();
    void postmanRoundTrip();
    void secretsOnlyWhenAskedFor();
    void curlExport();
    void harExport();
    void inputErrors_data();
    void inputErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir; // XDG_DATA_HOME and the files of one test function
};

void tst_CliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

tst_CliImport::Run tst_CliImport::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REQSCOPE_CLI), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_CliImport::importFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("requestFile"); // one of the files the import must write

    QTest::newRow("curl") << u"curl"_s << u"readme-commands.curl.sh"_s
                          << u"get-api-example-com-v1-status.request.json"_s;
    QTest::newRow("postman") << u"postman"_s << u"postman-v21-export.postman_collection.json"_s
                             << u"store/orders/place-order.request.json"_s;
    QTest::newRow("har") << u"har"_s << u"browser.har"_s << u"post-https-shop-example-com-checkout.request.json"_s;
}

void tst_CliImport::importFormats()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QString, requestFile);
    const QString dir = m_dir->filePath(u"c"_s);
    const Run run = cli({ u"import"_s, u"--from"_s, format, importDataPath(file), u"--to"_s, dir });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFile::exists(dir + u"/collection.json"_s));
    QVERIFY2(QFile::exists(dir + u'/' + requestFile), qPrintable(QDir(dir).entryList().join(u' ')));
    // A second import into the same directory would overwrite it: refused.
    const Run again = cli({ u"import"_s, u"--from"_s, format, importDataPath(file), u"--to"_s, dir });
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("already holds a collection"));
}

void tst_CliImport::postmanRoundTrip()
{
    const QString dir = m_dir->filePath(u"pets"_s);
    const Run imported = cli({ u"import"_s,
        u"--from"_s,
        u"postman"_s,
        importDataPath(u"postman-v21-export.postman_collection.json"_s),
        u"--to"_s,
        dir,
        u"--env"_s,
        importDataPath(u"postman.postman_environment.json"_s) });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY(imported.err.contains("$.item[1].item[3].request.auth")); // the OAuth 2 block is reported, not dropped
    QVERIFY(QFile::exists(dir + u"/environments/staging.json"_s));
    const QString out = m_dir->filePath(u"out.json"_s);
    const Run exported = cli({ u"export"_s, u"--to"_s, u"postman"_s, dir, u"-o"_s, out, u"--include-secrets"_s });
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"info"_s).toObject().value(u"schema"_s).toString(),
        u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s);
    const QJsonArray items = root.value(u"item"_s).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject list = items.at(0).toObject().value(u"item"_s).toArray().at(0).toObject();
    QCOMPARE(list.value(u"name"_s).toString(), u"List pets"_s);
    QVERIFY(list.contains(u"event"_s)); // kept through the collection directory
    const Run environment = cli({ u"export"_s, u"--to"_s, u"postman"_s, dir, u"--env"_s, u"Staging"_s });
    QVERIFY2(environment.exitCode == 0, environment.err.constData());
    const QJsonArray values = QJsonDocument::fromJson(environment.out).object().value(u"values"_s).toArray();
    QCOMPARE(values.size(), 3);
    QCOMPARE(values.at(1).toObject().value(u"type"_s).toString(), u"secret"_s);
    QCOMPARE(values.at(1).toObject().value(u"value"_s).toString(), QString()); // not asked for
    QCOMPARE(cli({ u"export"_s, u"--to"_s, u"postman"_s, dir, u"--env"_s, u"Nope"_s }).exitCode, 2);
    // The secrets went to the secret store and came back because they were asked for.
    QCOMPARE(items.at(0)
                 .toObject()
                 .value(u"auth"_s)
                 .toObject()
                 .value(u"basic"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"value"_s)
                 .toString(),
        u"s3cret"_s);
}

void tst_CliImport::secretsOnlyWhenAskedFor()
{
    const QString dir = m_dir->filePath(u"pets"_s);
    QCOMPARE(cli({ u"import"_s,
                     u"--from"_s,
                     u"postman"_s,
                     importDataPath(u"postman-v21-export.postman_collection.json"_s),
                     u"--to"_s,
                     dir })
                 .exitCode,
        0);
    for (const QString &format : { u"postman"_s, u"curl"_s, u"har"_s }) {
        const Run hidden = cli({ u"export"_s, u"--to"_s, format, dir });
        QCOMPARE(hidden.exitCode, 0);
        QVERIFY2(!hidden.out.contains("s3cret") && !hidden.out.contains("tok-123"), qPrintable(format));
        QVERIFY2(!hidden.out.contains("abc123"), qPrintable(format)); // the API key, sent as an X-Api-Key header
        const Run shown = cli({ u"export"_s, u"--to"_s, format, dir, u"--include-secrets"_s });
        QCOMPARE(shown.exitCode, 0);
        // Postman keeps the password as a field, curl as -u, HAR inside the Authorization header it sent.
        const QByteArray expected = format == u"postman"_s ? "s3cret"_ba
            : format == u"curl"_s                          ? "admin:s3cret"_ba
                                                           : "admin:s3cret"_ba.toBase64();
        QVERIFY2(shown.out.contains(expected), qPrintable(format));
        QVERIFY2(shown.out.contains("abc123"), qPrintable(format));
    }
    // The collection files themselves never hold them, in any folder.
    int files = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains("s3cret") && !bytes.contains("abc123"), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 5);
}

void tst_CliImport::curlExport()
{
    const QString dir = m_dir->filePath(u"c"_s);
    QCOMPARE(
        cli({ u"import"_s, u"--from"_s, u"curl"_s, importDataPath(u"chrome-bash.curl.sh"_s), u"--to"_s, dir }).exitCode,
        0);
    const Run run = cli({ u"export"_s, u"--to"_s, u"curl"_s, dir, u"--include-secrets"_s });
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.split('\n');
    QVERIFY2(lines.value(0).startsWith("# "), run.out.constData());
    QVERIFY2(lines.value(1).startsWith("curl 'https://shop.example.com/api/cart/items?lang=en' "), run.out.constData());
    QVERIFY(run.out.contains("-H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig'"));
    QVERIFY(run.out.contains("--data-raw"));
}

void tst_CliImport::harExport()
{
    const QString dir = m_dir->filePath(u"h"_s);
    QCOMPARE(cli({ u"import"_s, u"--from"_s, u"har"_s, importDataPath(u"browser.har"_s), u"--to"_s, dir }).exitCode, 0);
    const Run run = cli({ u"export"_s, u"--to"_s, u"har"_s, dir });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject log = QJsonDocument::fromJson(run.out).object().value(u"log"_s).toObject();
    QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
    QCOMPARE(log.value(u"entries"_s).toArray().size(), 4);
    const Run history = cli({ u"export"_s, u"--to"_s, u"har"_s, u"--history"_s });
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(history.out).object().value(u"log"_s).toObject().value(u"entries"_s).toArray().size(),
        0);
}

void tst_CliImport::inputErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // part of stderr

    const QString bad = importDataPath(u"browser.har"_s);
    QTest::newRow("no format") << QStringList { u"import"_s, bad, u"--to"_s, u"x"_s } << u"--from expects"_s;
    QTest::newRow("unknown format") << QStringList { u"export"_s, u"--to"_s, u"yaml"_s, u"x"_s } << u"--to expects"_s;
    QTest::newRow("missing file") << QStringList {
        u"import"_s, u"--from"_s, u"har"_s, u"/no/such.har"_s, u"--to"_s, u"x"_s
    } << u"/no/such.har: "_s;
    QTest::newRow("wrong format") << QStringList { u"import"_s, u"--from"_s, u"postman"_s, bad, u"--to"_s, u"x"_s }
                                  << u"browser.har: $: not a Postman collection"_s;
    QTest::newRow("not a collection") << QStringList { u"export"_s, u"--to"_s, u"curl"_s, u"/no/such/dir"_s }
                                      << u"collection.json"_s;
}

void tst_CliImport::inputErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliImport)
#include "tst_cliimport.moc"
