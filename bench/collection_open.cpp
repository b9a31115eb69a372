// SPDX-License-Identifier: MIT
// Opening a large collection (issue 7): generates N requests (default 10,000) in 100 folders in a temp
// directory, then times CollectionStore::load and an unchanged save (which must write nothing).
// Prints one JSON line; never part of ctest. Goal: open < 500 ms in a Release build. The *_cpu_ms figures are the
// process's CPU time (user + system) for the same step: on a machine shared with other builds the wall time
// mostly measures waiting for a core, the CPU time what the step costs.
// `collection_open [N [DIR]]`: with DIR, the collection is generated there once and reused on later runs
// (creating 10,000 files costs one fsync each through QSaveFile, which dominates on a busy disk).
#include "collectionstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Reqscope;

namespace {

double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int folders = 100;
    QTemporaryDir temp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temp.path();
    if (dir.isEmpty())
        return 1;

    Collection c;
    c.name = u"Bench"_s;
    c.variables = { { u"base"_s, u"http://127.0.0.1:8080"_s } };
    for (int f = 0; f < folders; ++f) {
        CollectionItem folder = CollectionItem::folder(u"Folder %1"_s.arg(f));
        for (int i = f; i < count; i += folders) {
            RequestSpec spec;
            spec.name = u"Request %1"_s.arg(i);
            spec.method = i % 3 ? u"GET"_s : u"POST"_s;
            spec.url = u"{{base}}/items/%1?page=2&size=50"_s.arg(i);
            spec.headers = { { u"Accept"_s, u"application/json"_s }, { u"X-Trace"_s, QString::number(i) } };
            if (i % 3 == 0) {
                spec.bodyKind = RequestSpec::BodyKind::Json;
                spec.bodyText = u"{\"id\": %1, \"name\": \"item\"}"_s.arg(i);
            }
            folder.children.append(CollectionItem::fromRequest(spec));
        }
        c.items.append(folder);
    }
    QElapsedTimer timer;
    timer.start();
    qint64 createMs = -1; // reused
    if (!QFile::exists(dir + u"/collection.json"_s)) {
        if (!CollectionStore::save(c, dir).ok())
            return 1;
        createMs = timer.elapsed();
    }

    timer.restart();
    double cpu = cpuMs();
    CollectionStore::LoadResult loaded = CollectionStore::load(dir);
    const qint64 openMs = timer.elapsed();
    const double openCpuMs = cpuMs() - cpu;
    if (!loaded.ok || loaded.collection.requestPaths().size() != count)
        return 1;

    timer.restart();
    cpu = cpuMs();
    const CollectionStore::SaveResult again = CollectionStore::save(loaded.collection, dir);
    const qint64 resaveMs = timer.elapsed();
    const double resaveCpuMs = cpuMs() - cpu;

    const QJsonObject line { { u"bench"_s, u"collection_open"_s },
        { u"requests"_s, count },
        { u"folders"_s, folders },
        { u"create_ms"_s, createMs },
        { u"open_ms"_s, openMs },
        { u"open_cpu_ms"_s, qRound(openCpuMs) },
        { u"unchanged_save_ms"_s, resaveMs },
        { u"unchanged_save_cpu_ms"_s, qRound(resaveCpuMs) },
        { u"unchanged_save_written"_s, int(again.written.size()) },
        { u"goal_open_ms"_s, 500 } };
    std::puts(QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    return again.written.isEmpty() ? 0 : 1;
}
