// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "collectionstore.h"
#include "curlwriter.h"
#include "harexporter.h"
#include "historystore.h"
#include "postmanexporter.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

/// History keeps the status, response headers, the engine's timing record and a body prefix. Entries written
/// before history kept timing records have only the total, which becomes HAR's wait.
HarEntry fromHistory(const HistoryEntry &h)
{
    HarEntry e;
    e.startedAt = h.sentAt;
    e.request = h.request;
    e.status = h.status;
    e.statusText = h.statusText;
    e.responseHeaders = h.responseHeaders;
    e.responseBody = h.bodyPrefix;
    e.responseBodySize = h.bytes;
    e.comment = h.error;
    if (h.timing)
        e.timings = HarTimings::fromTimingRecord(*h.timing);
    else
        e.timings.wait = h.timeMs;
    return e;
}

} // namespace

ExportCommand::ExportCommand(std::function<void(const QString &)> report)
    : m_report(std::move(report))
{
}

bool ExportCommand::write(const QString &output, const QByteArray &bytes) const
{
    if (output.isEmpty() || output == u"-"_s) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_report(output + u": "_s + file.errorString());
        return false;
    }
    return true;
}

int ExportCommand::run(const Options &options, const SecretStore *secrets, const HistoryStore *history) const
{
    if (options.history) {
        if (options.format != ImportCommand::Format::Har || !history) {
            m_report(u"--history exports HAR only, and needs the history database"_s);
            return 2;
        }
        QList<HarEntry> entries;
        HistoryQuery everything;
        everything.limit = 0;
        const QList<HistoryEntry> listed = history->search(everything);
        for (auto it = listed.crbegin(); it != listed.crend(); ++it) // oldest first, as HAR logs are
            entries.append(fromHistory(history->entry(it->id).value_or(*it)));
        HarExporter exporter;
        exporter.setIncludeSecrets(options.includeSecrets);
        return write(options.output, QJsonDocument(exporter.exportLog(entries)).toJson()) ? 0 : 2;
    }
    const CollectionStore::LoadResult loaded
        = CollectionStore::load(options.directory, options.includeSecrets ? secrets : nullptr);
    for (const LoadError &e : loaded.errors)
        m_report(e.toString());
    if (!loaded.ok)
        return 2;
    const Collection &c = loaded.collection;
    if (!options.environment.isEmpty() && options.format != ImportCommand::Format::Postman) {
        m_report(u"--env exports a Postman environment; use --to postman"_s);
        return 2;
    }
    QByteArray bytes;
    switch (options.format) {
    case ImportCommand::Format::Postman: {
        PostmanExporter exporter;
        exporter.setIncludeSecrets(options.includeSecrets);
        if (options.environment.isEmpty()) {
            bytes = exporter.toJson(c);
            break;
        }
        const Environment *environment = c.environment(options.environment);
        if (!environment) {
            m_report(options.directory + u": no environment '"_s + options.environment + u'\'');
            return 2;
        }
        bytes = QJsonDocument(exporter.exportEnvironment(*environment)).toJson();
        break;
    }
    case ImportCommand::Format::Curl: {
        CurlWriter writer;
        writer.setIncludeSecrets(options.includeSecrets);
        for (const QString &path : c.requestPaths())
            bytes += "# " + path.toUtf8() + '\n' + writer.write(c.effectiveRequest(path)).toUtf8() + '\n';
        break;
    }
    case ImportCommand::Format::Har: {
        QList<HarEntry> entries;
        for (const QString &path : c.requestPaths()) {
            HarEntry e;
            e.request = c.effectiveRequest(path);
            e.comment = u"not sent: exported from collection "_s + c.name;
            entries.append(e);
        }
        HarExporter exporter;
        exporter.setIncludeSecrets(options.includeSecrets);
        bytes = QJsonDocument(exporter.exportLog(entries)).toJson();
        break;
    }
    }
    return write(options.output, bytes) ? 0 : 2;
}

} // namespace Reqscope
