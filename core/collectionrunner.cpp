// SPDX-License-Identifier: MIT
#include "collectionrunner.h"

#include "historyrecording.h"
#include "historystore.h"
#include "jsonline.h"
#include "requestrunner.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Reqscope {

CollectionRunner::CollectionRunner(QObject *parent)
    : QObject(parent)
    , m_runner(new RequestRunner(this))
{
    connect(m_runner, &RequestRunner::finished, this, &CollectionRunner::onRequestFinished);
}

CollectionRunner::~CollectionRunner() = default;

void CollectionRunner::setGlobals(const VariableList &globals)
{
    m_globals = globals;
}

void CollectionRunner::setHistory(HistoryStore *history)
{
    m_history = history;
}

bool CollectionRunner::start(const Collection &collection, const QString &environment, const QString &folderPath)
{
    m_collection = collection;
    m_results.clear();
    m_error.clear();
    m_environment = nullptr;
    if (!environment.isEmpty()) {
        m_environment = m_collection.environment(environment);
        if (!m_environment) {
            m_error = u"no environment '%1' in the collection"_s.arg(environment);
            return false;
        }
    }
    if (!folderPath.isEmpty() && !m_collection.find(folderPath)) {
        m_error = u"no folder '%1' in the collection"_s.arg(folderPath);
        return false;
    }
    m_queue = m_collection.requestPaths(folderPath);
    m_running = true;
    // Queued so that finished() never fires inside start(), even for an empty collection.
    QMetaObject::invokeMethod(this, &CollectionRunner::next, Qt::QueuedConnection);
    return true;
}

bool CollectionRunner::isRunning() const
{
    return m_running;
}

QString CollectionRunner::errorString() const
{
    return m_error;
}

QList<CollectionRunner::Result> CollectionRunner::results() const
{
    return m_results;
}

int CollectionRunner::failureCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const Result &r) { return r.hresult != 0; }));
}

QByteArray CollectionRunner::resultLine(const Result &result)
{
    JsonLine line;
    line.add("name"_L1, result.name)
        .add("path"_L1, result.path)
        .add("status"_L1, result.status)
        .addRaw("time_ms"_L1, JsonLine::milliseconds(result.timeMs))
        .add("bytes"_L1, result.bytes)
        .add("hresult"_L1, HResult(result.hresult).hex());
    if (!result.error.isEmpty())
        line.add("error"_L1, result.error);
    if (!result.unresolved.isEmpty()) {
        QJsonArray names;
        for (const UnresolvedVariable &u : result.unresolved)
            names.append(QString(u.name + u'@' + u.where));
        line.add("unresolved"_L1, names);
    }
    return line.toJson();
}

QByteArray CollectionRunner::summaryLine() const
{
    double total = 0;
    for (const Result &r : m_results)
        total += r.timeMs;
    JsonLine line;
    line.add("summary"_L1, true)
        .add("requests"_L1, int(m_results.size()))
        .add("failed"_L1, failureCount())
        .addRaw("time_ms"_L1, JsonLine::milliseconds(total));
    return line.toJson();
}

void CollectionRunner::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const QString path = m_queue.takeFirst();
    const VariableResolver vars = VariableResolver::forRequest(m_collection, path, m_environment, m_globals);
    const RequestSpec spec = m_collection.effectiveRequest(path);
    m_sent = vars.apply(spec);
    m_current = Result();
    m_current.path = path;
    m_current.name = spec.name;
    m_current.method = m_sent.method;
    m_current.url = m_sent.url;
    m_current.unresolved = vars.unresolved(spec);
    m_runner->start(m_sent); // finished() may come from inside start(): onRequestFinished queues the next one
}

void CollectionRunner::onRequestFinished()
{
    m_current.status = m_runner->status();
    m_current.timeMs = m_runner->elapsedMs();
    m_current.bytes = m_runner->bytesReceived();
    m_current.hresult = m_runner->result().code();
    if (m_current.hresult != 0)
        m_current.error = m_runner->errorDescription();
    if (m_history)
        m_history->add(
            HistoryRecording::entryFor(*m_runner, m_sent, m_history->limits().bodyPrefixBytes), secretValues(m_sent));
    m_results.append(m_current);
    Q_EMIT requestFinished(m_current);
    QMetaObject::invokeMethod(this, &CollectionRunner::next, Qt::QueuedConnection);
}

QStringList CollectionRunner::secretValues(const RequestSpec &spec) const
{
    // Everything the user marked secret at any scope, plus the credentials as sent.
    QStringList values = m_collection.secretValues();
    values << spec.authPassword << spec.bearerToken << spec.proxyPassword;
    for (const Variable &v : m_globals) {
        if (v.secret)
            values.append(v.value);
    }
    values.removeAll(QString());
    return values;
}

} // namespace Reqscope
