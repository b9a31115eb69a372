// SPDX-License-Identifier: MIT
#include "variablecontext.h"

namespace Reqscope {

VariableContext::VariableContext(QObject *parent)
    : QObject(parent)
{
}

void VariableContext::setCollection(const Collection &collection, const QString &directory)
{
    m_collection = collection;
    m_directory = directory;
    m_hasCollection = true;
    if (!m_collection.environment(m_environment))
        m_environment.clear();
    Q_EMIT collectionChanged();
    Q_EMIT changed();
}

void VariableContext::clearCollection()
{
    m_collection = Collection();
    m_directory.clear();
    m_hasCollection = false;
    m_requestPath.clear();
    m_environment.clear();
    Q_EMIT collectionChanged();
    Q_EMIT changed();
}

bool VariableContext::hasCollection() const
{
    return m_hasCollection;
}

const Collection &VariableContext::collection() const
{
    return m_collection;
}

QString VariableContext::directory() const
{
    return m_directory;
}

void VariableContext::setRequestPath(const QString &path)
{
    if (path == m_requestPath)
        return;
    m_requestPath = path;
    Q_EMIT changed();
}

QString VariableContext::requestPath() const
{
    return m_requestPath;
}

void VariableContext::setEnvironment(const QString &name)
{
    const Environment *env = m_collection.environment(name);
    const QString chosen = env ? env->name : QString();
    if (chosen == m_environment)
        return;
    m_environment = chosen;
    Q_EMIT changed();
}

QString VariableContext::environment() const
{
    return m_environment;
}

void VariableContext::setEnvironments(const QList<Environment> &environments)
{
    m_collection.environments = environments;
    if (!m_collection.environment(m_environment))
        m_environment.clear();
    Q_EMIT collectionChanged();
    Q_EMIT changed();
    Q_EMIT environmentsEdited(environments);
}

void VariableContext::setGlobals(const VariableList &globals)
{
    m_globals = globals;
    Q_EMIT changed();
}

VariableList VariableContext::globals() const
{
    return m_globals;
}

VariableResolver VariableContext::resolver() const
{
    // forRequest skips the request and folder scopes when the path is not in the collection (a new request).
    return VariableResolver::forRequest(
        m_collection, m_requestPath, m_collection.environment(m_environment), m_globals);
}

QStringList VariableContext::secretValues() const
{
    QStringList values = m_collection.secretValues();
    for (const Variable &v : m_globals) {
        if (v.secret && !v.value.isEmpty())
            values.append(v.value);
    }
    return values;
}

} // namespace Reqscope
