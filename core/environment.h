// SPDX-License-Identifier: MIT
#pragma once

#include "variable.h"

#include <QString>

namespace Reqscope {

/// One `environments/<slug>.json` file: a named set of variables, chosen at run time (`--env NAME`).
struct Environment
{
    QString name;
    QString slug; // file name stem; empty: derived from the name on save
    VariableList variables;
};

} // namespace Reqscope
