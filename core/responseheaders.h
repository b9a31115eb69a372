// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Reqscope {

/*!
 * The header block of a final response as GetResponseHeader / GetAllResponseHeaders see it (spec §3.7 and
 * §8 ruling 12). QNetworkReply merges repeated fields (", " or, for Set-Cookie, "\n"); Set-Cookie is split
 * back into its original fields, every other repeated field stays merged, once, at its first position.
 * Bytes are decoded as Latin-1, so every octet the server sent survives.
 *
 * \code
 * const ResponseHeaders headers = ResponseHeaders::fromRawPairs(reply->rawHeaderPairs());
 * const std::optional<QString> type = headers.value(u"content-type"_s);
 * \endcode
 */
class ResponseHeaders
{
public:
    using Field = QPair<QString, QString>;

    static ResponseHeaders fromRawPairs(const QList<QPair<QByteArray, QByteArray>> &pairs);

    bool isEmpty() const;
    QList<Field> fields() const;
    /// The first field named \a name (case-insensitive), value trimmed; nullopt when absent.
    std::optional<QString> value(const QString &name) const;
    /// "Name: value\r\n" per field in wire order plus one more "\r\n" (just "\r\n" with no fields).
    QString allHeadersText() const;

private:
    QList<Field> m_fields;
};

} // namespace Reqscope
