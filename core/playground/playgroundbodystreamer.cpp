// SPDX-License-Identifier: MIT
#include "playgroundbodystreamer.h"

#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Reqscope {

PlaygroundBodyStreamer::PlaygroundBodyStreamer(
    QTcpSocket *socket, qint64 length, Source source, qint64 chunkSize, std::function<void()> done, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_length(length)
    , m_source(std::move(source))
    , m_chunkSize(chunkSize)
    , m_done(std::move(done))
{
    connect(socket, &QTcpSocket::bytesWritten, this, &PlaygroundBodyStreamer::pump);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &PlaygroundBodyStreamer::pump);
}

void PlaygroundBodyStreamer::start()
{
    pump();
}

qint64 PlaygroundBodyStreamer::written() const
{
    return m_offset;
}

qint64 PlaygroundBodyStreamer::queued() const
{
    qint64 bytes = m_socket->bytesToWrite();
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data()))
        bytes += ssl->encryptedBytesToWrite();
    return bytes;
}

void PlaygroundBodyStreamer::pump()
{
    // flush() below can emit bytesWritten synchronously: don't recurse into ourselves
    if (m_pumping || m_finished || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_pumping = true;
    while (m_offset < m_length && queued() < LowWater && m_socket->state() == QAbstractSocket::ConnectedState) {
        const qint64 block = qMin(m_length - m_offset, m_chunkSize > 0 ? m_chunkSize : BlockSize);
        const QByteArray data = m_source(m_offset, block);
        Q_ASSERT(data.size() == block);
        m_offset += block;
        if (m_chunkSize > 0) {
            m_socket->write(QByteArray::number(block, 16) + "\r\n"_ba + data + "\r\n"_ba);
            m_socket->flush(); // each chunk leaves as its own write
        } else {
            m_socket->write(data);
        }
    }
    m_pumping = false;
    if (m_offset == m_length && m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_finished = true;
        if (m_chunkSize > 0)
            m_socket->write("0\r\n\r\n"_ba);
        if (m_done)
            m_done();
    }
}

} // namespace Reqscope
