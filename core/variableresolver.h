// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"
#include "variable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Reqscope {

struct Collection;
struct Environment;

/// A `{{name}}` that no scope defines, and the field it occurs in ("url", "header:Accept", "body", "auth.user").
struct UnresolvedVariable
{
    QString name;
    QString where;

    friend bool operator==(const UnresolvedVariable &a, const UnresolvedVariable &b)
    {
        return a.name == b.name && a.where == b.where;
    }
};

/// Where a `{{name}}` sits in a text (for highlighting): the braces included.
struct VariableReference
{
    QString name;
    qsizetype start = 0;
    qsizetype length = 0;
};

/*!
 * Substitutes `{{name}}` in a request's URL (and so its query parameters), headers, body and auth fields.
 * Scopes are searched narrowest first: request > folder (innermost first) > collection > environment > global.
 * Disabled variables are skipped; a value may itself use `{{other}}` (resolved up to 8 levels deep, which also
 * stops cycles). An unknown name is left as written and reported by unresolved().
 *
 * \code
 * const VariableResolver vars = VariableResolver::forRequest(collection, u"users/get-user"_s, env, globals);
 * for (const UnresolvedVariable &u : vars.unresolved(spec)) … // highlight u.where
 * const RequestSpec ready = vars.apply(collection.effectiveRequest(u"users/get-user"_s));
 * \endcode
 */
class VariableResolver
{
public:
    VariableResolver() = default;
    /// Appends a scope below the ones already added (add the narrowest first).
    void addScope(const VariableList &variables);

    static VariableResolver forRequest(const Collection &collection,
        const QString &requestPath,
        const Environment *environment,
        const VariableList &globals = {});

    /// The value of \a name from the narrowest scope that defines it (unexpanded); \a found tells if any does.
    QString value(const QString &name, bool *found = nullptr) const;
    /// \a text with every known `{{name}}` replaced; unknown names are appended to \a unresolved.
    QString resolve(const QString &text, QStringList *unresolved = nullptr) const;
    RequestSpec apply(const RequestSpec &spec) const;
    QList<UnresolvedVariable> unresolved(const RequestSpec &spec) const;

    /// The names `{{…}}` in \a text refers to, in order of appearance.
    static QStringList referencedNames(const QString &text);
    /// Every `{{…}}` in \a text with its position, in order of appearance.
    static QList<VariableReference> references(const QString &text);

private:
    QString resolve(const QString &text, QStringList *unresolved, int depth) const;

    QList<VariableList> m_scopes; // narrowest first
};

} // namespace Reqscope
