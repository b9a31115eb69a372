// SPDX-License-Identifier: MIT
#pragma once

#include "loaderror.h"
#include "requestspec.h"
#include "variable.h"

#include <QString>

#include <optional>

namespace Reqscope {

class SecretStore;
struct Collection;
struct Environment;

/*!
 * A request from disk, ready to send: its collection's default headers and auth applied and every `{{name}}`
 * substituted (request → folders → collection → environment), plus the secret variables in play, so that a
 * report can hide their values. What `reqscope-cli report` loads, from a request file or by name from a
 * collection.
 *
 * \code
 * QString error;
 * const std::optional<SavedRequest> saved = SavedRequest::fromCollection(dir, u"Get user"_s, u"staging"_s, &secrets,
 * &error); runner.start(saved->spec); for (const Variable &v : saved->secretVariables)
 * redactor.addSecretVariable(v.name, v.value); \endcode
 */
struct SavedRequest
{
    RequestSpec spec; // variables substituted
    QString path; // within the collection ("folder/slug"); empty for a lone request file
    VariableList secretVariables; // enabled secret variables of every scope, values expanded
    QStringList unresolved; // `{{name}}`s no scope defines, as "name@where"
    LoadErrors warnings; // other files of the collection that failed to load

    /// A `*.request.json` file. Inside a collection directory (a `collection.json` in it or a parent), the
    /// collection's defaults, variables and \a environment apply; a lone file takes \a environment only if empty.
    static std::optional<SavedRequest> fromFile(
        const QString &file, const QString &environment, const SecretStore *secrets, QString *error);
    /// The request whose path ("folder/slug") or display name is \a name in the collection at \a directory.
    static std::optional<SavedRequest> fromCollection(const QString &directory,
        const QString &name,
        const QString &environment,
        const SecretStore *secrets,
        QString *error);

    /// The enabled secret variables of every scope the request at \a path sees (request, folders, collection,
    /// \a environment, \a globals), values expanded: what a report must hide besides the request's own secrets.
    static VariableList secretVariablesFor(
        const Collection &collection, const QString &path, const Environment *environment, const VariableList &globals);
};

} // namespace Reqscope
