// SPDX-License-Identifier: MIT
// libFuzzer entry point: one collection file, read as each kind the loader knows (request, folder or
// collection.json, environment) and written back; then the whole loader on a directory holding it.
#include "collectioncodec.h"
#include "collectionstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Reqscope;

namespace {

const QString scope = QStringLiteral("fuzz");

// Property: what we write from any input reads back to the same bytes (no secret store: references stay).
template <typename Read, typename Write> void roundTrip(const QJsonObject &json, Read read, Write write)
{
    const QByteArray once = CollectionCodec::serialize(write(read(json)));
    LoadErrors errors;
    const std::optional<QJsonObject> again = CollectionCodec::parse(once, QStringLiteral("again"), errors);
    if (!again || CollectionCodec::serialize(write(read(*again))) != once)
        __builtin_trap();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    LoadErrors errors;
    const std::optional<QJsonObject> json = CollectionCodec::parse(bytes, QStringLiteral("fuzz.json"), errors);
    if (!json && (errors.isEmpty() || errors.constFirst().line < 1)) // a parse error always has a position
        __builtin_trap();
    if (json) {
        const auto reading = CollectionCodec::Secrets::reading(nullptr, scope, QStringLiteral("r#"));
        const auto writing = CollectionCodec::Secrets::writing(nullptr, scope, QStringLiteral("r#"));
        roundTrip(
            *json,
            [&](const QJsonObject &o) { return CollectionCodec::requestFromJson(o, reading); },
            [&](const CollectionItem &item) { return CollectionCodec::requestToJson(item, writing); });
        roundTrip(
            *json,
            [&](const QJsonObject &o) { return CollectionCodec::folderFromJson(o, reading); },
            [&](const CollectionItem &item) { return CollectionCodec::folderToJson(item, writing); });
        (void)CollectionCodec::variablesFromJson(json->value(QStringLiteral("variables")), reading);
    }

    // The loader on a directory where the input is the collection, a request, a folder and an environment.
    static QTemporaryDir dir;
    static const bool made = QDir().mkpath(dir.filePath(QStringLiteral("f/environments")))
        && QDir().mkpath(dir.filePath(QStringLiteral("environments")));
    if (!made)
        __builtin_trap();
    for (const char *name : { "collection.json", "a.request.json", "f/folder.json", "environments/e.json" })
        writeFile(dir.filePath(QString::fromLatin1(name)), bytes);
    const CollectionStore::LoadResult loaded = CollectionStore::load(dir.path());
    for (const LoadError &e : loaded.errors) {
        if (e.file.isEmpty() || e.message.isEmpty())
            __builtin_trap(); // every problem names its file and says what is wrong
    }
    return 0;
}
