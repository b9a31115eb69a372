// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Reqscope {

/// Something an importer could not carry over or had to guess, or the error that stopped it. \a location names
/// the file and a position in it: "file:line:column" for text, "file: $.item[2].request.auth" for JSON.
struct ImportIssue
{
    QString location;
    QString message;

    QString toString() const
    {
        return location.isEmpty() ? message : location + QStringLiteral(": ") + message;
    }
    friend bool operator==(const ImportIssue &a, const ImportIssue &b)
    {
        return a.location == b.location && a.message == b.message;
    }
};

using ImportIssues = QList<ImportIssue>;

} // namespace Reqscope
