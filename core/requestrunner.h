// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"
#include "timingrecord.h"
#include "winhttperror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace Reqscope {

class EventLogModel;
class HttpRequest;
class ResponseBodyStore;

/*!
 * Runs one RequestSpec at a time on a fresh HttpRequest and turns its four events into what the window shows:
 * an event log, a body store (spilled to disk when large), progress updates coalesced to ~30 Hz and a terminal
 * outcome. In Sync mode start() blocks in the engine's nested loop, so the abort triggers are armed before Send
 * and fire from inside the engine's signals (or from a timer that runs inside the nested loop).
 *
 * \code
 * RequestRunner runner;
 * runner.setMode(RequestRunner::Mode::Sync);
 * runner.setAbortTrigger(RequestRunner::AbortTrigger::FirstChunk);
 * runner.start(spec); // returns 0x80072EF1 after exactly one OnResponseDataAvailable
 * \endcode
 */
class RequestRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestRunner)

public:
    enum class Mode { Async, Sync };
    Q_ENUM(Mode)
    enum class AbortTrigger { None, ResponseStart, FirstChunk, AfterBytes, AfterMs };
    Q_ENUM(AbortTrigger)
    enum class Outcome { Idle, Running, Completed, Failed, Aborted };
    Q_ENUM(Outcome)

    struct Timing
    {
        double responseStartMs = -1; // OnResponseStart, i.e. headers received
        double firstByteMs = -1; // first OnResponseDataAvailable
        double endMs = -1;
        double sendMs = -1; // when Send was called: the engine's record counts from here, the events from start()
        // The engine's phases, read when the request ended (the HttpRequest is released by the next start());
        // empty while it runs and when it failed before Send.
        std::optional<TimingRecord> phases;
    };

    explicit RequestRunner(QObject *parent = nullptr);
    ~RequestRunner() override;

    void setMode(Mode mode);
    Mode mode() const;
    /// \a value is bytes for AfterBytes and milliseconds for AfterMs.
    void setAbortTrigger(AbortTrigger trigger, qint64 value = 0);
    AbortTrigger abortTrigger() const;
    qint64 abortTriggerValue() const;

    /// Opens and sends; in Sync mode returns when the request has ended (Send's HRESULT).
    HResult start(const RequestSpec &spec);
    /// The Abort button (async); a no-op when nothing runs.
    void abort();

    Outcome outcome() const;
    bool isRunning() const;
    HResult result() const; // S_OK, the failure's HRESULT, or 0x80072EF1 when aborted
    QString errorDescription() const;
    int status() const;
    QString statusText() const;
    QString contentType() const;
    QString rawHeaders() const; // GetAllResponseHeaders
    qint64 bytesReceived() const;
    qint64 expectedBytes() const; // Content-Length, or -1
    double elapsedMs() const;
    Timing timing() const;
    std::shared_ptr<ResponseBodyStore> body() const;
    EventLogModel *events() const;

Q_SIGNALS:
    void started();
    void responseHeadersReceived();
    /// Coalesced: at most ~30 per second while bytes arrive (and once more at the end).
    void progressed();
    /// Exactly once per start(): the outcome is known.
    void finished();

private:
    void onResponseStarted(int status, const QString &contentType);
    void onData(const QByteArray &chunk);
    void onFinished();
    void onError(qint32 errorNumber, const QString &description);
    void abortFromTrigger(const QString &why);
    void end(Outcome outcome, HResult result, const QString &description);
    void logEvent(int kind, qint64 size, const QString &detail);
    void applySettings(HttpRequest &request, const RequestSpec &spec);

    Mode m_mode = Mode::Async;
    AbortTrigger m_trigger = AbortTrigger::None;
    qint64 m_triggerValue = 0;
    QPointer<HttpRequest> m_request;
    std::shared_ptr<ResponseBodyStore> m_body;
    EventLogModel *m_events;
    QTimer m_tick; // coalesces progress updates; fires inside a sync Send's nested loop too
    QTimer m_abortTimer; // the AfterMs trigger
    QElapsedTimer m_clock;
    bool m_dirty = false;
    Outcome m_outcome = Outcome::Idle;
    HResult m_result;
    QString m_description;
    int m_status = 0;
    QString m_statusText;
    QString m_contentType;
    QString m_rawHeaders;
    qint64 m_expected = -1;
    Timing m_timing;
};

} // namespace Reqscope
