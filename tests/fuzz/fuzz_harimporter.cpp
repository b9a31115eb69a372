// SPDX-License-Identifier: MIT
// libFuzzer entry point: HAR logs, and a trip back out through the exporter.
#include "harexporter.h"
#include "harimporter.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace Reqscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const HarImporter::Result result = HarImporter(QStringLiteral("fuzz.har")).import(json);
    if (!result.error) {
        // Property: whatever we import, we export as a log with as many entries.
        HarExporter exporter;
        exporter.setIncludeSecrets(true);
        const HarImporter::Result again
            = HarImporter().import(QJsonDocument(exporter.exportLog(result.entries)).toJson());
        if (again.error || again.entries.size() != result.entries.size())
            __builtin_trap();
    }
    return 0;
}
