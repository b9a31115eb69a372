// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Reqscope {

SecretStore::SecretStore(const QString &filePath)
    : m_filePath(filePath.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/secrets.json"_s
            : filePath)
{
}

QString SecretStore::filePath() const
{
    return m_filePath;
}

LoadErrors SecretStore::load()
{
    return {};
}

LoadErrors SecretStore::save()
{
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

bool SecretStore::isDirty() const
{
    return m_dirty;
}

QString SecretStore::scopeForDirectory(const QString &directory)
{
    const QFileInfo info(directory);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

} // namespace Reqscope
