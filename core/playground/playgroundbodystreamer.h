// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;

namespace Reqscope {

/*!
 * Writes a generated body of any length to a socket with flat memory: it asks its source for the next block
 * only while the socket has less than LowWater bytes queued, and continues on bytesWritten (or, for TLS,
 * encryptedBytesWritten). With a chunk size it frames every block as one HTTP chunk, flushed on its own, and
 * ends with the last chunk. Calls \c done once after the last byte is queued; never touches a deleted socket.
 */
class PlaygroundBodyStreamer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundBodyStreamer)

public:
    using Source = std::function<QByteArray(qint64 offset, qint64 length)>;

    static constexpr qint64 LowWater = 256 * 1024;
    static constexpr qint64 BlockSize = 64 * 1024;

    /// \a chunkSize 0 writes the bytes as they are; > 0 writes HTTP chunks of that size.
    PlaygroundBodyStreamer(QTcpSocket *socket,
        qint64 length,
        Source source,
        qint64 chunkSize,
        std::function<void()> done,
        QObject *parent = nullptr);

    /// Writes what the socket can take now; later writes follow the socket's progress.
    void start();
    /// Bytes of the body handed to the socket so far.
    [[nodiscard]] qint64 written() const;

private:
    void pump();
    [[nodiscard]] qint64 queued() const;

    QPointer<QTcpSocket> m_socket;
    qint64 m_length;
    qint64 m_offset = 0;
    Source m_source;
    qint64 m_chunkSize;
    std::function<void()> m_done;
    bool m_pumping = false;
    bool m_finished = false;
};

} // namespace Reqscope
