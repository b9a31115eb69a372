// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

namespace Reqscope {

/*!
 * Retains a response body arriving in chunks without copying it into one growing array (architecture.md,
 * "Bodies"): with a known Content-Length the storage is reserved once and each chunk is copied in exactly once;
 * otherwise the chunks are kept as a list (sharing the QByteArrays already emitted) and joined once, on the
 * first data() call. With retention off nothing is kept (option 1000 = 0).
 *
 * \code
 * ResponseBody body;
 * body.start(true, reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
 * body.append(reply->read(reply->bytesAvailable()));
 * const QByteArray all = body.data();
 * \endcode
 */
class ResponseBody
{
public:
    /// Forgets everything; \a expectedSize (Content-Length, or -1) reserves storage when retaining.
    void start(bool retain, qint64 expectedSize = -1);
    void append(const QByteArray &chunk);
    void clear();

    bool isRetaining() const;
    /// Bytes received so far, retained or not.
    qint64 receivedSize() const;
    /// The whole retained body (empty when not retaining); joins pending chunks once.
    QByteArray data() const;

private:
    // mutable: data() is logically const; joining is a cache fill.
    mutable QByteArray m_joined;
    mutable QList<QByteArray> m_chunks;
    bool m_retain = true;
    qint64 m_received = 0;
};

} // namespace Reqscope
