// SPDX-License-Identifier: MIT
#include "scriptoutput.h"

#include "eventlineformatter.h"
#include "scriptstep.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

ScriptOutput::ScriptOutput(LineSink sink)
    : m_sink(std::move(sink))
{
    m_clock.start();
}

void ScriptOutput::start()
{
    m_clock.start();
}

JsonLine ScriptOutput::stepLine(const ScriptStep &step, const QString &in)
{
    JsonLine line;
    if (step.isTopLevel())
        line.add("step"_L1, step.label.toInt());
    else
        line.add("step"_L1, step.label); // "2.0": a string, so it cannot be mistaken for a number
    if (!in.isEmpty())
        line.add("in"_L1, in);
    return line;
}

void ScriptOutput::addResult(JsonLine &line, HResult result, const QByteArray &value)
{
    line.add("ok"_L1, result.ok()).add("hresult"_L1, result.hex());
    // `error` only for WinHTTP failures. E_INVALIDARG is 0x80070057 by its bits, but its low word 87 is a Win32
    // code, not a WinHTTP one (cli.md: "the low 16 bits as a decimal WinHTTP code"), and HResult::winHttpError()
    // is 0 for it; so E_INVALIDARG, like E_PENDING, has a description but no `error`.
    if (const int winHttpError = result.winHttpError())
        line.add("error"_L1, winHttpError);
    if (!result.ok())
        line.add("description"_L1, result.description());
    else if (!value.isEmpty())
        line.addRaw("value"_L1, value);
}

void ScriptOutput::write(const JsonLine &line)
{
    m_sink(line.toJson());
}

void ScriptOutput::responseStarted(int status, const QString &contentType)
{
    writeEvent(EventLineFormatter::responseStarted(status, contentType));
}

void ScriptOutput::responseDataAvailable(qint64 size, qint64 total)
{
    writeEvent(EventLineFormatter::responseDataAvailable(size, total));
}

void ScriptOutput::responseFinished(qint64 total)
{
    writeEvent(EventLineFormatter::responseFinished(total));
}

void ScriptOutput::errorOccurred(qint32 errorNumber, const QString &description)
{
    writeEvent(EventLineFormatter::errorOccurred(errorNumber, description));
}

void ScriptOutput::done(qint64 steps)
{
    JsonLine line;
    line.add("done"_L1, true).add("steps"_L1, steps);
    writeEvent(line);
}

void ScriptOutput::writeEvent(JsonLine line)
{
    EventLineFormatter::addTime(line, double(m_clock.nsecsElapsed()) / 1e6);
    m_sink(line.toJson());
}

} // namespace Reqscope
