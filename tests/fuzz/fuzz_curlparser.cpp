// SPDX-License-Identifier: MIT
// libFuzzer entry point: curl command lines in every shell dialect, and what CurlWriter makes of the result.
#include "curlparser.h"
#include "curlwriter.h"

#include <cstddef>
#include <cstdint>

using namespace Reqscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    CurlParser parser;
    parser.setReadFiles(false); // never let an input name /dev/zero
    for (const ShellWords::Dialect dialect : { ShellWords::Dialect::Auto,
             ShellWords::Dialect::Posix,
             ShellWords::Dialect::Cmd,
             ShellWords::Dialect::PowerShell }) {
        const CurlParser::Result result = parser.parse(text, dialect);
        for (const RequestSpec &spec : result.requests) {
            // Property: what we write, we read back as the same request line.
            CurlWriter writer;
            writer.setIncludeSecrets(true);
            const CurlParser::Result again = parser.parse(writer.write(spec), ShellWords::Dialect::Posix);
            if (again.requests.isEmpty() || again.requests.constFirst().method != spec.method)
                __builtin_trap();
            CurlWriter cmd;
            cmd.setShell(CurlWriter::Shell::Cmd);
            (void)parser.parse(cmd.write(spec), ShellWords::Dialect::Cmd);
        }
    }
    return 0;
}
