// SPDX-License-Identifier: MIT
#pragma once

#include "playgroundrequestparser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace Reqscope {

class PlaygroundResponder;
class PlaygroundRouter;

/*!
 * One accepted client connection (plain or TLS). Reads requests one at a time: while a response is in flight,
 * pipelined bytes wait in the socket (whose read buffer is bounded), and the next request is parsed only after
 * the current responder finish()es. HTTP/1.0 and "Connection: close" requests close after their answer;
 * malformed requests get a 4xx/5xx and a close. Emits closed() once the socket is gone; the server then
 * deletes the connection.
 */
class PlaygroundConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundConnection)

public:
    /// Takes ownership of \a socket. \a router outlives every connection (the server owns both).
    PlaygroundConnection(QTcpSocket *socket, bool secure, PlaygroundRouter *router, QObject *parent = nullptr);
    ~PlaygroundConnection() override;

    /// The socket is still connected (closed() not yet emitted).
    [[nodiscard]] bool isOpen() const;
    /// Drops the connection at once (server shutdown): timers stop, the socket is aborted.
    void abort();

Q_SIGNALS:
    void closed();

private:
    void onReadyRead();
    void onResponseFinished(PlaygroundResponder *finished);
    void onDisconnected();
    void processInput();
    void rejectRequest();

    QTcpSocket *m_socket;
    bool m_secure;
    PlaygroundRouter *m_router;
    PlaygroundRequestParser m_parser;
    QByteArray m_buffer; ///< received bytes the parser has not consumed yet
    QPointer<PlaygroundResponder> m_responder; ///< the response in flight, if any
    bool m_continueSent = false;
    bool m_rejected = false; ///< answered a malformed request; only draining input until the close
    bool m_closed = false;
};

} // namespace Reqscope
