// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"
#include "timingrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Reqscope {

/// One sent request as the history keeps it: redacted (no passwords, tokens, auth headers or secret values).
struct HistoryEntry
{
    qint64 id = 0; // assigned by HistoryStore::add
    QDateTime sentAt;
    QString method;
    QString url;
    int status = 0; // 0: no response
    double timeMs = 0;
    qint64 bytes = 0; // response body size
    qint32 hresult = 0; // 0 (S_OK) or the transport error
    QString error;
    QByteArray bodyPrefix; // the first HistoryStore::Limits::bodyPrefixBytes of the response body
    RequestSpec request; // what was sent, for restore()
    /// The response's header fields (HistoryStore::headersFromRaw of GetAllResponseHeaders); credential headers
    /// (Set-Cookie, …) are redacted when stored. Like bodyPrefix and request, loaded by entry(), not search().
    QList<KeyValue> responseHeaders;
    QString statusText;
    /// The engine's phases (HttpRequest::timing()); empty when the request failed before Send or for entries
    /// written before history kept them.
    std::optional<TimingRecord> timing;
};

/// A history search: all conditions must hold; empty or zero fields don't filter.
struct HistoryQuery
{
    QString text; // substring of the URL or method, case-insensitive
    QString method;
    int minStatus = 0;
    int maxStatus = 0;
    int limit = 500;

    /// Whether \a entry passes the conditions (the same test HistoryStore::search runs in SQL).
    bool matches(const HistoryEntry &entry) const
    {
        if (!text.isEmpty() && !entry.url.contains(text, Qt::CaseInsensitive)
            && !entry.method.contains(text, Qt::CaseInsensitive))
            return false;
        if (!method.isEmpty() && entry.method != method)
            return false;
        return (minStatus <= 0 || entry.status >= minStatus) && (maxStatus <= 0 || entry.status <= maxStatus);
    }
};

} // namespace Reqscope
