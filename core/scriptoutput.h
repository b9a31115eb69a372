// SPDX-License-Identifier: MIT
#pragma once

#include "jsonline.h"
#include "winhttperror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <functional>

namespace Reqscope {

struct ScriptStep;

/*!
 * The lines `reqscope-cli script` prints (cli.md §2.2), keys in the order of the spec's examples, and the
 * clock behind their `t_ms`. ScriptRunner decides what happens; this class decides how it reads.
 *
 * \code
 * ScriptOutput output([](const QByteArray &line) { std::puts(line.constData()); });
 * output.start();
 * output.responseDataAvailable(1, 1); // {"event":"OnResponseDataAvailable","size":1,"total":1,"t_ms":0.3}
 * \endcode
 */
class ScriptOutput
{
public:
    /// Receives each line, without the line feed.
    using LineSink = std::function<void(const QByteArray &line)>;

    explicit ScriptOutput(LineSink sink);

    /// Starts the script clock: `t_ms` counts from here.
    void start();

    /// `{"step":3` or `{"step":"2.0","in":"OnResponseStart"`; the step then adds its kind and result.
    static JsonLine stepLine(const ScriptStep &step, const QString &in);
    /// `"ok"`, `"hresult"`, then `"error"` and `"description"` on failure or `"value"` (JSON text) on success.
    static void addResult(JsonLine &line, HResult result, const QByteArray &value = QByteArray());

    void write(const JsonLine &line);
    void responseStarted(int status, const QString &contentType);
    void responseDataAvailable(qint64 size, qint64 total);
    void responseFinished(qint64 total);
    void errorOccurred(qint32 errorNumber, const QString &description);
    void done(qint64 steps);

private:
    void writeEvent(JsonLine line);

    LineSink m_sink;
    QElapsedTimer m_clock;
};

} // namespace Reqscope
