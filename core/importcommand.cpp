// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "collectionstore.h"
#include "curlparser.h"
#include "harimporter.h"
#include "postmanimporter.h"
#include "secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

std::optional<QByteArray> readInput(const QString &path, QString *error)
{
    QFile file(path);
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *error = path + u": "_s + file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

/// "GET example.com/users": a name for a request that came without one.
QString requestName(const RequestSpec &spec)
{
    const QUrl url(spec.url);
    const QString where
        = url.isValid() && !url.host().isEmpty() ? url.host() + url.path() : spec.url.section(u'?', 0, 0);
    return spec.method + u' ' + where;
}

} // namespace

std::optional<ImportCommand::Format> ImportCommand::format(const QString &name)
{
    if (name == u"curl"_s)
        return Format::Curl;
    if (name == u"postman"_s)
        return Format::Postman;
    if (name == u"har"_s)
        return Format::Har;
    return std::nullopt;
}

ImportCommand::ImportCommand(std::function<void(const QString &)> report)
    : m_report(std::move(report))
{
}

int ImportCommand::run(const Options &options, SecretStore *secrets) const
{
    if (QFileInfo::exists(QDir(options.directory).filePath(u"collection.json"_s))) {
        m_report(options.directory + u": already holds a collection; import into a new directory"_s);
        return 2;
    }
    QString error;
    const std::optional<QByteArray> input = readInput(options.file, &error);
    if (!input) {
        m_report(error);
        return 2;
    }
    const QString source = options.file == u"-"_s ? u"<stdin>"_s : options.file;
    Collection collection;
    ImportIssues warnings;
    std::optional<ImportIssue> failure;
    switch (options.format) {
    case Format::Curl: {
        const CurlParser::Result r
            = CurlParser(source, QFileInfo(options.file).absolutePath()).parse(QString::fromUtf8(*input));
        warnings = r.warnings;
        failure = r.error;
        for (RequestSpec spec : r.requests) {
            spec.name = requestName(spec);
            collection.items.append(CollectionItem::fromRequest(spec));
        }
        break;
    }
    case Format::Postman: {
        const PostmanImporter::Result r = PostmanImporter(source).importCollection(*input);
        warnings = r.warnings;
        failure = r.error;
        collection = r.collection;
        break;
    }
    case Format::Har: {
        const HarImporter::Result r = HarImporter(source).import(*input);
        warnings = r.warnings;
        failure = r.error;
        collection = r.collection;
        break;
    }
    }
    for (const ImportIssue &w : warnings)
        m_report(u"warning: "_s + w.toString());
    if (failure) {
        m_report(failure->toString());
        return 2;
    }
    if (collection.name.isEmpty())
        collection.name = QFileInfo(source).completeBaseName();
    for (const QString &file : options.environmentFiles) {
        const std::optional<QByteArray> env = readInput(file, &error);
        ImportIssue envError;
        const std::optional<Environment> environment
            = env ? PostmanImporter(file).importEnvironment(*env, &envError) : std::nullopt;
        if (!environment) {
            m_report(env ? envError.toString() : error);
            return 2;
        }
        collection.environments.append(*environment);
    }
    const CollectionStore::SaveResult saved = CollectionStore::save(collection, options.directory, secrets);
    for (const LoadError &e : saved.errors)
        m_report(e.toString());
    return saved.ok() ? 0 : 2;
}

} // namespace Reqscope
