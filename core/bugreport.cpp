// SPDX-License-Identifier: MIT
#include "bugreport.h"

#include "curlwriter.h"
#include "eventlogmodel.h"
#include "hresultname.h"
#include "requestrunner.h"
#include "responsebodystore.h"
#include "responsetextdecoder.h"
#include "winhttperror.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QMimeDatabase>
#include <QStringDecoder>
#include <QSysInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

/// The largest cut at or below \a limit that splits no occurrence of an enabled secret, so that the excerpt
/// never ends in the first half of a token. \a bytes must reach at least the longest secret past \a limit.
qsizetype safeCut(const QByteArray &bytes, qsizetype limit, const QList<QByteArray> &secrets)
{
    qsizetype cut = std::min(limit, bytes.size());
    bool moved = true;
    while (moved) {
        moved = false;
        for (const QByteArray &secret : secrets) {
            // Only an occurrence starting less than secret.size() before the cut can straddle it.
            for (qsizetype at = bytes.indexOf(secret, std::max<qsizetype>(0, cut - secret.size() + 1));
                 at >= 0 && at < cut;
                 at = bytes.indexOf(secret, at + 1)) {
                if (at + secret.size() > cut) {
                    cut = at;
                    moved = true;
                }
            }
        }
    }
    return cut;
}

/// \a bytes without a UTF-8 sequence cut off at its end.
QByteArray withoutTruncatedCharacter(const QByteArray &bytes)
{
    for (qsizetype back = 1; back <= std::min<qsizetype>(4, bytes.size()); ++back) {
        const auto c = quint8(bytes.at(bytes.size() - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead byte
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > back ? bytes.left(bytes.size() - back) : bytes;
    }
    return bytes;
}

bool isBinary(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return true;
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)utf8.decode(bytes);
    if (utf8.hasError())
        return true;
    // Valid UTF-8 without NULs can still be a PDF or an image header: ask the shared MIME database's magic.
    return !QMimeDatabase().mimeTypeForData(bytes).inherits(u"text/plain"_s);
}

QList<QPair<QString, QString>> headerPairs(const QString &raw, const Redactor &redactor)
{
    QList<QPair<QString, QString>> pairs;
    for (const QString &line : raw.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            pairs.append({ redactor.apply(line.left(colon).trimmed()), redactor.apply(line.mid(colon + 1).trimmed()) });
    }
    return pairs;
}

BugReport::Event eventFrom(const EventLogModel::Event &e, double sendMs, const Redactor &redactor)
{
    const QMetaEnum kinds = QMetaEnum::fromType<EventLogModel::Kind>();
    return { std::max(0.0, e.elapsedMs - sendMs),
        QString::fromLatin1(kinds.valueToKey(int(e.kind))),
        e.size,
        redactor.apply(e.detail) };
}

/// A big download has one DataAvailable event per chunk: the report keeps the first and last ones. Times are
/// moved from the runner's clock (since start()) to the engine's (since Send), so they read with the phases.
QList<BugReport::Event> eventsFrom(const QList<EventLogModel::Event> &all, double sendMs, const Redactor &redactor)
{
    sendMs = std::max(0.0, sendMs); // -1: the request failed before Send
    QList<BugReport::Event> events;
    const qsizetype keep = BugReport::eventLimit / 2;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.size() > BugReport::eventLimit && i == keep) {
            const qsizetype skipped = all.size() - 2 * keep;
            const qint64 bytes = all.at(all.size() - keep - 1).total - all.at(keep - 1).total;
            const double at = std::max(0.0, all.at(i).elapsedMs - sendMs);
            events.append({ at, u"Omitted"_s, bytes, u"%1 events left out of the report"_s.arg(skipped) });
            i = all.size() - keep - 1;
            continue;
        }
        events.append(eventFrom(all.at(i), sendMs, redactor));
    }
    return events;
}

void setBody(BugReport &report, const ResponseBodyStore &body, const QString &contentType, const Redactor &redactor)
{
    QList<QByteArray> secrets;
    qsizetype longest = 0;
    for (const QString &spelling : redactor.enabledSpellings()) {
        secrets.append(spelling.toUtf8());
        longest = std::max(longest, secrets.constLast().size());
    }
    report.bodySize = body.size();
    const QByteArray read = body.read(0, BugReport::bodyExcerptLimit + longest);
    const QByteArray excerpt = read.left(safeCut(read, BugReport::bodyExcerptLimit, secrets));
    const QString charset = ResponseTextDecoder::charsetOf(contentType).toLower();
    if (!charset.isEmpty() && charset != u"utf-8"_s && charset != u"utf8"_s) {
        // Declared legacy charsets are decoded as the Response view decodes them, then shown as UTF-8.
        report.bodyIsBinary = false;
        report.bodyExcerpt = redactor.apply(ResponseTextDecoder::decode(excerpt, contentType)).toUtf8();
        return;
    }
    report.bodyIsBinary = isBinary(withoutTruncatedCharacter(excerpt));
    report.bodyExcerpt = redactor.apply(report.bodyIsBinary ? excerpt : withoutTruncatedCharacter(excerpt));
}

} // namespace

BugReport BugReport::build(const RequestSpec &spec, const RequestRunner &runner, const Redactor &redactor)
{
    // A caller that forgot addRequest() or addResponseHeaders() must not leak: values the caller already holds
    // keep their state (the user may have revealed them), anything new is hidden.
    Redactor r = redactor;
    r.addRequest(spec);
    r.addResponseHeaders(runner.rawHeaders());

    BugReport report;
    report.method = r.apply(spec.method);
    report.url = r.apply(spec.url);
    CurlWriter writer;
    writer.setIncludeSecrets(true); // the redactor hides them, and shows what the user chose to reveal
    writer.setMultiLine(true);
    report.curl = r.apply(writer.write(spec));
    for (const KeyValue &h : spec.effectiveHeaders())
        report.requestHeaders.append({ r.apply(h.name), r.apply(h.value) });

    report.status = runner.status();
    report.statusText = r.apply(runner.statusText());
    report.responseHeaders = headerPairs(runner.rawHeaders(), r);
    if (const std::shared_ptr<ResponseBodyStore> body = runner.body())
        setBody(report, *body, runner.contentType(), r);
    if (const EventLogModel *events = runner.events())
        report.events = eventsFrom(events->events(), runner.timing().sendMs, r);
    report.timing = runner.timing().phases.value_or(TimingRecord());
    const HResult result = runner.result();
    report.hresult = quint32(result.code());
    report.hresultName = Reqscope::hresultName(result);
    report.errorDescription = r.apply(runner.errorDescription());

    const QString version = QCoreApplication::applicationVersion();
    report.appVersion = r.apply(version.isEmpty() ? QString::fromLatin1(REQSCOPE_VERSION) : version);
    report.qtVersion = r.apply(QString::fromLatin1(qVersion()));
    report.os = r.apply(QSysInfo::prettyProductName() + u" ("_s + QSysInfo::currentCpuArchitecture() + u')');
    for (const Redaction &redaction : r.redactions()) {
        const QString label = r.apply(redaction.label);
        if (redaction.enabled && !report.redactionLabels.contains(label))
            report.redactionLabels.append(label);
    }
    return report;
}

} // namespace Reqscope
