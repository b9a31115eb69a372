// SPDX-License-Identifier: MIT
#pragma once

#include "historyentry.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Reqscope {

/// How much history to keep (settings passed in by the application).
struct HistoryLimits
{
    int maxEntries = 5000;
    qint64 maxBytes = 64 * 1024 * 1024; // body prefixes plus request JSON
    int bodyPrefixBytes = 16 * 1024;
};

/*!
 * The request history: an SQLite database (QtSql, QSQLITE) in the per-user data directory. The journal is WAL
 * with synchronous=NORMAL, so a process killed mid-write leaves a database that opens and passes
 * `PRAGMA integrity_check` (at worst the last entries are missing). Entries are redacted before they are written
 * and pruned by count and total size after each add. The schema version is SQLite's `user_version`: 1 had no
 * response headers or timing, 2 adds them; open() upgrades an older file in place and keeps its entries.
 *
 * \code
 * HistoryStore history; // SecretStore::dataDirectory()/history.sqlite
 * if (!history.open())
 *     qWarning() << history.errorString();
 * history.add(entry, { secretValue }); // secretValue never reaches the file
 * const RequestSpec again = history.restore(id).value_or(RequestSpec());
 * \endcode
 */
class HistoryStore
{
public:
    using Limits = HistoryLimits;

    /// \a filePath empty: `history.sqlite` in SecretStore::dataDirectory() (shared by the GUI and the CLI).
    explicit HistoryStore(const QString &filePath = QString(), const HistoryLimits &limits = HistoryLimits());
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    bool open();
    bool isOpen() const;
    QString errorString() const;
    QString filePath() const;
    void setLimits(const Limits &limits);
    Limits limits() const;

    /// Redacts \a entry (and every occurrence of \a secretValues), stores it, prunes; returns its id or 0.
    qint64 add(const HistoryEntry &entry, const QStringList &secretValues = {});
    /// Newest first; body prefixes are not loaded (use entry()).
    QList<HistoryEntry> search(const HistoryQuery &query = HistoryQuery()) const;
    std::optional<HistoryEntry> entry(qint64 id) const;
    /// The request to send again, as the editor will show it.
    std::optional<RequestSpec> restore(qint64 id) const;
    int count() const;
    qint64 totalSize() const;
    void prune();
    /// Deletes the entry \a id; false if there is none.
    bool remove(qint64 id);
    void clear();
    /// "ok" when SQLite finds the file sound.
    QString integrityCheck() const;

    /// \a spec without credentials: passwords and tokens emptied, auth and cookie headers replaced.
    static RequestSpec redacted(const RequestSpec &spec);
    /// GetAllResponseHeaders' block ("Name: value" lines) as rows, in order, for HistoryEntry::responseHeaders.
    static QList<KeyValue> headersFromRaw(const QString &rawHeaders);
    /// The schema version open() leaves a database at.
    static constexpr int schemaVersion = 2;

private:
    bool exec(const QString &sql) const;
    bool migrate();

    QString m_filePath;
    QString m_connection;
    Limits m_limits;
    mutable QString m_error;
};

} // namespace Reqscope
