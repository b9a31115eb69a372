// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include "collectioncodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Reqscope {

SecretStore::SecretStore(const QString &filePath)
    : m_filePath(filePath.isEmpty() ? dataDirectory() + u"/secrets.json"_s : filePath)
{
}

QString SecretStore::filePath() const
{
    return m_filePath;
}

LoadErrors SecretStore::load()
{
    m_values.clear();
    m_dirty = false;
    QFile file(m_filePath);
    if (!file.exists())
        return {};
    LoadErrors errors;
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append({ m_filePath, 0, 0, file.errorString() });
        return errors;
    }
    const std::optional<QJsonObject> json = CollectionCodec::parse(file.readAll(), m_filePath, errors);
    if (!json)
        return errors;
    const QJsonObject scopes = json->value(u"scopes"_s).toObject();
    for (auto scope = scopes.begin(); scope != scopes.end(); ++scope) {
        const QJsonObject values = scope.value().toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            m_values[scope.key()].insert(it.key(), it.value().toString());
    }
    return errors;
}

LoadErrors SecretStore::save()
{
    if (!m_dirty)
        return {};
    QJsonObject scopes;
    for (auto scope = m_values.cbegin(); scope != m_values.cend(); ++scope) {
        QJsonObject values;
        for (auto it = scope.value().cbegin(); it != scope.value().cend(); ++it)
            values.insert(it.key(), it.value());
        if (!values.isEmpty())
            scopes.insert(scope.key(), values);
    }
    const QByteArray bytes = CollectionCodec::serialize({ { u"scopes"_s, scopes }, { u"version"_s, 1 } });
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    // Owner-only before the first byte lands, so the values are never readable by others, even briefly.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit())
        return { { m_filePath, 0, 0, file.errorString() } };
    m_dirty = false;
    return {};
}

bool SecretStore::contains(const QString &scope, const QString &key) const
{
    return m_values.value(scope).contains(key);
}

QString SecretStore::value(const QString &scope, const QString &key) const
{
    return m_values.value(scope).value(key);
}

void SecretStore::setValue(const QString &scope, const QString &key, const QString &value)
{
    QString &slot = m_values[scope][key];
    if (slot != value || !contains(scope, key)) {
        slot = value;
        m_dirty = true;
    }
}

void SecretStore::remove(const QString &scope, const QString &key)
{
    if (m_values[scope].remove(key))
        m_dirty = true;
}

void SecretStore::adoptScope(const QString &from, const QString &to)
{
    if (from == to || !m_values.contains(from))
        return;
    const QHash<QString, QString> moved = m_values.take(from);
    QHash<QString, QString> &target = m_values[to];
    for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
        if (!target.contains(it.key()))
            target.insert(it.key(), it.value());
    }
    m_dirty = true;
}

bool SecretStore::isDirty() const
{
    return m_dirty;
}

QString SecretStore::dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Reqscope"_s;
}

QString SecretStore::scopeForCollection(const QString &id)
{
    return u"collection:"_s + id;
}

QString SecretStore::scopeForDirectory(const QString &directory)
{
    const QFileInfo info(directory);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

} // namespace Reqscope
