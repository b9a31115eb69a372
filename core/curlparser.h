// SPDX-License-Identifier: MIT
#pragma once

#include "importissue.h"
#include "requestspec.h"
#include "shellwords.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Reqscope {

/*!
 * Turns curl command lines (as pasted from a browser's "Copy as cURL", a README or a terminal) into RequestSpecs.
 * Several commands in one text (separated by newlines, ';' or '&&') give several requests. Options that change
 * only curl's own output (-s, -o, -v, …) are ignored; options Reqscope cannot represent are reported as
 * warnings, never dropped silently.
 * \code
 * const CurlParser::Result r = CurlParser().parse(u"curl -u me:pw --digest https://h/x"_s);
 * // r.requests.first().authKind == RequestSpec::AuthKind::Digest
 * \endcode
 */
class CurlParser
{
public:
    struct Result
    {
        QList<RequestSpec> requests;
        ImportIssues warnings;
        std::optional<ImportIssue> error; // set: nothing was imported
    };

    /// \a source names the input in messages (a file name); \a baseDirectory resolves @file arguments.
    explicit CurlParser(const QString &source = QString(), const QString &baseDirectory = QString());

    /// Whether @file arguments are read (default true). Off for untrusted text: a fuzzer, or a paste that must not
    /// touch the disk; the file then stays a reference (a file body or a form file) and a warning says so.
    void setReadFiles(bool read);

    [[nodiscard]] Result parse(const QString &text, ShellWords::Dialect dialect = ShellWords::Dialect::Auto) const;
    /// One command's words (words[0] is "curl"); nullopt when it has no URL. Problems go to \a warnings.
    [[nodiscard]] std::optional<RequestSpec> parseWords(const QStringList &words, ImportIssues *warnings) const;

private:
    QString m_source;
    QString m_baseDirectory;
    bool m_readFiles = true;
};

} // namespace Reqscope
