// SPDX-License-Identifier: MIT
#pragma once

#include "collection.h"
#include "loaderror.h"

#include <QString>

namespace Reqscope {

class SecretStore;

/*!
 * Reads and writes a collection directory:
 *
 *     collection.json             name, description, variables, default headers/auth, version
 *     <slug>.request.json         one per request (method, url, headers, body, auth, settings, order)
 *     <folder-slug>/folder.json   a folder: name, description, variables, default headers/auth, order
 *     environments/<slug>.json    one per environment
 *
 * Files are JSON with sorted keys, 2-space indent and a trailing newline, without ids or timestamps, so an
 * unchanged collection saves to the same bytes and edits to different requests merge in git. Secrets go to the
 * SecretStore and the files hold references (`{"secret": "<key>"}`); with no SecretStore they are left out.
 *
 * Loading never stops at the first bad file: each corrupt or foreign file becomes a LoadError (file, line,
 * column) and the rest loads. Saving writes only files whose bytes change (QSaveFile) and deletes only files the
 * loader parsed that the collection no longer contains.
 */
class CollectionStore
{
public:
    struct LoadResult
    {
        Collection collection;
        LoadErrors errors;
        /// False when collection.json itself is missing, unreadable or of a newer version.
        bool ok = false;
    };
    struct SaveResult
    {
        LoadErrors errors;
        QStringList written; // relative paths whose bytes changed
        QStringList removed; // relative paths deleted (requests removed from the collection)
        bool ok() const
        {
            return errors.isEmpty();
        }
    };

    [[nodiscard]] static LoadResult load(const QString &directory, const SecretStore *secrets = nullptr);
    /// Saves \a collection into \a directory (created if needed) and secrets into \a secrets (saved too). Fills in
    /// missing slugs and order numbers and updates loadedFiles, so the next save knows what it owns.
    [[nodiscard]] static SaveResult save(
        Collection &collection, const QString &directory, SecretStore *secrets = nullptr);
    /// A file-name-safe slug for \a name: lower-case ASCII letters, digits and '-', never empty.
    static QString slugify(const QString &name);
};

} // namespace Reqscope
