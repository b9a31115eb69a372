// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"
#include "timingrecord.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Reqscope {

/*!
 * HistoryStore's table and its upgrades, and the JSON form of the columns that hold structures. The version is
 * SQLite's `user_version`: 1 (the first release) had no response headers or timing; 2 adds the columns
 * `response_headers`, `status_text` and `timing`. Upgrades only add columns, so an older database keeps every
 * entry and a newer one (a later Reqscope) still opens.
 */
namespace HistorySchema {

/// Creates the table or upgrades it to HistoryStore::schemaVersion; false with \a error on failure.
bool migrate(QSqlDatabase &db, QString *error);

QByteArray headersToJson(const QList<KeyValue> &headers);
QList<KeyValue> headersFromJson(const QByteArray &json);
/// {"connect":…,"dns":…,"done":…,"firstByte":…,"reused":…,"sent":…,"tls":…}; empty for none.
QByteArray timingToJson(const std::optional<TimingRecord> &timing);
std::optional<TimingRecord> timingFromJson(const QByteArray &json);

} // namespace HistorySchema
} // namespace Reqscope
