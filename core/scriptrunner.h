// SPDX-License-Identifier: MIT
#pragma once

#include "scripterror.h"
#include "scriptoutput.h"
#include "scriptstep.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QEventLoop;
class QIODevice;
QT_END_NAMESPACE

namespace Reqscope {

class HttpRequest;

/*!
 * The interpreter behind `reqscope-cli script` (cli.md §2): drives one HttpRequest through a parsed script
 * and writes one JSON line per step and per event, then `{"done":true,…}`.
 *
 * Handlers (`on` steps) run inside HttpRequest's signals, so `{"call":"Abort"}` in a handler aborts a
 * synchronous Send as on Windows. A request object released or replaced from inside a handler is aborted at
 * once (destruction cancels a running request the same way, spec §3.6) but deleted only when the top-level
 * step ends, because its own signal emission, or its synchronous Send, is still on the stack.
 *
 * \code
 * ScriptRunner runner([](const QByteArray &line) { std::puts(line.constData()); });
 * const int exitCode = runner.run(scriptJson, { { u"BASE"_s, base } }); // 0, or 2 with errorString()
 * \endcode
 */
class ScriptRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptRunner)

public:
    /// Receives each output line, without the line feed.
    using LineSink = ScriptOutput::LineSink;

    explicit ScriptRunner(LineSink sink, QObject *parent = nullptr);
    ~ScriptRunner() override;

    /// Parses and checks the whole script (ScriptParser), then runs it. Returns 0 when the script ran to its
    /// end, whatever the HRESULTs were, and 2 on an input error (then no `done` line).
    int run(const QByteArray &script, const QHash<QString, QString> &variables = {});
    int run(const std::vector<ScriptStep> &steps);
    /// The input error of the last run() that returned 2, e.g. "step 3: $.args[1]: expected a string or null".
    QString errorString() const;

private:
    void runSteps(const std::vector<ScriptStep> &steps, const QString &in);
    void runStep(const ScriptStep &step, const QString &in);
    void runCall(const ScriptStep &step, JsonLine &line);
    void runStream(const ScriptStep &step, JsonLine &line);
    void waitMs(qint64 ms);
    void inputError(const ScriptStep &step, const QString &path, const QString &message);

    void createRequest();
    void retireRequest();
    void fire(ScriptStep::Event event);

    ScriptOutput m_output;
    std::unique_ptr<HttpRequest> m_request;
    std::vector<std::unique_ptr<HttpRequest>> m_retired; // released inside a handler; deleted after the step
    std::map<QString, std::unique_ptr<QIODevice>> m_streams;
    QList<const ScriptStep *> m_pending; // `on` steps waiting for the request object's next Send
    QList<const ScriptStep *> m_armed; // `on` steps of the current Send
    std::array<int, ScriptStep::EventCount> m_counts {}; // events of the current Send so far
    qint64 m_total = 0; // body bytes delivered in the current request
    int m_depth = 0; // handler nesting
    QList<QEventLoop *> m_waits; // running wait_ms loops, quit on an input error
    std::optional<ScriptError> m_error;
};

} // namespace Reqscope
