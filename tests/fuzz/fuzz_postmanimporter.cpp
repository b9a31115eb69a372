// SPDX-License-Identifier: MIT
// libFuzzer entry point: Postman collections and environments, and a trip back out through the exporter.
#include "postmanexporter.h"
#include "postmanimporter.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace Reqscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const PostmanImporter importer(QStringLiteral("fuzz.json"));
    const PostmanImporter::Result result = importer.importCollection(json);
    if (!result.error) {
        // Property: whatever we import, we export as a collection we can import again.
        PostmanExporter exporter;
        exporter.setIncludeSecrets(true);
        if (importer.importCollection(exporter.toJson(result.collection)).error)
            __builtin_trap();
    }
    if (const std::optional<Environment> env = importer.importEnvironment(json))
        (void)PostmanExporter().exportEnvironment(*env);
    return 0;
}
