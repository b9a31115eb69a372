// SPDX-License-Identifier: MIT
#pragma once

#include "harentry.h"

#include <QJsonObject>

namespace Reqscope {

/*!
 * Writes HAR 1.2 logs from HarEntry values (history, or the request on screen with its response). Credentials
 * (Authorization, Proxy-Authorization, Cookie and Set-Cookie values, basic/bearer auth) are written as
 * "REDACTED" and cookies left out unless the caller opts in. Binary response bodies are base64.
 * \code
 * HarExporter har;
 * file.write(QJsonDocument(har.exportLog(entries)).toJson());
 * \endcode
 */
class HarExporter
{
public:
    void setIncludeSecrets(bool include);

    QJsonObject exportLog(const QList<HarEntry> &entries) const;
    QJsonObject exportEntry(const HarEntry &entry) const;

private:
    QJsonObject request(const HarEntry &entry) const;
    QJsonObject response(const HarEntry &entry) const;
    QJsonArray headers(const QList<KeyValue> &headers) const;

    bool m_includeSecrets = false;
};

} // namespace Reqscope
