// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Reqscope {

/// A problem with one file while loading or saving; line and column are 1-based, 0 when not applicable.
struct LoadError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    /// "file:line:column: message", the form compilers use so editors can jump to it.
    QString toString() const;
};

using LoadErrors = QList<LoadError>;

} // namespace Reqscope
