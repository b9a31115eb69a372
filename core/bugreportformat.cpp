// SPDX-License-Identifier: MIT
#include "bugreportformat.h"

#include "bugreport.h"
#include "winhttperror.h"

using namespace Qt::StringLiterals;

namespace Reqscope::BugReportFormat {

QString hexDump(const QByteArray &bytes)
{
    QString out;
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        QString hex;
        QString ascii;
        for (qsizetype i = line; i < line + 16; ++i) {
            if (i == line + 8)
                hex += u' ';
            if (i >= bytes.size()) {
                hex += u"   "_s;
                continue;
            }
            const auto c = quint8(bytes.at(i));
            hex += QString::number(c, 16).rightJustified(2, u'0') + u' ';
            ascii += c >= 0x20 && c < 0x7F ? QChar(char16_t(c)) : QChar(u'.');
        }
        out += QString::number(line, 16).rightJustified(8, u'0') + u"  "_s + hex + u" |"_s + ascii + u"|\n"_s;
    }
    return out;
}

QString bodyText(const BugReport &report)
{
    return report.bodyIsBinary ? hexDump(report.bodyExcerpt) : visible(QString::fromUtf8(report.bodyExcerpt));
}

QString bodySummary(const BugReport &report)
{
    if (report.bodySize == 0)
        return u"No body."_s;
    const QString kind = report.bodyIsBinary ? u"binary, shown as hex"_s : u"text"_s;
    if (report.bodySize <= BugReport::bodyExcerptLimit)
        return u"%1 bytes, %2."_s.arg(report.bodySize).arg(kind);
    return u"%1 bytes, %2; only the first %3 bytes are in this report."_s.arg(report.bodySize)
        .arg(kind)
        .arg(BugReport::bodyExcerptLimit);
}

QString milliseconds(double ms)
{
    return ms < 0 ? u"—"_s : QString::number(ms, 'f', 1) + u" ms"_s;
}

Table headerTable(const QList<QPair<QString, QString>> &headers)
{
    Table table { { u"Name"_s, u"Value"_s }, {}, {} };
    for (const auto &[name, value] : headers)
        table.rows.append({ visible(name), visible(value) });
    return table;
}

Table eventTable(const BugReport &report)
{
    Table table { { u"Time (ms)"_s, u"Event"_s, u"Bytes"_s, u"Details"_s }, {}, { 0, 2 } };
    for (const BugReport::Event &e : report.events)
        table.rows.append({ QString::number(e.atMs, 'f', 1), e.kind, QString::number(e.size), visible(e.detail) });
    return table;
}

Table timingTable(const TimingRecord &timing)
{
    return { { u"Phase"_s, u"At"_s },
        { { u"Name lookup done"_s, milliseconds(timing.dns) },
            { u"Connecting"_s, milliseconds(timing.connect) },
            { u"TLS handshake done"_s, milliseconds(timing.tls) },
            { u"Request sent"_s, milliseconds(timing.sent) },
            { u"First byte"_s, milliseconds(timing.firstByte) },
            { u"Done"_s, milliseconds(timing.done) },
            { u"Reused connection"_s, timing.reusedConnection ? u"yes"_s : u"no"_s } },
        { 1 } };
}

QString resultLine(const BugReport &report)
{
    const HResult result(qint32(report.hresult));
    QString line = result.hex() + u' ' + report.hresultName + u": "_s + result.description();
    if (!report.errorDescription.isEmpty() && report.errorDescription != result.description())
        line += u" ("_s + report.errorDescription + u')';
    return visible(line);
}

QString statusLine(const BugReport &report)
{
    if (report.status == 0)
        return u"No response."_s;
    return visible(QString::number(report.status) + u' ' + report.statusText).trimmed();
}

Table environmentTable(const BugReport &report)
{
    return { { u"Component"_s, u"Version"_s },
        { { u"Reqscope"_s, visible(report.appVersion) },
            { u"Qt"_s, visible(report.qtVersion) },
            { u"Operating system"_s, visible(report.os) } },
        {} };
}

QString visible(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            c = QChar(char16_t(0x2400 + u)); // U+2400…U+241F: the control pictures
        else if (u == 0xFFFE || u == 0xFFFF)
            c = QChar::ReplacementCharacter;
    }
    return out;
}

} // namespace Reqscope::BugReportFormat
