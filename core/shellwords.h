// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Reqscope {

/*!
 * Splits pasted command lines into words the way the shell that produced them would: POSIX sh (quotes,
 * backslashes, $'…' ANSI-C strings, backslash-newline), Windows cmd (^ escapes and continuations, then the MSVC
 * runtime's "…", "" and \" rules) and PowerShell (backtick escapes and continuations, '' inside '…').
 * Commands separated by newlines, ';' or '&&' come back as separate word lists.
 * \code
 * const ShellWords words = ShellWords::split(u"curl -d 'a b' http://h"_s);
 * // words.commands == { { "curl", "-d", "a b", "http://h" } }
 * \endcode
 */
class ShellWords
{
public:
    enum class Dialect { Auto, Posix, Cmd, PowerShell };

    /// The dialect a pasted text most likely comes from (Chrome's "Copy as cURL (cmd)" has ^ everywhere).
    static Dialect detect(const QString &text);
    static ShellWords split(const QString &text, Dialect dialect = Dialect::Auto);

    QList<QStringList> commands;
    Dialect dialect = Dialect::Posix;
    QString error; // empty when the text was well-formed
    qsizetype errorPosition = -1; // character offset of the problem in the input
    /// 1-based line and column of errorPosition in \a text, as "line:column".
    static QString lineColumn(const QString &text, qsizetype position);
};

} // namespace Reqscope
