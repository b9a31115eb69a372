// SPDX-License-Identifier: MIT
#include "scripterror.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

QString ScriptError::toString() const
{
    QString text;
    if (!step.isEmpty())
        text += "step "_L1 + step + ": "_L1;
    if (!path.isEmpty())
        text += path + ": "_L1;
    return text + message;
}

} // namespace Reqscope
