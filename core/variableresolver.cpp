// SPDX-License-Identifier: MIT
#include "variableresolver.h"

#include "collection.h"

#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([^{}\\s]+)\\s*\\}\\}"_s);
    return pattern;
}

constexpr int maxDepth = 8;

// Visits every substitutable field of a request with a stable location name; \a edit may change the text.
void forEachField(RequestSpec &spec, const std::function<void(QString &, const QString &)> &edit)
{
    edit(spec.url, u"url"_s);
    for (KeyValue &h : spec.headers) {
        if (!h.enabled)
            continue;
        const QString where = u"header:"_s + h.name;
        edit(h.name, where);
        edit(h.value, where);
    }
    edit(spec.bodyText, u"body"_s);
    for (KeyValue &f : spec.formFields) {
        if (!f.enabled)
            continue;
        const QString where = u"form:"_s + f.name;
        edit(f.name, where);
        edit(f.value, where);
    }
    edit(spec.bodyFile, u"body.file"_s);
    edit(spec.authUser, u"auth.user"_s);
    edit(spec.authPassword, u"auth.password"_s);
    edit(spec.bearerToken, u"auth.token"_s);
    edit(spec.proxyUser, u"proxy.user"_s);
    edit(spec.proxyPassword, u"proxy.password"_s);
    edit(spec.proxyServer, u"proxy.server"_s);
}

} // namespace

void VariableResolver::addScope(const VariableList &variables)
{
    m_scopes.append(variables);
}

VariableResolver VariableResolver::forRequest(const Collection &collection,
    const QString &requestPath,
    const Environment *environment,
    const VariableList &globals)
{
    VariableResolver resolver;
    if (const CollectionItem *item = collection.find(requestPath))
        resolver.addScope(item->variables);
    const QList<const CollectionItem *> folders = collection.ancestors(requestPath);
    for (auto it = folders.crbegin(); it != folders.crend(); ++it)
        resolver.addScope((*it)->variables);
    resolver.addScope(collection.variables);
    if (environment)
        resolver.addScope(environment->variables);
    resolver.addScope(globals);
    return resolver;
}

QString VariableResolver::value(const QString &name, bool *found) const
{
    for (const VariableList &scope : m_scopes) {
        for (const Variable &v : scope) {
            if (v.enabled && v.name == name) {
                if (found)
                    *found = true;
                return v.value;
            }
        }
    }
    if (found)
        *found = false;
    return QString();
}

QString VariableResolver::resolve(const QString &text, QStringList *unresolved) const
{
    return resolve(text, unresolved, 0);
}

QString VariableResolver::resolve(const QString &text, QStringList *unresolved, int depth) const
{
    if (!text.contains(u"{{"_s))
        return text;
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        bool found = false;
        const QString raw = value(name, &found);
        if (!found || depth >= maxDepth) {
            if (unresolved && !unresolved->contains(name))
                unresolved->append(name);
            out += m.captured(0);
            continue;
        }
        out += resolve(raw, unresolved, depth + 1);
    }
    out += QStringView(text).mid(last);
    return out;
}

RequestSpec VariableResolver::apply(const RequestSpec &spec) const
{
    RequestSpec out = spec;
    forEachField(out, [this](QString &text, const QString &) { text = resolve(text); });
    return out;
}

QList<UnresolvedVariable> VariableResolver::unresolved(const RequestSpec &spec) const
{
    QList<UnresolvedVariable> result;
    RequestSpec copy = spec;
    forEachField(copy, [this, &result](QString &text, const QString &where) {
        QStringList names;
        resolve(text, &names);
        for (const QString &name : std::as_const(names)) {
            const UnresolvedVariable u { name, where };
            if (!result.contains(u))
                result.append(u);
        }
    });
    return result;
}

QStringList VariableResolver::referencedNames(const QString &text)
{
    QStringList names;
    const QList<VariableReference> refs = references(text);
    for (const VariableReference &ref : refs)
        names.append(ref.name);
    return names;
}

QList<VariableReference> VariableResolver::references(const QString &text)
{
    QList<VariableReference> refs;
    QRegularExpressionMatchIterator it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        refs.append({ m.captured(1), m.capturedStart(), m.capturedLength() });
    }
    return refs;
}

} // namespace Reqscope
