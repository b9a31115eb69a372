// SPDX-License-Identifier: MIT
#include "playgroundresponder.h"

#include "playgroundbodystreamer.h"
#include "playgroundstatus.h"

#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <sys/ioctl.h>
#include <sys/socket.h>
#elif defined(Q_OS_WIN)
#include <winsock2.h>
#endif

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

// Bytes the kernel still holds for this socket: unsent plus sent-but-unacknowledged (Linux), else 0.
qint64 kernelBytesUnacknowledged(QTcpSocket *socket)
{
#if defined(Q_OS_LINUX)
    int pending = 0;
    if (::ioctl(int(socket->socketDescriptor()), TIOCOUTQ, &pending) == 0)
        return pending;
#else
    Q_UNUSED(socket);
#endif
    return 0;
}

qint64 qtBytesQueued(QTcpSocket *socket)
{
    qint64 bytes = socket->bytesToWrite();
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        bytes += ssl->encryptedBytesToWrite();
    return bytes;
}

} // namespace

PlaygroundResponder::PlaygroundResponder(QTcpSocket *socket, PlaygroundRequest request, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_request(std::move(request))
{
}

PlaygroundResponder::~PlaygroundResponder() = default;

const PlaygroundRequest &PlaygroundResponder::request() const
{
    return m_request;
}

bool PlaygroundResponder::closesAfter() const
{
    return m_request.wantsClose();
}

bool PlaygroundResponder::isDone() const
{
    return m_done || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState;
}

void PlaygroundResponder::respond(int status, const Headers &headers, const QByteArray &body)
{
    Headers all = headers;
    const bool hasLength = std::any_of(headers.cbegin(), headers.cend(), [](const auto &header) {
        return header.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
    });
    if (!PlaygroundStatus::forbidsBody(status) && !hasLength)
        all.append({ "Content-Length"_ba, QByteArray::number(body.size()) });
    writeHead(status, all);
    if (!PlaygroundStatus::forbidsBody(status))
        writeBody(body);
    finish();
}

void PlaygroundResponder::respondJson(int status, const QJsonDocument &json, const Headers &headers)
{
    respond(status, Headers { { "Content-Type"_ba, "application/json"_ba } } + headers, json.toJson());
}

void PlaygroundResponder::respondText(int status, const QByteArray &text, const Headers &headers)
{
    respond(status, Headers { { "Content-Type"_ba, "text/plain; charset=utf-8"_ba } } + headers, text);
}

void PlaygroundResponder::writeHead(int status, const Headers &headers, const QByteArray &reason)
{
    QByteArray head = "HTTP/1.1 "_ba + QByteArray::number(status) + ' '
        + (reason.isNull() ? PlaygroundStatus::reasonPhrase(status) : reason) + "\r\n"_ba;
    bool hasConnection = false;
    for (const auto &[name, value] : headers) {
        head += name + ": "_ba + value + "\r\n"_ba;
        hasConnection = hasConnection || name.compare("Connection", Qt::CaseInsensitive) == 0;
    }
    if (closesAfter() && !hasConnection)
        head += "Connection: close\r\n"_ba;
    write(head + "\r\n"_ba);
}

void PlaygroundResponder::writeBody(const QByteArray &bytes)
{
    if (!m_request.isHead())
        write(bytes);
}

void PlaygroundResponder::writeChunk(const QByteArray &bytes)
{
    if (!m_request.isHead() && !bytes.isEmpty())
        write(QByteArray::number(bytes.size(), 16) + "\r\n"_ba + bytes + "\r\n"_ba);
}

void PlaygroundResponder::endChunks()
{
    if (!m_request.isHead())
        write("0\r\n\r\n"_ba);
    finish();
}

void PlaygroundResponder::writeRaw(const QByteArray &bytes)
{
    write(bytes);
}

void PlaygroundResponder::streamBody(qint64 length, BodySource source, qint64 chunkSize)
{
    if (m_request.isHead() || length <= 0) {
        if (chunkSize > 0)
            endChunks();
        else
            finish();
        return;
    }
    if (!canWrite() || m_streamer)
        return;
    m_streamer = new PlaygroundBodyStreamer(
        m_socket, length, std::move(source), chunkSize, [this] { finish(); }, this);
    m_streamer->start();
}

void PlaygroundResponder::finish()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(); // the connection listens through a queued connection: we may be deep in a handler
}

void PlaygroundResponder::close()
{
    m_done = true;
    delete m_streamer; // safe: the streamer never calls close() itself
    m_streamer = nullptr;
    if (m_socket)
        m_socket->disconnectFromHost(); // writes what is buffered first
}

void PlaygroundResponder::reset()
{
    m_done = true;
    delete m_streamer;
    m_streamer = nullptr;
    if (!m_socket)
        return;
    const qintptr fd = m_socket->socketDescriptor();
    if (fd != -1) {
        // SO_LINGER with a zero timeout turns close() into an RST
#if defined(Q_OS_UNIX)
        const linger option = { 1, 0 };
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#elif defined(Q_OS_WIN)
        const linger option = { 1, 0 };
        ::setsockopt(SOCKET(fd), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&option), sizeof option);
#endif
    }
    m_socket->abort();
}

void PlaygroundResponder::after(int msec, std::function<void()> callback)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [timer, callback = std::move(callback)] {
        timer->deleteLater();
        callback();
    });
    timer->start(qMax(0, msec));
}

void PlaygroundResponder::afterDelivered(std::function<void()> callback)
{
    pollDelivered(std::move(callback), 400);
}

// Polls every 5 ms (2 s at most) until Qt and the kernel have nothing left for this socket.
void PlaygroundResponder::pollDelivered(std::function<void()> callback, int attempts)
{
    const bool delivered = !m_socket || m_socket->state() != QAbstractSocket::ConnectedState
        || (qtBytesQueued(m_socket) == 0 && kernelBytesUnacknowledged(m_socket) == 0);
    if (delivered || attempts <= 0) {
        after(0, std::move(callback));
        return;
    }
    m_socket->flush();
    after(5, [this, callback = std::move(callback), attempts]() mutable {
        pollDelivered(std::move(callback), attempts - 1);
    });
}

void PlaygroundResponder::write(const QByteArray &bytes)
{
    if (canWrite() && !bytes.isEmpty())
        m_socket->write(bytes);
}

bool PlaygroundResponder::canWrite() const
{
    return !m_done && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace Reqscope
