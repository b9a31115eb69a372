// SPDX-License-Identifier: MIT
// `reqscope-cli run DIR [--env NAME] [--folder PATH]` against the playground, on a collection written by hand
// in the documented on-disk format.
#include "playgroundserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct CliResult
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QByteArray stderrText;
};

} // namespace

class tst_CliRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsEveryRequest();
    void folderOnly();
    void unknownEnvironment();
    void globalsAndUnresolved();
    void harFromHistory();

private:
    CliResult run(const QStringList &arguments, const QString &dataHome = QString());
    void write(const QString &relative, const QByteArray &bytes);

    Reqscope::PlaygroundServer m_server;
    QTemporaryDir m_collection;
    QTemporaryDir m_data; // XDG_DATA_HOME of the child: its history and secrets stay here
};

void tst_CliRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    QVERIFY(m_collection.isValid() && m_data.isValid());
    const QByteArray base = m_server.url(u"/"_s).toString().chopped(1).toUtf8();
    write(u"collection.json"_s,
        "{\n  \"headers\": [{\"name\": \"X-Tag\", \"value\": \"{{tag}}\"}],\n  \"name\": \"CLI\",\n"
        "  \"variables\": [{\"name\": \"tag\", \"value\": \"t1\"}],\n  \"version\": 1\n}\n");
    write(u"environments/local.json"_s,
        "{\"name\": \"local\", \"variables\": [{\"name\": \"base\", \"value\": \"" + base + "\"}]}\n");
    write(u"echo.request.json"_s,
        R"({"name": "Echo", "method": "POST", "url": "{{base}}/anything/{{tag}}", "order": 1,
"body": {"kind": "json", "text": "{\"a\": 1}"}})");
    write(u"broken.request.json"_s, "{\n  \"name\": \"Broken\",\n  \"url\": nope\n}\n");
    write(u"faults/folder.json"_s, R"({"name": "Faults", "order": 2})");
    write(u"faults/bad.request.json"_s, R"({"name": "Bad", "url": "{{base}}/fault/bad-status-line", "order": 1})");
    write(u"faults/teapot.request.json"_s, R"({"name": "Teapot", "url": "{{base}}/status/418", "order": 2})");
}

void tst_CliRun::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_collection.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

CliResult tst_CliRun::run(const QStringList &arguments, const QString &dataHome)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, dataHome.isEmpty() ? m_data.path() : dataHome);
    process.setProcessEnvironment(env);
    // The playground answers from this process's event loop, so wait on the signal, not waitForFinished().
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(REQSCOPE_CLI), QStringList { u"run"_s } + arguments);
    CliResult result;
    if (!finished.wait(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            result.lines.append(QJsonDocument::fromJson(line).object());
    }
    result.stderrText = process.readAllStandardError();
    return result;
}

void tst_CliRun::runsEveryRequest()
{
    const CliResult r = run({ m_collection.path(), u"--env"_s, u"local"_s });
    QCOMPARE(r.exitCode, 1); // the bad status line is a transport error
    QCOMPARE(r.lines.size(), 4);
    QCOMPARE(r.lines.at(0).value(u"name"_s).toString(), u"Echo"_s);
    QCOMPARE(r.lines.at(0).value(u"status"_s).toInt(), 200);
    QVERIFY(r.lines.at(0).value(u"bytes"_s).toInt() > 0);
    QVERIFY(r.lines.at(0).value(u"time_ms"_s).isDouble());
    QCOMPARE(r.lines.at(0).value(u"hresult"_s).toString(), u"0x00000000"_s);
    QCOMPARE(r.lines.at(1).value(u"path"_s).toString(), u"faults/bad"_s);
    QVERIFY(r.lines.at(1).value(u"hresult"_s).toString() != u"0x00000000"_s);
    QCOMPARE(r.lines.at(2).value(u"status"_s).toInt(), 418);
    QCOMPARE(r.lines.at(3).value(u"summary"_s).toBool(), true);
    QCOMPARE(r.lines.at(3).value(u"requests"_s).toInt(), 3);
    QCOMPARE(r.lines.at(3).value(u"failed"_s).toInt(), 1);
    // The broken file is named with its position; the rest ran anyway.
    QVERIFY2(r.stderrText.contains("broken.request.json:3:"), r.stderrText.constData());
    QVERIFY(QFile::exists(m_data.filePath(u"Reqscope/history.sqlite"_s)));
}

void tst_CliRun::folderOnly()
{
    const CliResult r = run({ m_collection.path(), u"--env"_s, u"local"_s, u"--folder"_s, u"faults"_s });
    QCOMPARE(r.lines.size(), 3);
    QCOMPARE(r.lines.at(0).value(u"name"_s).toString(), u"Bad"_s);
    QCOMPARE(r.exitCode, 1);
    const CliResult ok = run({ m_collection.path(), u"--env"_s, u"local"_s, u"--folder"_s, u"echo"_s });
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.lines.size(), 2);
}

void tst_CliRun::unknownEnvironment()
{
    const CliResult r = run({ m_collection.path(), u"--env"_s, u"prod"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.lines.isEmpty());
    QVERIFY(r.stderrText.contains("prod"));
    const CliResult missing = run({ m_data.filePath(u"none"_s) });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.stderrText.contains("collection.json"));
}

void tst_CliRun::globalsAndUnresolved()
{
    QTemporaryDir data;
    QTemporaryDir collection;
    QVERIFY(data.isValid() && collection.isValid());
    const auto put = [](const QString &path, const QByteArray &bytes) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QVERIFY(put(collection.filePath(u"collection.json"_s),
        R"({"name": "G", "variables": [{"name": "code", "value": "201"}], "version": 1})"));
    QVERIFY(put(collection.filePath(u"a.request.json"_s), R"({"name": "A", "url": "{{base}}/status/{{code}}"})"));
    QVERIFY(put(collection.filePath(u"b.request.json"_s), R"({"name": "B", "url": "{{base}}/status/{{key}}"})"));

    // Nothing defines {{base}} yet: each line names it as unresolved, with where it is used.
    const CliResult bare = run({ collection.path() }, data.path());
    QCOMPARE(bare.lines.size(), 3);
    QCOMPARE(bare.lines.at(0).value(u"unresolved"_s).toArray(), QJsonArray({ u"base@url"_s }));
    QCOMPARE(bare.lines.at(1).value(u"unresolved"_s).toArray(), QJsonArray({ u"base@url"_s, u"key@url"_s }));

    // The per-user globals (globals.json in the data directory, secret values in secrets.json under "globals")
    // are the broadest scope: they give {{base}} and the secret {{key}}, but the collection's {{code}} wins.
    const QByteArray base = m_server.url(u"/"_s).toString().chopped(1).toUtf8();
    QVERIFY(put(data.filePath(u"Reqscope/globals.json"_s),
        R"({"variables": [{"name": "base", "value": ")" + base
            + R"("}, {"name": "code", "value": "500"}, {"name": "key", "secret": true}], "version": 1})"));
    QVERIFY(put(data.filePath(u"Reqscope/secrets.json"_s), R"({"scopes": {"globals": {"var:key": "202"}}})"));
    const CliResult r = run({ collection.path() }, data.path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.stderrText.isEmpty(), r.stderrText.constData());
    QCOMPARE(r.lines.size(), 3);
    QCOMPARE(r.lines.at(0).value(u"status"_s).toInt(), 201);
    QCOMPARE(r.lines.at(1).value(u"status"_s).toInt(), 202);
    QVERIFY(!r.lines.at(1).contains(u"unresolved"_s));
}

void tst_CliRun::harFromHistory()
{
    // What `run` records, `export --to har --history` writes back with response headers and the timing phases.
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const CliResult r = run({ m_collection.path(), u"--env"_s, u"local"_s, u"--folder"_s, u"echo"_s }, data.path());
    QCOMPARE(r.exitCode, 0);
    QProcess exporter;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, data.path());
    exporter.setProcessEnvironment(env);
    exporter.start(QStringLiteral(REQSCOPE_CLI), { u"export"_s, u"--to"_s, u"har"_s, u"--history"_s });
    QVERIFY(exporter.waitForFinished(60000));
    QCOMPARE(exporter.exitCode(), 0);
    const QJsonArray entries = QJsonDocument::fromJson(exporter.readAllStandardOutput())
                                   .object()
                                   .value(u"log"_s)
                                   .toObject()
                                   .value(u"entries"_s)
                                   .toArray();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.at(0).toObject();
    const QJsonObject response = entry.value(u"response"_s).toObject();
    QCOMPARE(response.value(u"status"_s).toInt(), 200);
    QCOMPARE(response.value(u"statusText"_s).toString(), u"OK"_s);
    QStringList names;
    for (const QJsonValue &h : response.value(u"headers"_s).toArray())
        names.append(h.toObject().value(u"name"_s).toString().toLower());
    QVERIFY2(names.contains(u"content-type"_s), qPrintable(names.join(u',')));
    QVERIFY(names.contains(u"content-length"_s));
    // A fresh connection: connect applies (ssl does not, for http); wait is the time to the first byte.
    const QJsonObject timings = entry.value(u"timings"_s).toObject();
    QVERIFY(timings.value(u"connect"_s).toDouble() >= 0);
    QCOMPARE(timings.value(u"ssl"_s).toDouble(), -1.0);
    QVERIFY(timings.value(u"wait"_s).toDouble() >= 0);
    QVERIFY(timings.value(u"send"_s).toDouble() >= 0);
    QVERIFY(timings.value(u"receive"_s).toDouble() >= 0);
    QVERIFY(entry.value(u"time"_s).toDouble() >= timings.value(u"wait"_s).toDouble());
}

QTEST_GUILESS_MAIN(tst_CliRun)
#include "tst_clirun.moc"
