// SPDX-License-Identifier: MIT
#include "collectionstore.h"

#include "collectioncodec.h"
#include "collectionsaver.h"
#include "secretstore.h"

#include <QDir>
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
        if (!file.open(QIODevice::ReadOnly)) {
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

    static bool holdsRequests(const QDir &dir)
    {
        if (!dir.entryList({ u"*"_s + requestSuffix, folderFile }, QDir::Files).isEmpty())
            return true;
        for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (holdsRequests(QDir(dir.filePath(sub))))
                return true;
        }
        return false;
    }

    void loadChildren(const QString &relativeDir, QList<CollectionItem> &children)
    {
        const QString prefix = relativeDir.isEmpty() ? QString() : relativeDir + u'/';
        const QDir dir(root + u'/' + relativeDir);
        for (const QString &name : dir.entryList({ u"*"_s + requestSuffix }, QDir::Files, QDir::Name)) {
            const QString slug = name.chopped(requestSuffix.size());
            const std::optional<QJsonObject> json = read(prefix + name);
            if (!json)
                continue;
            if (!json->contains(u"url"_s) && !json->contains(u"method"_s)) {
                // Valid JSON but not ours (another tool's file): reported, left alone, never deleted by a save.
                result.collection.loadedFiles.removeAll(prefix + name);
                result.errors.append({ prefix + name, 1, 1, u"not a Reqscope request: no \"url\" or \"method\""_s });
                continue;
            }
            CollectionItem item = CollectionCodec::requestFromJson(*json, secretsFor(prefix + slug + u'#'));
            item.slug = slug;
            children.append(item);
        }
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (name.startsWith(u'.') || (relativeDir.isEmpty() && name == environmentsDir))
                continue;
            if (!holdsRequests(QDir(dir.filePath(name))))
                continue; // not ours (assets, scripts, …): left alone
            CollectionItem folder = CollectionItem::folder(name, name);
            if (QFile::exists(dir.filePath(name + u'/' + folderFile))) {
                const std::optional<QJsonObject> json = read(prefix + name + u'/' + folderFile);
                if (json) {
                    folder = CollectionCodec::folderFromJson(*json, secretsFor(prefix + name + u'#'));
                    folder.slug = name;
                }
            }
            loadChildren(prefix + name, folder.children);
            children.append(folder);
        }
        std::stable_sort(children.begin(), children.end(), [](const CollectionItem &a, const CollectionItem &b) {
            return a.order != b.order ? a.order < b.order : a.slug < b.slug;
        });
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
    loader.loadChildren(QString(), c.items);
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
