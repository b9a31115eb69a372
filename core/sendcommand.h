// SPDX-License-Identifier: MIT
#pragma once

#include "sendoptions.h"
#include "sendsink.h"
#include "winhttperror.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <optional>

namespace Reqscope {

class HttpRequest;
class JsonLine;
class SendProgress;

/*!
 * `reqscope-cli send` (cli.md §1, §3): one HttpRequest configured from SendOptions, the body streamed to
 * stdout or -o as each OnResponseDataAvailable arrives (ResponseBodyRetention = 0, so memory stays flat),
 * the abort triggers called from inside the events, `--trace` lines and the progress meter on stderr.
 *
 * Exit codes: 0 done; 1 a transport failure (the HRESULT line on stderr) or --fail with a status ≥ 400;
 * 2 a usage or input error (unreadable -d file, unwritable -o, a value the request refuses). An abort the
 * user asked for (--abort-*) ends with 0: the command did what it was told; the trace's summary still
 * carries 0x80072EF1.
 *
 * \code
 * SendCommand command(*options, { STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO });
 * return command.run(); // runs nested event loops (synchronous Send or WaitForResponse)
 * \endcode
 */
class SendCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendCommand)

public:
    struct Streams
    {
        int in = 0;
        int out = 1;
        int err = 2;
    };

    SendCommand(SendOptions options, Streams streams, QObject *parent = nullptr);
    ~SendCommand() override;

    /// Runs the request to its end; returns the exit code.
    int run();

private:
    std::optional<QVariant> readBody();
    bool configure(HttpRequest &request);
    void connectEvents(HttpRequest &request);
    void onStarted(int status, const QString &contentType);
    void onData(const QByteArray &chunk);
    void writeOut(const QByteArray &bytes);
    int finish(HResult result);
    void traceLine(JsonLine line);
    void tracePhases();
    int error(int exitCode, const QString &message);
    void writeErr(const QByteArray &text);
    double elapsedMs() const;

    SendOptions m_options;
    Streams m_streams;
    SendSink m_sink;
    std::unique_ptr<HttpRequest> m_request;
    std::unique_ptr<SendProgress> m_progress;
    QElapsedTimer m_clock;
    double m_sendMs = 0; // m_clock time of Send: timing phases count from there
    qint64 m_total = 0;
    int m_status = -1;
    bool m_aborted = false; // by an --abort-* trigger
    bool m_writeFailed = false;
};

} // namespace Reqscope
