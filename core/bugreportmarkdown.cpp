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

QString table(const F::Table &table)
{
    if (table.rows.isEmpty())
        return u"*None.*\n\n"_s;
    QString out = u"|"_s;
    QString rule = u"|"_s;
    for (int i = 0; i < table.columns.size(); ++i) {
        out += u' ' + cell(table.columns.at(i)) + u" |"_s;
        rule += table.numericColumns.contains(i) ? u" ---: |"_s : u" --- |"_s;
    }
    out += u'\n' + rule + u'\n';
    for (const QStringList &row : table.rows) {
        out += u'|';
        for (const QString &value : row)
            out += u' ' + cell(value) + u" |"_s;
        out += u'\n';
    }
    return out + u'\n';
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
    m += u"### Request headers\n\n"_s + table(F::headerTable(report.requestHeaders));

    m += u"## Response\n\nStatus: "_s + esc(F::statusLine(report)) + u"\n\n"_s;
    m += u"### Response headers\n\n"_s + table(F::headerTable(report.responseHeaders));
    m += u"### Body\n\n"_s + esc(F::bodySummary(report)) + u"\n\n"_s;
    if (!report.bodyExcerpt.isEmpty())
        m += fenced(F::bodyText(report));

    m += u"## Events\n\n"_s + table(F::eventTable(report));
    m += u"## Timing\n\nMilliseconds since Send.\n\n"_s + table(F::timingTable(report.timing));
    m += u"## Result\n\n"_s + fenced(F::resultLine(report));
    m += u"## Environment\n\n"_s + table(F::environmentTable(report));

    m += u"## Redacted\n\n"_s;
    if (report.redactionLabels.isEmpty())
        m += u"*Nothing.*\n"_s;
    for (const QString &label : report.redactionLabels)
        m += u"- Redacted: "_s + cell(label) + u'\n';
    return m;
}

} // namespace Reqscope
