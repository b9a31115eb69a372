// SPDX-License-Identifier: MIT
#include "loaderror.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

QString LoadError::toString() const
{
    if (line > 0)
        return u"%1:%2:%3: %4"_s.arg(file).arg(line).arg(column).arg(message);
    return file + u": "_s + message;
}

} // namespace Reqscope
