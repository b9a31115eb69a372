// SPDX-License-Identifier: MIT
#include "scriptrunner.h"

#include "httprequest.h"
#include "scriptparser.h"
#include "scriptsubstitution.h"
#include "scriptvalue.h"

#include <QEventLoop>
#include <QIODevice>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Reqscope {

ScriptRunner::ScriptRunner(LineSink sink, QObject *parent)
    : QObject(parent)
    , m_output(std::move(sink))
{
}

ScriptRunner::~ScriptRunner() = default;

QString ScriptRunner::errorString() const
{
    return m_error ? m_error->toString() : QString();
}

int ScriptRunner::run(const QByteArray &script, const QHash<QString, QString> &variables)
{
    ScriptError error;
    const std::optional<std::vector<ScriptStep>> steps
        = ScriptParser::parse(script, ScriptSubstitution(variables), &error);
    if (!steps) {
        m_error = error;
        return 2;
    }
    return run(*steps);
}

int ScriptRunner::run(const std::vector<ScriptStep> &steps)
{
    m_error.reset();
    m_output.start();
    createRequest();
    for (const ScriptStep &step : steps) {
        runStep(step, QString());
        m_retired.clear(); // no signal of theirs is on the stack any more
        if (m_error)
            break;
    }
    retireRequest();
    m_retired.clear();
    m_streams.clear();
    if (m_error)
        return 2;
    m_output.done(qint64(steps.size()));
    return 0;
}

void ScriptRunner::runSteps(const std::vector<ScriptStep> &steps, const QString &in)
{
    for (const ScriptStep &step : steps) {
        if (m_error)
            return;
        runStep(step, in);
    }
}

void ScriptRunner::runStep(const ScriptStep &step, const QString &in)
{
    JsonLine line = ScriptOutput::stepLine(step, in);
    switch (step.kind) {
    case ScriptStep::Kind::Call:
        runCall(step, line);
        break;
    case ScriptStep::Kind::Stream:
        runStream(step, line);
        break;
    case ScriptStep::Kind::On:
        if (!m_request)
            return inputError(step, u"$"_s, u"the request object was released; add {\"new\": true} first"_s);
        m_pending.append(&step);
        line.add("on"_L1, ScriptParser::eventName(step.event)).add("ok"_L1, true);
        break;
    case ScriptStep::Kind::Wait:
        waitMs(step.amount);
        line.add("wait_ms"_L1, step.amount).add("ok"_L1, true);
        break;
    case ScriptStep::Kind::New:
        retireRequest();
        createRequest();
        line.add("new"_L1, true).add("ok"_L1, true);
        break;
    case ScriptStep::Kind::Release:
        if (!m_request)
            return inputError(step, u"$"_s, u"the request object was already released"_s);
        retireRequest();
        line.add("release"_L1, true).add("ok"_L1, true);
        break;
    }
    if (!m_error)
        m_output.write(line);
}

void ScriptRunner::runCall(const ScriptStep &step, JsonLine &line)
{
    const ScriptCall &call = *step.call;
    if (!m_request)
        return inputError(step, u"$"_s, u"the request object was released; add {\"new\": true} first"_s);
    const HttpRequest::State state = m_request->state();
    if (call.method() == ScriptCall::Method::Send
        && (state == HttpRequest::State::Opened || state == HttpRequest::State::Failed)) {
        // Handlers belong to the next Send that starts a request (spec §3.2: only Opened and Failed start
        // one); a no-op Send from inside a handler must not disarm the handlers of the Send that is running.
        m_armed = std::exchange(m_pending, {});
        m_counts = {};
    }
    // A handler may release or replace the object during the call; retireRequest() keeps it alive till then.
    HttpRequest *request = m_request.get();
    ScriptCall::Result result = call.invoke(*request);
    const char *kind = call.kind() == ScriptCall::Call ? "call" : call.kind() == ScriptCall::Get ? "get" : "set";
    line.add(QLatin1String(kind), call.name());
    ScriptOutput::addResult(line, result.hresult, result.value);
    if (result.hresult.ok() && result.stream)
        m_streams[step.name] = std::move(result.stream); // a reused name replaces the older stream
}

void ScriptRunner::runStream(const ScriptStep &step, JsonLine &line)
{
    const auto it = m_streams.find(step.name);
    if (it == m_streams.end())
        return inputError(
            step, u"$.stream"_s, u"no stream named \"%1\" (take one with get ResponseStream)"_s.arg(step.name));
    QIODevice &device = *it->second;
    line.add("stream"_L1, step.name);
    if (step.read) {
        // Bounded by what the snapshot holds, so "read": 2147483647 does not allocate that much first.
        const qint64 size = qMin(step.amount, qMax(qint64(0), device.bytesAvailable()));
        ScriptOutput::addResult(line, HResult::Ok, ScriptValue::bytes(device.read(size)));
    } else if (step.amount > device.size()) {
        // IStream allows seeking past the end; a read-only snapshot has nothing there, so this is refused.
        ScriptOutput::addResult(line, HResult::InvalidArg);
    } else {
        const bool sought = device.seek(step.amount);
        ScriptOutput::addResult(line, sought ? HResult::Ok : HResult::InvalidArg, QByteArray::number(device.pos()));
    }
}

void ScriptRunner::waitMs(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(int(ms), &loop, &QEventLoop::quit);
    m_waits.append(&loop);
    loop.exec();
    m_waits.removeOne(&loop);
}

void ScriptRunner::inputError(const ScriptStep &step, const QString &path, const QString &message)
{
    m_error = ScriptError { step.label, path, message };
    // Unwind: a synchronous Send or WaitForResponse returns once aborted; wait_ms loops end now.
    if (m_request)
        m_request->abort();
    for (QEventLoop *loop : std::as_const(m_waits))
        loop->quit();
}

void ScriptRunner::createRequest()
{
    m_request = std::make_unique<HttpRequest>();
    HttpRequest *request = m_request.get();
    using E = ScriptStep::Event;
    connect(request, &HttpRequest::responseStarted, this, [this](int status, const QString &contentType) {
        m_total = 0;
        if (!m_error)
            m_output.responseStarted(status, contentType);
        fire(E::ResponseStart);
    });
    connect(request, &HttpRequest::responseDataAvailable, this, [this](const QByteArray &chunk) {
        m_total += chunk.size();
        if (!m_error)
            m_output.responseDataAvailable(chunk.size(), m_total);
        fire(E::ResponseDataAvailable);
    });
    connect(request, &HttpRequest::responseFinished, this, [this] {
        if (!m_error)
            m_output.responseFinished(m_total);
        fire(E::ResponseFinished);
    });
    connect(request, &HttpRequest::errorOccurred, this, [this](qint32 errorNumber, const QString &description) {
        if (!m_error)
            m_output.errorOccurred(errorNumber, description);
        fire(E::Error);
    });
}

void ScriptRunner::retireRequest()
{
    m_pending.clear(); // handlers belong to the object they were registered on
    m_armed.clear();
    if (!m_request)
        return;
    m_request->disconnect(this);
    if (m_depth > 0) {
        m_request->abort(); // as its destruction would; the object itself must outlive the signal on the stack
        m_retired.push_back(std::move(m_request));
    }
    m_request.reset();
}

void ScriptRunner::fire(ScriptStep::Event event)
{
    if (m_error)
        return;
    const int count = ++m_counts[size_t(event)];
    // Copy first: a handler may Send again (re-arming) or release the object (clearing m_armed).
    QList<const ScriptStep *> handlers;
    for (const ScriptStep *handler : std::as_const(m_armed)) {
        if (handler->event == event && (handler->nth == ScriptStep::EachTime || handler->nth == count))
            handlers.append(handler);
    }
    const QString in = ScriptParser::eventName(event);
    const HttpRequest *source = m_request.get();
    for (const ScriptStep *handler : std::as_const(handlers)) {
        if (m_request.get() != source) // an earlier handler released or replaced the object
            break;
        ++m_depth;
        runSteps(handler->steps, in);
        --m_depth;
    }
}

} // namespace Reqscope
