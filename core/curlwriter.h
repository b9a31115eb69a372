// SPDX-License-Identifier: MIT
#pragma once

#include "redactor.h"
#include "requestspec.h"

#include <QString>
#include <QStringList>

namespace Reqscope {

/*!
 * Writes a RequestSpec as a curl command line that reproduces it, for a POSIX shell or for Windows cmd.
 * Passwords, tokens and credential headers are replaced by placeholders unless the caller opts in.
 * \code
 * CurlWriter writer;
 * writer.setIncludeSecrets(true); // "Copy as curl" of the request on screen
 * const QString command = writer.write(spec);
 * \endcode
 */
class CurlWriter
{
public:
    enum class Shell { Posix, Cmd };

    void setShell(Shell shell);
    void setIncludeSecrets(bool include);
    /// Multi-line output with continuations (one option per line) instead of one line.
    void setMultiLine(bool multiLine);

    QString write(const RequestSpec &spec) const;
    /// \a word quoted for the shell (unchanged when nothing in it needs quoting).
    QString quote(const QString &word) const;

    /// What secrets become in exports without opt-in.
    static QString redacted();

private:
    QStringList bodyOptions(const RequestSpec &spec) const;

    Shell m_shell = Shell::Posix;
    bool m_includeSecrets = false;
    bool m_multiLine = false;
};

} // namespace Reqscope
