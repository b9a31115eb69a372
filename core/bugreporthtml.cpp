// SPDX-License-Identifier: MIT
#include "bugreport.h"
#include "bugreportformat.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

namespace F = BugReportFormat;

// Inline and print-friendly: the file must read the same offline, in a mail attachment and on paper. No '<' or
// '&' in it, so it needs no CDATA section in XHTML.
constexpr auto css = uR"(
body { font-family: system-ui, "Segoe UI", Helvetica, Arial, sans-serif; color: #222; line-height: 1.4;
       max-width: 62em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; border-bottom: 2px solid #444; padding-bottom: .2em; }
h2 { font-size: 1.25em; margin-top: 1.8em; border-bottom: 1px solid #bbb; }
h3 { font-size: 1.05em; }
pre, code { font-family: ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; }
pre { background: #f6f6f6; border: 1px solid #ddd; padding: .6em; font-size: .85em;
      white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: .9em; }
th, td { border: 1px solid #ccc; padding: .2em .5em; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #eee; }
td.number { text-align: right; white-space: nowrap; }
img { max-width: 100%; border: 1px solid #bbb; }
.meta { color: #666; }
.empty { color: #666; font-style: italic; }
@media print {
  body { max-width: none; margin: 0; font-size: 10pt; }
  h2, h3 { page-break-after: avoid; }
  pre, tr, img { page-break-inside: avoid; }
  pre { white-space: pre-wrap; }
}
)";

QString esc(const QString &text)
{
    return F::visible(text).toHtmlEscaped();
}

QString paragraph(const QString &text)
{
    if (text.trimmed().isEmpty())
        return u"<p class=\"empty\">(not filled in)</p>\n"_s;
    return u"<p>"_s + esc(text).replace(u'\n', u"<br/>"_s) + u"</p>\n"_s;
}

QString table(const F::Table &table)
{
    if (table.rows.isEmpty())
        return u"<p class=\"empty\">None.</p>\n"_s;
    QString out = u"<table>\n<thead><tr>"_s;
    for (const QString &column : table.columns)
        out += u"<th>"_s + esc(column) + u"</th>"_s;
    out += u"</tr></thead>\n<tbody>\n"_s;
    for (const QStringList &row : table.rows) {
        out += u"<tr>"_s;
        for (int i = 0; i < row.size(); ++i) {
            out += (table.numericColumns.contains(i) ? u"<td class=\"number\">"_s : u"<td>"_s) + esc(row.at(i))
                + u"</td>"_s;
        }
        out += u"</tr>\n"_s;
    }
    return out + u"</tbody>\n</table>\n"_s;
}

QString pre(const QString &text)
{
    return u"<pre>"_s + esc(text) + u"</pre>\n"_s;
}

} // namespace

QByteArray BugReportWriter::toHtml(const BugReport &report)
{
    const QString title = report.title.trimmed().isEmpty() ? u"Bug report"_s : report.title;
    QString h = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"_s
                u"<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n"_s
                u"<meta charset=\"UTF-8\"/>\n<title>"_s
        + esc(title) + u"</title>\n<style>"_s + QString::fromUtf16(css) + u"</style>\n</head>\n<body>\n"_s;
    h += u"<h1>"_s + esc(title) + u"</h1>\n"_s;
    h += u"<p class=\"meta\">Reqscope "_s + esc(report.appVersion) + u" bug report. Secrets are replaced by "_s
        + esc(Redactor::mask()) + u"; the list at the end says which.</p>\n"_s;

    h += u"<h2>What was expected</h2>\n"_s + paragraph(report.expected);
    h += u"<h2>What happened</h2>\n"_s + paragraph(report.actual);
    if (!report.screenshotPng.isEmpty()) {
        h += u"<h2>Screenshot</h2>\n<p><img src=\"data:image/png;base64,"_s
            + QString::fromLatin1(report.screenshotPng.toBase64()) + u"\" alt=\"Screenshot of the window\"/></p>\n"_s;
    }

    h += u"<h2>Request</h2>\n<p><code>"_s + esc(report.method + u' ' + report.url) + u"</code></p>\n"_s;
    h += u"<h3>As a curl command</h3>\n"_s + pre(report.curl);
    h += u"<h3>Request headers</h3>\n"_s + table(F::headerTable(report.requestHeaders));

    h += u"<h2>Response</h2>\n<p>Status: "_s + esc(F::statusLine(report)) + u"</p>\n"_s;
    h += u"<h3>Response headers</h3>\n"_s + table(F::headerTable(report.responseHeaders));
    h += u"<h3>Body</h3>\n<p>"_s + esc(F::bodySummary(report)) + u"</p>\n"_s;
    if (!report.bodyExcerpt.isEmpty())
        h += pre(F::bodyText(report));

    h += u"<h2>Events</h2>\n"_s + table(F::eventTable(report));
    h += u"<h2>Timing</h2>\n<p>Milliseconds since Send.</p>\n"_s + table(F::timingTable(report.timing));
    h += u"<h2>Result</h2>\n<p><code>"_s + esc(F::resultLine(report)) + u"</code></p>\n"_s;
    h += u"<h2>Environment</h2>\n"_s + table(F::environmentTable(report));

    h += u"<h2>Redacted</h2>\n"_s;
    if (report.redactionLabels.isEmpty()) {
        h += u"<p class=\"empty\">Nothing.</p>\n"_s;
    } else {
        h += u"<ul>\n"_s;
        for (const QString &label : report.redactionLabels)
            h += u"<li>Redacted: "_s + esc(label) + u"</li>\n"_s;
        h += u"</ul>\n"_s;
    }
    return (h + u"</body>\n</html>\n"_s).toUtf8();
}

} // namespace Reqscope
