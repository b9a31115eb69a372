// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Reqscope {

struct BugReport;
struct TimingRecord;

/// What the HTML and Markdown writers of a BugReport say alike, so the two formats cannot drift apart.
namespace BugReportFormat {

/// "00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|", one line per 16 bytes.
QString hexDump(const QByteArray &bytes);
/// The excerpt as it is shown: the hex dump of a binary body, else its text.
QString bodyText(const BugReport &report);
/// "1 234 bytes, text; the first 4 096 are shown", or "no body".
QString bodySummary(const BugReport &report);
/// "12.3 ms", or "—" for a step that did not happen (-1).
QString milliseconds(double ms);
/// Each phase of the engine's timing record with its time since Send, in the order they happen.
QList<QPair<QString, QString>> timingRows(const TimingRecord &timing);
/// "0x80072EE2 ERROR_WINHTTP_TIMEOUT: The operation timed out".
QString resultLine(const BugReport &report);
/// "200 OK", or "no response" when the request failed before one.
QString statusLine(const BugReport &report);
/// Reqscope, Qt and OS versions.
QList<QPair<QString, QString>> environment(const BugReport &report);
/// \a text with characters XML 1.0 forbids (C0 controls but tab and newlines, U+FFFE, U+FFFF) made visible as
/// the Unicode control pictures, so a strange header or body can never make the document unreadable.
QString visible(const QString &text);

} // namespace BugReportFormat

} // namespace Reqscope
