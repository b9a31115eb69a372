// SPDX-License-Identifier: MIT
#include "playgroundconnection.h"

#include "playgroundresponder.h"
#include "playgroundrouter.h"
#include "playgroundstatus.h"

#include <QTcpSocket>
#include <QTimer>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

// What Qt may hold unread per socket while a response is in flight; beyond it TCP pushes back on the client.
constexpr qint64 SocketReadBufferSize = 1024 * 1024;
constexpr int LingerMsec = 1000;

} // namespace

PlaygroundConnection::PlaygroundConnection(QTcpSocket *socket, bool secure, PlaygroundRouter *router, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_secure(secure)
    , m_router(router)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(SocketReadBufferSize);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // small writes (drip, chunks) leave at once
    connect(m_socket, &QTcpSocket::readyRead, this, &PlaygroundConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &PlaygroundConnection::onDisconnected);
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        // gone before we got it (a TLS client that hung up right after its handshake)
        QMetaObject::invokeMethod(this, &PlaygroundConnection::onDisconnected, Qt::QueuedConnection);
        return;
    }
    if (m_socket->bytesAvailable() > 0) // a TLS client's first request may have come with its handshake
        QMetaObject::invokeMethod(this, &PlaygroundConnection::onReadyRead, Qt::QueuedConnection);
}

PlaygroundConnection::~PlaygroundConnection()
{
    // The socket is our child; make sure no signal of its reaches us half-destroyed.
    m_socket->disconnect(this);
}

bool PlaygroundConnection::isOpen() const
{
    return !m_closed;
}

void PlaygroundConnection::abort()
{
    m_socket->disconnect(this);
    if (m_responder) // deleteLater: abort() may run inside a handler's call (a handler closing the server)
        m_responder->deleteLater();
    m_responder = nullptr;
    m_socket->abort();
    if (!m_closed) {
        m_closed = true;
        Q_EMIT closed();
    }
}

void PlaygroundConnection::onReadyRead()
{
    if (m_rejected)
        m_socket->readAll(); // draining after a 4xx, see rejectRequest()
    else if (!m_responder && !m_closed)
        processInput();
}

void PlaygroundConnection::onResponseFinished(PlaygroundResponder *finished)
{
    if (!finished || finished != m_responder)
        return;
    const bool closeAfter = finished->closesAfter();
    m_responder = nullptr;
    finished->deleteLater(); // never delete a responder inside one of its own calls
    if (closeAfter) {
        m_socket->disconnectFromHost(); // flushes the answer first
        return;
    }
    processInput(); // the next pipelined request, if it is already here
}

void PlaygroundConnection::onDisconnected()
{
    if (m_closed)
        return;
    m_closed = true;
    Q_EMIT closed();
}

void PlaygroundConnection::processInput()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_buffer += m_socket->readAll();
    const PlaygroundRequestParser::State state = m_parser.feed(m_buffer);
    if (state == PlaygroundRequestParser::State::Failed) {
        rejectRequest();
        return;
    }
    if (m_parser.expectsContinue() && !m_continueSent) {
        m_continueSent = true;
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
    }
    if (state != PlaygroundRequestParser::State::Complete)
        return;

    m_continueSent = false;
    PlaygroundRequest request = m_parser.takeRequest();
    request.secure = m_secure;
    request.peerAddress = m_socket->peerAddress().toString();
    request.localPort = m_socket->localPort();
    m_responder = new PlaygroundResponder(m_socket, std::move(request), this);
    // Queued: a handler may finish() from deep inside its own call stack.
    PlaygroundResponder *responder = m_responder;
    connect(
        responder,
        &PlaygroundResponder::finished,
        this,
        [this, responder] { onResponseFinished(responder); },
        Qt::QueuedConnection);
    m_router->dispatch(*m_responder);
}

// A request the parser refused: answer with its status and close, since the framing is lost. The close lingers:
// closing a socket with unread input sends an RST that can destroy the answer before the client reads it, so
// on Unix the write side is shut down (FIN) and input is drained for up to a second before the real close.
void PlaygroundConnection::rejectRequest()
{
    const int status = m_parser.errorStatus();
    const QByteArray body = QByteArray::number(status) + ' ' + PlaygroundStatus::reasonPhrase(status) + ": "_ba
        + m_parser.errorReason() + '\n';
    m_socket->write("HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + PlaygroundStatus::reasonPhrase(status)
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "_ba + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n"_ba + body);
    m_buffer.clear();
    m_rejected = true;
    m_socket->readAll();
#if defined(Q_OS_UNIX)
    if (!m_secure && m_socket->flush() && m_socket->bytesToWrite() == 0) {
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        QTimer::singleShot(LingerMsec, this, [this] { m_socket->abort(); });
        return;
    }
#endif
    m_socket->disconnectFromHost();
}

} // namespace Reqscope
