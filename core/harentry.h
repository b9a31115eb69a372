// SPDX-License-Identifier: MIT
#pragma once

#include "hartimings.h"
#include "requestspec.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Reqscope {

/// One exchange as HAR 1.2 sees it: what HarExporter writes and HarImporter reads. Fill it from a history
/// entry (request, status, headers, body prefix, timing record) to export history.
struct HarEntry
{
    QDateTime startedAt;
    RequestSpec request;
    QString requestHttpVersion = QStringLiteral("HTTP/1.1");

    int status = 0; // 0: no response (the comment says why)
    QString statusText;
    QString httpVersion = QStringLiteral("HTTP/1.1");
    QList<KeyValue> responseHeaders;
    QByteArray responseBody; // may be a prefix of the body
    qint64 responseBodySize = -1; // the full body's size; -1 unknown
    QString serverIpAddress;
    HarTimings timings;
    QString comment; // e.g. the transport error
};

} // namespace Reqscope
