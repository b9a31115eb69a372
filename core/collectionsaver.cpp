// SPDX-License-Identifier: MIT
#include "collectionsaver.h"

#include "collectioncodec.h"
#include "secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

QString uniqueSlug(const QString &wanted, QSet<QString> &taken)
{
    QString slug = wanted;
    for (int n = 2; taken.contains(slug) || slug == u"environments"_s || slug == u"collection"_s || slug == u"folder"_s;
         ++n)
        slug = wanted + u'-' + QString::number(n);
    taken.insert(slug);
    return slug;
}

} // namespace

CollectionSaver::CollectionSaver(const QString &directory, SecretStore *secrets)
    : m_root(QDir(directory).absolutePath())
    , m_secrets(secrets)
{
}

void CollectionSaver::prepare(QList<CollectionItem> &items)
{
    QSet<QString> taken;
    for (CollectionItem &item : items) {
        if (!item.slug.isEmpty())
            taken.insert(item.slug);
    }
    for (CollectionItem &item : items) {
        if (item.slug.isEmpty())
            item.slug = uniqueSlug(CollectionStore::slugify(item.displayName()), taken);
    }
    // Keep the numbers a person or an earlier save chose while they still increase, so reordering one
    // request rewrites few files; otherwise number 1..n.
    bool increasing = true;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).order <= 0 || (i > 0 && items.at(i).order <= items.at(i - 1).order))
            increasing = false;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!increasing)
            items[i].order = int(i) + 1;
        if (items.at(i).isFolder())
            prepare(items[i].children);
    }
}

void CollectionSaver::render(const QList<CollectionItem> &items, const QString &relativeDir)
{
    const QString prefix = relativeDir.isEmpty() ? QString() : relativeDir + u'/';
    for (const CollectionItem &item : items) {
        const CollectionCodec::Secrets secrets
            = CollectionCodec::Secrets::writing(m_secrets, m_scope, prefix + item.slug + u'#');
        if (item.isFolder()) {
            QJsonObject json = CollectionCodec::folderToJson(item, secrets);
            json.insert(u"order"_s, item.order);
            m_files.insert(prefix + item.slug + u"/folder.json"_s, CollectionCodec::serialize(json));
            render(item.children, prefix + item.slug);
        } else {
            m_files.insert(prefix + item.slug + u".request.json"_s,
                CollectionCodec::serialize(CollectionCodec::requestToJson(item, secrets)));
        }
    }
}

CollectionStore::SaveResult CollectionSaver::save(Collection &collection)
{
    CollectionStore::SaveResult result;
    if (!QDir().mkpath(m_root)) {
        result.errors.append({ m_root, 0, 0, u"cannot create the directory"_s });
        return result;
    }
    // A collection saved before it had an id kept its secrets under the directory's path; they move to the id
    // it gets now (only when its collection.json is already here, so a new one never inherits leftovers).
    const bool givingId = collection.id.isEmpty();
    if (givingId)
        collection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_scope = SecretStore::scopeForCollection(collection.id);
    if (m_secrets && givingId && QFile::exists(m_root + u"/collection.json"_s))
        m_secrets->adoptScope(SecretStore::scopeForDirectory(m_root), m_scope);
    prepare(collection.items);

    CollectionItem root = CollectionItem::folder(collection.name);
    root.description = collection.description;
    root.variables = collection.variables;
    root.headers = collection.headers;
    root.auth = collection.auth;
    root.unknownKeys = collection.unknownKeys;
    root.missingSecrets = collection.missingSecrets;
    QJsonObject rootJson
        = CollectionCodec::folderToJson(root, CollectionCodec::Secrets::writing(m_secrets, m_scope, QString()));
    rootJson.insert(u"version"_s, Collection::formatVersion);
    rootJson.insert(u"id"_s, collection.id);
    m_files.insert(u"collection.json"_s, CollectionCodec::serialize(rootJson));
    render(collection.items, QString());

    QSet<QString> envSlugs;
    for (Environment &env : collection.environments) {
        if (env.slug.isEmpty())
            env.slug = uniqueSlug(CollectionStore::slugify(env.name), envSlugs);
        envSlugs.insert(env.slug);
        const CollectionCodec::Secrets secrets
            = CollectionCodec::Secrets::writing(m_secrets, m_scope, u"env:"_s + env.slug + u'#');
        const QJsonObject json { { u"name"_s, env.name },
            { u"variables"_s, CollectionCodec::variablesToJson(env.variables, secrets) } };
        m_files.insert(u"environments/"_s + env.slug + u".json"_s, CollectionCodec::serialize(json));
    }

    write(result);
    for (const QString &old : std::as_const(collection.loadedFiles)) {
        if (m_files.contains(old))
            continue;
        if (QFile::remove(m_root + u'/' + old)) {
            result.removed.append(old);
            QDir().rmdir(QFileInfo(m_root + u'/' + old).absolutePath()); // only succeeds when empty
        }
    }
    collection.loadedFiles = m_files.keys();
    if (m_secrets && m_secrets->isDirty())
        result.errors.append(m_secrets->save());
    return result;
}

void CollectionSaver::write(CollectionStore::SaveResult &result)
{
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        const QString path = m_root + u'/' + it.key();
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == it.value())
            continue; // unchanged: no write, so mtimes and git stay quiet
        existing.close();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit()) {
            result.errors.append({ it.key(), 0, 0, file.errorString() });
            continue;
        }
        result.written.append(it.key());
    }
}

} // namespace Reqscope
