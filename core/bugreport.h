// SPDX-License-Identifier: MIT
#pragma once

#include "redactor.h"
#include "requestspec.h"
#include "timingrecord.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Reqscope {

class RequestRunner;

/*!
 * What a bug report says, already redacted: a value built once from the request and the runner's state after
 * the response, written as HTML or Markdown by BugReportWriter, shown by the report editor's preview, produced
 * headless by `reqscope-cli report`. Nothing in it holds a secret that was enabled in the Redactor it was built
 * with.
 */
struct BugReport
{
    struct Event
    {
        double atMs = 0; // since Send
        QString kind; // ResponseStart, DataAvailable, ResponseFinished, Error, Abort
        qint64 size = 0;
        QString detail;
    };

    // Written by the person reporting.
    QString title;
    QString expected;
    QString actual;

    // The request, redacted.
    QString method;
    QString url;
    QString curl;
    QList<QPair<QString, QString>> requestHeaders;

    // The response, redacted.
    int status = 0;
    QString statusText;
    QList<QPair<QString, QString>> responseHeaders;
    QByteArray bodyExcerpt; // at most bodyExcerptLimit bytes of the body
    bool bodyIsBinary = false; // writers show the excerpt as hex
    qint64 bodySize = 0;
    QList<Event> events;
    TimingRecord timing;
    quint32 hresult = 0;
    QString hresultName; // "S_OK", "ERROR_WINHTTP_TIMEOUT", ...
    QString errorDescription; // the runner's text for a failed request; empty on success

    // Where it happened.
    QString appVersion;
    QString qtVersion;
    QString os;

    QByteArray screenshotPng; // empty when the report has no screenshot
    QStringList redactionLabels; // what was hidden, so that the reader knows a value is missing on purpose

    static constexpr qint64 bodyExcerptLimit = 4096;
    /// More events than this (a big download has one per chunk) keep the first and last half and one "Omitted".
    static constexpr qsizetype eventLimit = 200;

    /// Everything above but the person's texts and the screenshot, from \a spec and \a runner after the request
    /// ended; every text goes through \a redactor.
    static BugReport build(const RequestSpec &spec, const RequestRunner &runner, const Redactor &redactor);
};

/// One self-contained HTML file (PNG as a data URI, inline CSS, well-formed XHTML) or Markdown with the PNG beside it.
class BugReportWriter
{
public:
    static QByteArray toHtml(const BugReport &report);
    /// \a pngFileName is the name the Markdown links to (written beside the .md by writeMarkdown()).
    static QString toMarkdown(const BugReport &report, const QString &pngFileName);

    /// Atomic writes (QSaveFile). writeMarkdown also writes `<basename>.png` beside \a path when there is a
    /// screenshot. False with \a error naming the file on failure.
    static bool writeHtml(const BugReport &report, const QString &path, QString *error);
    static bool writeMarkdown(const BugReport &report, const QString &path, QString *error);
};

} // namespace Reqscope
