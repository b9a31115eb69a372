// SPDX-License-Identifier: MIT
#pragma once

#include "loaderror.h"
#include "variable.h"

#include <QString>

namespace Reqscope {

class SecretStore;

/*!
 * The per-user global variables, the broadest scope (request > folder > collection > environment > global):
 * `globals.json` in SecretStore::dataDirectory(), shared by `reqscope` and `reqscope-cli run`. The file has the
 * collection files' format (`{"variables": […], "version": 1}`, sorted keys, 2-space indent); secret globals
 * keep only their name there, their values live in the SecretStore under the scope "globals".
 *
 * \code
 * SecretStore secrets;
 * secrets.load();
 * const GlobalVariables::LoadResult globals = GlobalVariables::load(QString(), &secrets);
 * runner.setGlobals(globals.variables);
 * \endcode
 */
class GlobalVariables
{
public:
    struct LoadResult
    {
        VariableList variables;
        LoadErrors errors; // a corrupt file: reported, and treated as no globals
    };

    /// `globals.json` in SecretStore::dataDirectory().
    static QString defaultFilePath();
    /// The SecretStore scope of secret globals.
    static QString secretScope();

    /// Reads \a filePath (empty: defaultFilePath()); a missing file means no globals.
    [[nodiscard]] static LoadResult load(const QString &filePath = QString(), const SecretStore *secrets = nullptr);
    /// Writes \a variables (QSaveFile, only when the bytes change) and secret values into \a secrets (saved too;
    /// null: secret values are dropped, never written).
    [[nodiscard]] static LoadErrors save(
        const VariableList &variables, const QString &filePath = QString(), SecretStore *secrets = nullptr);
};

} // namespace Reqscope
