// SPDX-License-Identifier: MIT
#include "curlcommand.h"

#include "curlparser.h"
#include "curlwriter.h"
#include "shellwords.h"

using namespace Qt::StringLiterals;

namespace Reqscope::CurlCommand {

QStringList tokenize(const QString &command)
{
    QStringList words;
    for (const QStringList &c : ShellWords::split(command, ShellWords::Dialect::Posix).commands)
        words += c;
    return words;
}

QString fromSpec(const RequestSpec &spec)
{
    CurlWriter writer;
    writer.setIncludeSecrets(true); // the user copies the request on screen, credentials included
    return writer.write(spec);
}

std::optional<RequestSpec> toSpec(const QString &command)
{
    // A paste must not read local files into a body bound for someone else's server: @file stays a reference
    // the user sees in the editor.
    CurlParser parser;
    parser.setReadFiles(false);
    const CurlParser::Result result = parser.parse(command);
    if (result.requests.isEmpty())
        return std::nullopt;
    return result.requests.constFirst();
}

} // namespace Reqscope::CurlCommand
