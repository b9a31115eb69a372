// SPDX-License-Identifier: MIT
#include "bugreport.h"
#include "bugreportformat.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

namespace F = BugReportFormat;

/// Plain text that Markdown shows as written: no emphasis, links, raw HTML or table breaks from user text.
QString esc(const QString &text)
{
    static const QRegularExpression special(uR"(([\\`*_\[\]<>|#]))"_s);
    QString out = F::visible(text);
    out.replace(special, uR"(\\1)"_s);
    return out;
}

/// One table cell: escaped, on one line.
QString cell(const QString &text)
{
    QString out = esc(text);
    out.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
    return out.isEmpty() ? u" "_s : out;
}

/// A fenced block whose fence is longer than any backtick run inside, so content cannot close it early.
QString fenced(const QString &text, const QString &info = {})
{
    static const QRegularExpression backticks(u"`+"_s);
    qsizetype longest = 0;
    for (auto it = backticks.globalMatch(text); it.hasNext();)
        longest = std::max(longest, it.next().capturedLength());
    const QString fence(std::max<qsizetype>(3, longest + 1), u'`');
    QString body = F::visible(text);
    if (!body.endsWith(u'\n'))
        body += u'\n';
    return fence + info + u'\n' + body + fence + u"\n\n"_s;
}

QString paragraph(const QString &text)
{
    if (text.trimmed().isEmpty())
        return u"*(not filled in)*\n\n"_s;
    // Two trailing spaces keep the person's line breaks.
    return esc(text).replace(u'\n', u"  \n"_s) + u"\n\n"_s;
}

QString table(const QStringList &columns, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return u"*None.*\n\n"_s;
    QString out = u"|"_s;
    QString rule = u"|"_s;
    for (const QString &column : columns) {
        out += u' ' + cell(column) + u" |"_s;
        rule += u" --- |"_s;
    }
    out += u'\n' + rule + u'\n';
    for (const QStringList &row : rows) {
        out += u'|';
        for (const QString &value : row)
            out += u' ' + cell(value) + u" |"_s;
        out += u'\n';
    }
    return out + u'\n';
}

QList<QStringList> rows(const QList<QPair<QString, QString>> &pairs)
{
    QList<QStringList> out;
    for (const auto &[name, value] : pairs)
        out.append({ name, value });
    return out;
}

} // namespace

QString BugReportWriter::toMarkdown(const BugReport &report, const QString &pngFileName)
{
    const QString title = report.title.trimmed().isEmpty() ? u"Bug report"_s : report.title;
    QString m = u"# "_s + cell(title) + u"\n\n"_s;
    m += u"*Reqscope "_s + esc(report.appVersion) + u" bug report. Secrets are replaced by "_s + esc(Redactor::mask())
        + u"; the list at the end says which.*\n\n"_s;
    m += u"## What was expected\n\n"_s + paragraph(report.expected);
    m += u"## What happened\n\n"_s + paragraph(report.actual);
    if (!report.screenshotPng.isEmpty() && !pngFileName.isEmpty())
        m += u"## Screenshot\n\n![Screenshot of the window](<"_s + pngFileName + u">)\n\n"_s;

    m += u"## Request\n\n"_s + fenced(report.method + u' ' + report.url);
    m += u"### As a curl command\n\n"_s + fenced(report.curl, u"sh"_s);
    m += u"### Request headers\n\n"_s + table({ u"Name"_s, u"Value"_s }, rows(report.requestHeaders));

    m += u"## Response\n\nStatus: "_s + esc(F::statusLine(report)) + u"\n\n"_s;
    m += u"### Response headers\n\n"_s + table({ u"Name"_s, u"Value"_s }, rows(report.responseHeaders));
    m += u"### Body\n\n"_s + esc(F::bodySummary(report)) + u"\n\n"_s;
    if (!report.bodyExcerpt.isEmpty())
        m += fenced(F::bodyText(report));

    QList<QStringList> events;
    for (const BugReport::Event &e : report.events)
        events.append({ QString::number(e.atMs, 'f', 1), e.kind, QString::number(e.size), e.detail });
    m += u"## Events\n\n"_s + table({ u"Time (ms)"_s, u"Event"_s, u"Bytes"_s, u"Details"_s }, events);
    m += u"## Timing\n\nMilliseconds since Send.\n\n"_s
        + table({ u"Phase"_s, u"At"_s }, rows(F::timingRows(report.timing)));
    m += u"## Result\n\n"_s + fenced(F::resultLine(report));
    m += u"## Environment\n\n"_s + table({ u"Component"_s, u"Version"_s }, rows(F::environment(report)));

    m += u"## Redacted\n\n"_s;
    if (report.redactionLabels.isEmpty())
        m += u"*Nothing.*\n"_s;
    for (const QString &label : report.redactionLabels)
        m += u"- Redacted: "_s + cell(label) + u'\n';
    return m;
}

} // namespace Reqscope
