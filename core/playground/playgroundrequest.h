// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Reqscope {

/// One parsed HTTP/1.x request as the playground received it. Header names keep their original spelling and
/// order; lookups are case-insensitive. The body is already de-chunked.
struct PlaygroundRequest
{
    using Header = QPair<QByteArray, QByteArray>;
    using QueryItem = QPair<QString, QString>;

    QByteArray method; ///< "GET", "HEAD", … as sent (methods are case-sensitive)
    QByteArray target; ///< the request-target as sent: "/get?a=1" or an absolute-form URL
    QByteArray version; ///< "HTTP/1.1" or "HTTP/1.0"
    QList<Header> headers;
    QByteArray body;
    bool secure = false; ///< came in over the HTTPS listener
    QString peerAddress; ///< the client's address, "127.0.0.1"
    quint16 localPort = 0; ///< the listener's port (used when the request has no Host header)

    /// The first value of header \a name (case-insensitive), or a null array if absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    /// All values of header \a name in order, unjoined.
    [[nodiscard]] QList<QByteArray> headerValues(QByteArrayView name) const;
    [[nodiscard]] bool hasHeader(QByteArrayView name) const;
    /// True if \a name holds the comma-separated token \a token (case-insensitive), e.g. Connection: close.
    [[nodiscard]] bool headerHasToken(QByteArrayView name, QByteArrayView token) const;

    /// The raw (still percent-encoded) path: "/anything/a%20b". Absolute-form targets yield their path.
    [[nodiscard]] QByteArray path() const;
    /// The path split at '/', each segment percent-decoded; "/a/b%2Fc" → {"a", "b/c"}.
    [[nodiscard]] QStringList pathSegments() const;
    /// The raw query without '?', or a null array.
    [[nodiscard]] QByteArray rawQuery() const;
    /// Query items, decoded as a form would be ('+' is a space, then percent-decoding).
    [[nodiscard]] QList<QueryItem> queryItems() const;
    /// The first value of query item \a key, or \a fallback if absent.
    [[nodiscard]] QString queryValue(const QString &key, const QString &fallback = QString()) const;
    [[nodiscard]] bool hasQueryItem(const QString &key) const;
    /// Query item \a key as an integer: \a fallback if absent, nullopt if present but not an integer.
    [[nodiscard]] std::optional<qint64> queryInteger(const QString &key, qint64 fallback) const;
    /// Query item \a key as a finite number ("0.25"): \a fallback if absent, nullopt if not a number.
    [[nodiscard]] std::optional<double> queryNumber(const QString &key, double fallback) const;
    /// The full URL as the client addressed it: scheme, Host header (or 127.0.0.1:port) and target.
    [[nodiscard]] QString url() const;
    /// HEAD: answers carry headers only.
    [[nodiscard]] bool isHead() const;
    /// HTTP/1.0, or Connection: close. The playground then closes after its answer.
    [[nodiscard]] bool wantsClose() const;
};

} // namespace Reqscope
