// SPDX-License-Identifier: MIT
#include "collectionstore.h"

#include "collectioncodec.h"
#include "collectionsaver.h"
#include "secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

const QString collectionFile = u"collection.json"_s;
const QString folderFile = u"folder.json"_s;
const QString requestSuffix = u".request.json"_s;
const QString environmentsDir = u"environments"_s;

struct Loader
{
    QString root;
    const SecretStore *secrets;
    QString scope;
    QString legacyScope;
    CollectionStore::LoadResult &result;

    std::optional<QJsonObject> read(const QString &relative)
    {
        QFile file(root + u'/' + relative);
        // Unbuffered: readAll() then reads the whole file in one call into one buffer of its size.
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            result.errors.append({ relative, 0, 0, file.errorString() });
            return std::nullopt;
        }
        std::optional<QJsonObject> json = CollectionCodec::parse(file.readAll(), relative, result.errors);
        if (json)
            result.collection.loadedFiles.append(relative);
        return json;
    }

    CollectionCodec::Secrets secretsFor(const QString &prefix) const
    {
        CollectionCodec::Secrets s = CollectionCodec::Secrets::reading(secrets, scope, prefix);
        s.legacyScope = legacyScope;
        return s;
    }

    /// Loads the directory \a relativeDir: its folder.json into \a folder (not for the root), its requests and
    /// sub-folders into \a children. False when it holds nothing of ours (no request file, no folder.json, no
    /// sub-directory that holds one): such a directory (assets, scripts, …) is left alone. Each directory is
    /// listed once and each file read once.
    bool loadDirectory(const QString &relativeDir, CollectionItem *folder, QList<CollectionItem> &children)
    {
        const QString prefix = relativeDir.isEmpty() ? QString() : relativeDir + u'/';
        QStringList requests;
        QStringList dirs;
        bool hasFolderFile = false;
        QDirIterator it(root + u'/' + relativeDir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            it.next();
            const QString name = it.fileName();
            if (it.fileInfo().isDir())
                dirs.append(name);
            else if (name.endsWith(requestSuffix))
                requests.append(name);
            else if (name == folderFile)
                hasFolderFile = true;
        }
        if (folder && hasFolderFile) {
            if (const std::optional<QJsonObject> json = read(prefix + folderFile)) {
                const QString slug = folder->slug;
                *folder = CollectionCodec::folderFromJson(*json, secretsFor(prefix.chopped(1) + u'#'));
                folder->slug = slug;
            }
        }
        requests.sort();
        for (const QString &name : std::as_const(requests)) {
            const QString slug = name.chopped(requestSuffix.size());
            const std::optional<QJsonObject> json = read(prefix + name);
            if (!json)
                continue;
            if (!json->contains(u"url"_s) && !json->contains(u"method"_s)) {
                // Valid JSON but not ours (another tool's file): reported, left alone, never deleted by a save.
                result.collection.loadedFiles.removeLast();
                result.errors.append({ prefix + name, 1, 1, u"not a Reqscope request: no \"url\" or \"method\""_s });
                continue;
            }
            CollectionItem item = CollectionCodec::requestFromJson(*json, secretsFor(prefix + slug + u'#'));
            item.slug = slug;
            children.append(std::move(item));
        }
        bool ours = hasFolderFile || !requests.isEmpty();
        dirs.sort();
        for (const QString &name : std::as_const(dirs)) {
            if (name.startsWith(u'.') || (relativeDir.isEmpty() && name == environmentsDir))
                continue;
            CollectionItem sub = CollectionItem::folder(name, name);
            if (!loadDirectory(prefix + name, &sub, sub.children))
                continue;
            ours = true;
            children.append(std::move(sub));
        }
        std::stable_sort(children.begin(), children.end(), [](const CollectionItem &a, const CollectionItem &b) {
            return a.order != b.order ? a.order < b.order : a.slug < b.slug;
        });
        return ours;
    }

    void loadEnvironments()
    {
        const QDir dir(root + u'/' + environmentsDir);
        for (const QString &name : dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name)) {
            const std::optional<QJsonObject> json = read(environmentsDir + u'/' + name);
            if (!json)
                continue;
            Environment env;
            env.slug = name.chopped(5);
            env.name = json->value(u"name"_s).toString(env.slug);
            env.variables = CollectionCodec::variablesFromJson(
                json->value(u"variables"_s), secretsFor(u"env:"_s + env.slug + u'#'));
            result.collection.environments.append(env);
        }
    }
};

} // namespace

CollectionStore::LoadResult CollectionStore::load(const QString &directory, const SecretStore *secrets)
{
    LoadResult result;
    Loader loader { QDir(directory).absolutePath(), secrets, SecretStore::scopeForDirectory(directory), {}, result };
    if (!QFile::exists(loader.root + u'/' + collectionFile)) {
        result.errors.append({ collectionFile, 0, 0, u"missing: %1 is not a Reqscope collection"_s.arg(directory) });
        return result;
    }
    const std::optional<QJsonObject> json = loader.read(collectionFile);
    if (!json)
        return result;
    const QJsonValue version = json->value(u"version"_s);
    if (!version.isDouble() || version.toInt() < 1) {
        result.errors.append({ collectionFile, 1, 1, u"not a Reqscope collection: no format \"version\""_s });
        return result;
    }
    if (version.toInt() > Collection::formatVersion) {
        result.errors.append({ collectionFile,
            1,
            1,
            u"format version %1 is newer than this Reqscope reads (%2); update Reqscope to open it"_s
                .arg(version.toInt())
                .arg(Collection::formatVersion) });
        return result;
    }
    Collection &c = result.collection;
    c.id = json->value(u"id"_s).toString();
    if (!c.id.isEmpty()) {
        loader.legacyScope = loader.scope;
        loader.scope = SecretStore::scopeForCollection(c.id);
    }
    const CollectionItem root = CollectionCodec::folderFromJson(*json, loader.secretsFor(QString()));
    c.name = root.name;
    c.description = root.description;
    c.variables = root.variables;
    c.headers = root.headers;
    c.auth = root.auth;
    c.unknownKeys = root.unknownKeys;
    c.missingSecrets = root.missingSecrets;
    c.unknownKeys.remove(u"version"_s);
    c.unknownKeys.remove(u"id"_s);
    loader.loadDirectory(QString(), nullptr, c.items);
    loader.loadEnvironments();
    result.ok = true;
    return result;
}

QString CollectionStore::slugify(const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? u"request"_s : slug.left(64);
}

} // namespace Reqscope

namespace Reqscope {

CollectionStore::SaveResult CollectionStore::save(
    Collection &collection, const QString &directory, SecretStore *secrets)
{
    return CollectionSaver(directory, secrets).save(collection);
}

} // namespace Reqscope
