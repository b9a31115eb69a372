// SPDX-License-Identifier: MIT
#include "bugreport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Reqscope;

Q_DECLARE_METATYPE(Reqscope::BugReport)

namespace {

// A 3×2 RGB PNG, written once with zlib; core links no Gui, so no QImage here.
const QByteArray png = QByteArray::fromHex(
    "89504e470d0a1a0a0000000d49484452000000030000000208020000001216f14d000000104944415478da63f8cfc0c000c17016003b"
    "d805fb361198ea0000000049454e44ae426082");

BugReport sample()
{
    BugReport r;
    r.title = u"Upload <fails> & \"retries\""_s;
    r.expected = u"A 201 <Created>"_s;
    r.actual = u"It said 500 & closed\nthe connection"_s;
    r.method = u"POST"_s;
    r.url = u"http://127.0.0.1:8080/upload?x=1&y=<2>"_s;
    r.curl = u"curl 'http://127.0.0.1:8080/upload' \\\n  -H 'Authorization: [REDACTED]' --data-raw '```<b>'"_s;
    r.requestHeaders = { { u"Authorization"_s, u"[REDACTED]"_s }, { u"X-Tag"_s, u"a|b <c>"_s } };
    r.status = 500;
    r.statusText = u"Internal Server Error"_s;
    r.responseHeaders = { { u"Content-Type"_s, u"text/plain"_s } };
    r.bodyExcerpt = "boom <html> & ``` fences\x01";
    r.bodySize = r.bodyExcerpt.size();
    r.events = { { 0, u"Send"_s, 0, {} }, { 12.5, u"ResponseStart"_s, 0, u"500 <x>"_s } };
    r.timing.sent = 1.5;
    r.timing.firstByte = 12.5;
    r.timing.done = 13;
    r.hresult = 0;
    r.hresultName = u"S_OK"_s;
    r.appVersion = u"0.1.0"_s;
    r.qtVersion = u"6.4.2"_s;
    r.os = u"Debian GNU/Linux 12 (x86_64)"_s;
    r.screenshotPng = png;
    r.redactionLabels = { u"Authorization header"_s, u"cookie <sid>"_s };
    return r;
}

BugReport binarySample()
{
    BugReport r = sample();
    r.bodyExcerpt = QByteArray::fromHex("89504e470d0a1a0a00ff");
    r.bodySize = 10000;
    r.bodyIsBinary = true;
    r.screenshotPng.clear();
    return r;
}

/// Text of the whole document as a reader sees it (markup removed), and the img sources, or an error.
struct Parsed
{
    QString error;
    QString text;
    QStringList imageSources;
    QStringList links; // every href and src
};

Parsed parse(const QByteArray &html)
{
    Parsed out;
    QXmlStreamReader xml(html);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            out.text += xml.text();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        for (const QString &name : { u"href"_s, u"src"_s }) {
            if (attributes.hasAttribute(name))
                out.links << attributes.value(name).toString();
        }
        if (xml.name() == u"img")
            out.imageSources << attributes.value(u"src"_s).toString();
    }
    if (xml.hasError())
        out.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

} // namespace

class tst_BugReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html_data();
    void html();
    void markdown_data();
    void markdown();
    void markdownFencesOutlastBackticks();
    void writeMarkdownPutsThePngBeside();
    void writeHtml();
    void unwritablePath_data();
    void unwritablePath();
};

void tst_BugReportWriter::html_data()
{
    QTest::addColumn<BugReport>("report");
    QTest::addColumn<int>("images");
    QTest::addColumn<QStringList>("shown"); // text a reader must see

    QTest::newRow("full") << sample() << 1
                          << QStringList { u"Upload <fails> & \"retries\""_s,
                                 u"A 201 <Created>"_s,
                                 u"boom <html> & ``` fences\u2401"_s,
                                 u"http://127.0.0.1:8080/upload?x=1&y=<2>"_s,
                                 u"Redacted: cookie <sid>"_s,
                                 u"0x00000000 S_OK: Success"_s,
                                 u"500 Internal Server Error"_s,
                                 u"12.5 ms"_s,
                                 u"6.4.2"_s };
    QTest::newRow("binary body, no screenshot") << binarySample() << 0
                                                << QStringList { u"00000000  89 50 4e 47 0d 0a 1a 0a  00 ff"_s,
                                                       u"|.PNG......|"_s,
                                                       u"only the first 4096 bytes"_s };
    QTest::newRow("empty") << BugReport() << 0 << QStringList { u"Bug report"_s, u"No response."_s, u"Nothing."_s };
}

void tst_BugReportWriter::html()
{
    QFETCH(BugReport, report);
    QFETCH(int, images);
    QFETCH(QStringList, shown);

    const QByteArray html = BugReportWriter::toHtml(report);
    const Parsed parsed = parse(html);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\""));
    QVERIFY(html.contains("<style>"));
    for (const QString &text : shown)
        QVERIFY2(parsed.text.contains(text), qPrintable(text));

    QCOMPARE(parsed.imageSources.size(), images);
    QCOMPARE(html.count("data:image/png;base64,"), images);
    if (images == 1) {
        const QString prefix = u"data:image/png;base64,"_s;
        QVERIFY(parsed.imageSources.constFirst().startsWith(prefix));
        const QByteArray decoded
            = QByteArray::fromBase64(parsed.imageSources.constFirst().mid(prefix.size()).toLatin1());
        QVERIFY(decoded.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(decoded, report.screenshotPng);
    }
    // Self-contained: nothing is fetched from anywhere when the file is opened.
    for (const QString &link : parsed.links)
        QVERIFY2(link.startsWith(u"data:"_s), qPrintable(link));
    QVERIFY(!html.contains("@import"));
    QVERIFY(!QString::fromUtf8(html).contains(QRegularExpression(u"url\\("_s)));
}

void tst_BugReportWriter::markdown_data()
{
    QTest::addColumn<BugReport>("report");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");

    QTest::newRow("full") << sample()
                          << QStringList { u"![Screenshot of the window](<shot.png>)"_s,
                                 u"# Upload \\<fails\\> & \"retries\""_s,
                                 u"| X-Tag | a\\|b \\<c\\> |"_s,
                                 u"- Redacted: cookie \\<sid\\>"_s,
                                 u"It said 500 & closed  \nthe connection"_s }
                          << QStringList { u"<fails>"_s, u"data:image"_s };
    QTest::newRow("binary body, no screenshot")
        << binarySample() << QStringList { u"00000000  89 50 4e 47 0d 0a 1a 0a  00 ff"_s, u"```\n00000000"_s }
        << QStringList { u"![Screenshot"_s };
}

void tst_BugReportWriter::markdown()
{
    QFETCH(BugReport, report);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);
    const QString markdown = BugReportWriter::toMarkdown(report, u"shot.png"_s);
    for (const QString &text : contains)
        QVERIFY2(markdown.contains(text), qPrintable(text + u"\n---\n"_s + markdown));
    for (const QString &text : lacks)
        QVERIFY2(!markdown.contains(text), qPrintable(text));
}

void tst_BugReportWriter::markdownFencesOutlastBackticks()
{
    const QString markdown = BugReportWriter::toMarkdown(sample(), u"shot.png"_s);
    // The curl command holds ``` itself, so its fence needs four backticks, opened and closed.
    QVERIFY2(markdown.contains(u"````sh\ncurl "_s), qPrintable(markdown));
    QVERIFY(markdown.contains(u"--data-raw '```<b>'\n````\n"_s));
}

void tst_BugReportWriter::writeMarkdownPutsThePngBeside()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(BugReportWriter::writeMarkdown(sample(), dir.filePath(u"my report.md"_s), &error), qPrintable(error));
    QFile png(dir.filePath(u"my report.png"_s));
    QVERIFY(png.open(QIODevice::ReadOnly));
    QCOMPARE(png.readAll(), sample().screenshotPng);
    QFile md(dir.filePath(u"my report.md"_s));
    QVERIFY(md.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(md.readAll()).contains(u"](<my report.png>)"_s));
}

void tst_BugReportWriter::writeHtml()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString path = dir.filePath(u"report.html"_s);
    QVERIFY2(BugReportWriter::writeHtml(sample(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), BugReportWriter::toHtml(sample()));
    QVERIFY(!QFile::exists(dir.filePath(u"report.png"_s))); // HTML embeds its image
}

void tst_BugReportWriter::unwritablePath_data()
{
    QTest::addColumn<bool>("markdown");
    QTest::newRow("html") << false;
    QTest::newRow("markdown") << true;
}

void tst_BugReportWriter::unwritablePath()
{
    QFETCH(bool, markdown);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(markdown ? u"missing/dir/report.md"_s : u"missing/dir/report.html"_s);
    QString error;
    const bool ok = markdown ? BugReportWriter::writeMarkdown(sample(), path, &error)
                             : BugReportWriter::writeHtml(sample(), path, &error);
    QVERIFY(!ok);
    QVERIFY2(error.contains(dir.path() + u"/missing/dir/report"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_BugReportWriter)
#include "tst_bugreportwriter.moc"
