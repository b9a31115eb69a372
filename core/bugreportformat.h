// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Reqscope {

struct BugReport;
struct TimingRecord;

/// What the HTML and Markdown writers of a BugReport say alike, so the two formats cannot drift apart.
namespace BugReportFormat {

struct Table
{
    QStringList columns;
    QList<QStringList> rows;
    QList<int> numericColumns; // right-aligned where the format can
};

/// Name and value of each header.
Table headerTable(const QList<QPair<QString, QString>> &headers);
/// Time, kind, bytes and details of each event.
Table eventTable(const BugReport &report);
/// Each phase of the engine's timing record with its time since Send, in the order they happen.
Table timingTable(const TimingRecord &timing);
/// Reqscope, Qt and OS versions.
Table environmentTable(const BugReport &report);

/// "00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|", one line per 16 bytes.
QString hexDump(const QByteArray &bytes);
/// The excerpt as it is shown: the hex dump of a binary body, else its text.
QString bodyText(const BugReport &report);
/// "1 234 bytes, text; the first 4 096 are shown", or "no body".
QString bodySummary(const BugReport &report);
/// "12.3 ms", or "—" for a step that did not happen (-1).
QString milliseconds(double ms);
/// "0x80072EE2 ERROR_WINHTTP_TIMEOUT: The operation timed out".
QString resultLine(const BugReport &report);
/// "200 OK", or "no response" when the request failed before one.
QString statusLine(const BugReport &report);
/// \a text with characters XML 1.0 forbids (C0 controls but tab and newlines, U+FFFE, U+FFFF) made visible as
/// the Unicode control pictures, so a strange header or body can never make the document unreadable.
QString visible(const QString &text);

} // namespace BugReportFormat

} // namespace Reqscope
