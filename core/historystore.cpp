// SPDX-License-Identifier: MIT
#include "historystore.h"

#include "historyschema.h"
#include "redactor.h"
#include "secretstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

const QString redactedText = u"<redacted>"_s;

QString scrub(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            text.replace(secret, redactedText);
    }
    return text;
}

HistoryEntry entryFrom(const QSqlQuery &q, bool withBody)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.sentAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.method = q.value(2).toString();
    e.url = q.value(3).toString();
    e.status = q.value(4).toInt();
    e.timeMs = q.value(5).toDouble();
    e.bytes = q.value(6).toLongLong();
    e.hresult = q.value(7).toInt();
    e.error = q.value(8).toString();
    if (withBody) {
        e.bodyPrefix = q.value(9).toByteArray();
        e.request = RequestSpec::fromJson(QJsonDocument::fromJson(q.value(10).toByteArray()).object());
        e.responseHeaders = HistorySchema::headersFromJson(q.value(11).toByteArray());
        e.statusText = q.value(12).toString();
        e.timing = HistorySchema::timingFromJson(q.value(13).toByteArray());
    }
    return e;
}

QString withoutPassword(const QString &text)
{
    QUrl url(text);
    if (url.password().isEmpty())
        return text;
    url.setPassword(redactedText);
    return url.toString();
}

const QString columns = u"id, sent_at, method, url, status, time_ms, bytes, hresult, error"_s;

} // namespace

HistoryStore::HistoryStore(const QString &filePath, const Limits &limits)
    : m_filePath(filePath.isEmpty() ? SecretStore::dataDirectory() + u"/history.sqlite"_s : filePath)
    , m_limits(limits)
{
    static std::atomic<int> counter { 0 };
    m_connection = u"reqscope-history-%1"_s.arg(++counter);
}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool HistoryStore::open()
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    // WAL + NORMAL: a commit is durable against a process kill (the WAL is replayed on open); FULL would
    // add an fsync per commit, which only matters for power loss.
    return exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=NORMAL"_s)
        && HistorySchema::migrate(db, &m_error);
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

QString HistoryStore::errorString() const
{
    return m_error;
}

QString HistoryStore::filePath() const
{
    return m_filePath;
}

void HistoryStore::setLimits(const Limits &limits)
{
    m_limits = limits;
    prune();
}

HistoryStore::Limits HistoryStore::limits() const
{
    return m_limits;
}

bool HistoryStore::exec(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

RequestSpec HistoryStore::redacted(const RequestSpec &spec)
{
    RequestSpec out = spec;
    if (!out.authPassword.isEmpty())
        out.authPassword.clear();
    out.bearerToken.clear();
    out.proxyPassword.clear();
    for (KeyValue &h : out.headers) {
        if (Redactor::isCredentialHeader(h.name))
            h.value = redactedText;
    }
    out.url = withoutPassword(out.url);
    return out;
}

qint64 HistoryStore::add(const HistoryEntry &entry, const QStringList &secretValues)
{
    RequestSpec request = redacted(entry.request);
    const QByteArray requestJson
        = scrub(QString::fromUtf8(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact)), secretValues)
              .toUtf8();
    QByteArray body = entry.bodyPrefix.left(m_limits.bodyPrefixBytes);
    for (const QString &secret : secretValues) {
        if (!secret.isEmpty())
            body.replace(secret.toUtf8(), redactedText.toUtf8());
    }
    const QString url = scrub(withoutPassword(entry.url), secretValues);
    QList<KeyValue> responseHeaders = entry.responseHeaders;
    for (KeyValue &h : responseHeaders)
        h.value = Redactor::isCredentialHeader(h.name) ? redactedText : scrub(h.value, secretValues);
    const QByteArray headersJson = HistorySchema::headersToJson(responseHeaders);

    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        u"INSERT INTO history (sent_at, method, url, status, time_ms, bytes, hresult, error, body_prefix, "
        "request, size, response_headers, status_text, timing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QDateTime sentAt = entry.sentAt.isValid() ? entry.sentAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(sentAt.toMSecsSinceEpoch());
    q.addBindValue(entry.method);
    q.addBindValue(url);
    q.addBindValue(entry.status);
    q.addBindValue(entry.timeMs);
    q.addBindValue(entry.bytes);
    q.addBindValue(entry.hresult);
    q.addBindValue(scrub(entry.error, secretValues));
    q.addBindValue(body);
    q.addBindValue(requestJson);
    q.addBindValue(qint64(body.size() + requestJson.size() + url.size() + headersJson.size()));
    q.addBindValue(headersJson.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QString::fromUtf8(headersJson));
    q.addBindValue(entry.statusText);
    const QByteArray timingJson = HistorySchema::timingToJson(entry.timing);
    q.addBindValue(timingJson.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QString::fromUtf8(timingJson));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    prune();
    return id;
}

QList<HistoryEntry> HistoryStore::search(const HistoryQuery &query) const
{
    QString sql = u"SELECT "_s + columns + u" FROM history WHERE 1=1"_s;
    QVariantList binds;
    if (!query.text.isEmpty()) {
        sql += u" AND (instr(lower(url), lower(?)) > 0 OR instr(lower(method), lower(?)) > 0)"_s;
        binds << query.text << query.text;
    }
    if (!query.method.isEmpty()) {
        sql += u" AND method = ?"_s;
        binds << query.method;
    }
    if (query.minStatus > 0) {
        sql += u" AND status >= ?"_s;
        binds << query.minStatus;
    }
    if (query.maxStatus > 0) {
        sql += u" AND status <= ?"_s;
        binds << query.maxStatus;
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    binds << (query.limit > 0 ? query.limit : -1);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<HistoryEntry> result;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(entryFrom(q, false));
    return result;
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT "_s + columns
        + u", body_prefix, request, response_headers, status_text, timing FROM history "
          "WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFrom(q, true);
}

std::optional<RequestSpec> HistoryStore::restore(qint64 id) const
{
    const std::optional<HistoryEntry> e = entry(id);
    if (!e)
        return std::nullopt;
    return e->request;
}

int HistoryStore::count() const
{
    QSqlQuery q(u"SELECT count(*) FROM history"_s, QSqlDatabase::database(m_connection, false));
    return q.next() ? q.value(0).toInt() : 0;
}

qint64 HistoryStore::totalSize() const
{
    QSqlQuery q(u"SELECT coalesce(sum(size), 0) FROM history"_s, QSqlDatabase::database(m_connection, false));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<KeyValue> HistoryStore::headersFromRaw(const QString &rawHeaders)
{
    QList<KeyValue> headers;
    for (const QString &line : rawHeaders.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    return headers;
}

void HistoryStore::prune()
{
    if (!isOpen())
        return;
    exec(u"DELETE FROM history WHERE id NOT IN (SELECT id FROM history ORDER BY id DESC LIMIT %1)"_s.arg(
        m_limits.maxEntries));
    // Oldest first until the rest fits: the running sum over newest-first rows marks what stays.
    exec(u"DELETE FROM history WHERE id IN (SELECT id FROM (SELECT id, sum(size) OVER (ORDER BY id DESC) AS "
         "running FROM history) WHERE running > %1)"_s.arg(m_limits.maxBytes));
}

bool HistoryStore::remove(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM history WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

void HistoryStore::clear()
{
    exec(u"DELETE FROM history"_s);
}

QString HistoryStore::integrityCheck() const
{
    QSqlQuery q(u"PRAGMA integrity_check"_s, QSqlDatabase::database(m_connection, false));
    return q.next() ? q.value(0).toString() : m_error;
}

} // namespace Reqscope
