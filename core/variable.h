// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Reqscope {

/*!
 * One `{{name}}` definition at some scope (request, folder, collection, environment, global). A secret variable
 * keeps only its name in collection and environment files; its value lives in the per-user SecretStore. In
 * memory \c value always holds the real value (empty when the secret is not known on this machine).
 */
struct Variable
{
    QString name;
    QString value;
    bool secret = false;
    bool enabled = true;

    friend bool operator==(const Variable &a, const Variable &b)
    {
        return a.name == b.name && a.value == b.value && a.secret == b.secret && a.enabled == b.enabled;
    }
    friend bool operator!=(const Variable &a, const Variable &b)
    {
        return !(a == b);
    }
};

using VariableList = QList<Variable>;

} // namespace Reqscope
