// SPDX-License-Identifier: MIT
#include "historyschema.h"

#include "historystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

bool HistorySchema::migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery version(u"PRAGMA user_version"_s, db);
    const int from = version.next() ? version.value(0).toInt() : 0;
    version.finish();
    if (!run(db,
            u"CREATE TABLE IF NOT EXISTS history (id INTEGER PRIMARY KEY AUTOINCREMENT, sent_at INTEGER, "
            "method TEXT, url TEXT, status INTEGER, time_ms REAL, bytes INTEGER, hresult INTEGER, error TEXT, "
            "body_prefix BLOB, request TEXT, size INTEGER)"_s,
            error))
        return false;
    if (from >= HistoryStore::schemaVersion)
        return true;
    // Version 2. Columns are added only when missing, so a file whose earlier upgrade was cut short still opens.
    QStringList columns;
    QSqlQuery info(u"PRAGMA table_info(history)"_s, db);
    while (info.next())
        columns.append(info.value(1).toString());
    info.finish();
    const QList<std::pair<QString, QString>> added
        = { { u"response_headers"_s, u"TEXT"_s }, { u"status_text"_s, u"TEXT"_s }, { u"timing"_s, u"TEXT"_s } };
    for (const auto &[name, type] : added) {
        if (!columns.contains(name) && !run(db, u"ALTER TABLE history ADD COLUMN %1 %2"_s.arg(name, type), error))
            return false;
    }
    return run(db, u"PRAGMA user_version=%1"_s.arg(HistoryStore::schemaVersion), error);
}

QByteArray HistorySchema::headersToJson(const QList<KeyValue> &headers)
{
    if (headers.isEmpty())
        return QByteArray();
    QJsonArray array;
    for (const KeyValue &h : headers)
        array.append(QJsonArray { h.name, h.value });
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<KeyValue> HistorySchema::headersFromJson(const QByteArray &json)
{
    QList<KeyValue> headers;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonArray pair = v.toArray();
        headers.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    return headers;
}

QByteArray HistorySchema::timingToJson(const std::optional<TimingRecord> &timing)
{
    if (!timing)
        return QByteArray();
    const QJsonObject o { { u"dns"_s, timing->dns },
        { u"connect"_s, timing->connect },
        { u"tls"_s, timing->tls },
        { u"sent"_s, timing->sent },
        { u"firstByte"_s, timing->firstByte },
        { u"done"_s, timing->done },
        { u"reused"_s, timing->reusedConnection } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<TimingRecord> HistorySchema::timingFromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    TimingRecord t;
    t.dns = o.value(u"dns"_s).toDouble(-1);
    t.connect = o.value(u"connect"_s).toDouble(-1);
    t.tls = o.value(u"tls"_s).toDouble(-1);
    t.sent = o.value(u"sent"_s).toDouble(-1);
    t.firstByte = o.value(u"firstByte"_s).toDouble(-1);
    t.done = o.value(u"done"_s).toDouble(-1);
    t.reusedConnection = o.value(u"reused"_s).toBool();
    return t;
}

} // namespace Reqscope
