// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>

namespace Reqscope::Test {

using namespace Qt::StringLiterals;

// Generous: the tests share two cores with builds.
constexpr int signalTimeoutMs = 20000;

/// The four event signals of one HttpRequest, recorded in order as "start:200", "data:5", "finished", "error:…".
class EventRecorder : public QObject
{
public:
    explicit EventRecorder(HttpRequest *request)
        : QObject(request)
    {
        connect(request, &HttpRequest::responseStarted, this, [this](int status, const QString &) {
            events.append(u"start:%1"_s.arg(status));
        });
        connect(request, &HttpRequest::responseDataAvailable, this, [this](const QByteArray &chunk) {
            events.append(u"data"_s);
            body += chunk;
            if (chunk.isEmpty())
                emptyChunks++;
        });
        connect(request, &HttpRequest::responseFinished, this, [this] { events.append(u"finished"_s); });
        connect(request, &HttpRequest::errorOccurred, this, [this](qint32 number, const QString &) {
            events.append(u"error:%1"_s.arg(HResult(number).hex()));
        });
    }

    /// The events with consecutive "data" entries folded into one "data*".
    QStringList folded() const
    {
        QStringList out;
        for (const QString &event : events) {
            if (event == u"data") {
                if (out.isEmpty() || out.constLast() != u"data*")
                    out.append(u"data*"_s);
            } else {
                out.append(event);
            }
        }
        return out;
    }

    bool ended() const
    {
        return !events.isEmpty() && (events.constLast() == u"finished" || events.constLast().startsWith(u"error:"));
    }

    QStringList events;
    QByteArray body;
    int emptyChunks = 0;
};

/// Runs a complete request to \a url on a fresh object: after it, every event queued before it has been
/// delivered.
/// Open, Send and, when async, WaitForResponse(-1): the first failing result, else the last one.
inline HResult openSendWait(
    HttpRequest &request, const QString &method, const QUrl &url, bool async, const QVariant &body = QVariant())
{
    const HResult opened = request.open(method, url.toString(), async);
    if (!opened.ok())
        return opened;
    const HResult sent = request.send(body);
    if (!async || !sent.ok())
        return sent;
    bool succeeded = false;
    return request.waitForResponse(-1, succeeded);
}

inline bool drainWithSecondRequest(const QString &url)
{
    HttpRequest other;
    QSignalSpy finished(&other, &HttpRequest::responseFinished);
    if (!other.open(u"GET"_s, url, true).ok() || !other.send().ok())
        return false;
    return finished.count() == 1 || finished.wait(signalTimeoutMs);
}

inline bool drainWithSecondRequest(ScriptedServer &server)
{
    return drainWithSecondRequest(server.url(u"/ok"_s));
}

} // namespace Reqscope::Test
