// SPDX-License-Identifier: MIT
#pragma once

#include "loaderror.h"

#include <QHash>
#include <QString>

namespace Reqscope {

/*!
 * Per-user values of secrets (secret variables, passwords, tokens), kept out of collection files. One JSON file
 * (default: `secrets.json` in dataDirectory()), mode 0600, written through QSaveFile. Values are
 * grouped by a scope, normally the collection's id ("collection:<uuid>", see Collection::id; collections saved
 * before they had one used the directory's canonical path), and keyed by what the collection file names (e.g.
 * "var:apiKey", "users/login#auth.password", "users/login#header.x-api-key", "env:staging#var:token"); the
 * per-user globals use the scope "globals".
 *
 * \code
 * SecretStore secrets; // dataDirectory()/secrets.json
 * secrets.load();
 * secrets.setValue(scope, u"var:apiKey"_s, u"s3cr3t"_s);
 * secrets.save();
 * \endcode
 */
class SecretStore
{
public:
    /// \a filePath empty: `secrets.json` in dataDirectory().
    explicit SecretStore(const QString &filePath = QString());

    QString filePath() const;
    /// Reads the file; a missing file is an empty store. A corrupt one is reported and treated as empty, and is
    /// not overwritten by save() until a value changes.
    LoadErrors load();
    /// Writes atomically with 0600 permissions when something changed since load() or the last save().
    LoadErrors save();

    bool contains(const QString &scope, const QString &key) const;
    QString value(const QString &scope, const QString &key) const;
    void setValue(const QString &scope, const QString &key, const QString &value);
    void remove(const QString &scope, const QString &key);
    /// Moves the values of scope \a from into \a to (values \a to already has win) and drops \a from.
    void adoptScope(const QString &from, const QString &to);
    bool isDirty() const;

    /// The per-user data directory shared by `reqscope` and `reqscope-cli` (their AppDataLocation differs by
    /// application name, so both use the organisation's directory): `~/.local/share/Reqscope` on Linux.
    static QString dataDirectory();
    /// The scope of a collection with the stable \a id (Collection::id): "collection:<id>".
    static QString scopeForCollection(const QString &id);
    /// The scope collections without an id used: the directory's canonical absolute path. Read as a fallback and
    /// adopted into the id's scope by the next save.
    static QString scopeForDirectory(const QString &directory);

private:
    QString m_filePath;
    QHash<QString, QHash<QString, QString>> m_values; // scope -> key -> value
    bool m_dirty = false;
};

} // namespace Reqscope
