// SPDX-License-Identifier: MIT
#pragma once

#include "playgroundrequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>

class QJsonDocument;
class QTcpSocket;

namespace Reqscope {

class PlaygroundBodyStreamer;

/*!
 * How a handler answers one request. Built-in endpoints and test handlers (PlaygroundServer::setHandler) use
 * the same calls. Each response ends with exactly one of finish() (keep-alive: the connection reads the next
 * request), close() (flush, then FIN) or reset() (RST). respond() and endChunks() finish for you; HEAD requests
 * get headers only (writeBody/writeChunk write nothing), raw bytes are always written.
 *
 * The responder belongs to its connection and lives until the next request starts or the connection goes away;
 * timers from after() are its children, so they never fire into a dead connection. Capture the responder by
 * reference in after() callbacks; keep a QPointer if you hold it anywhere else.
 *
 * \code
 * server.setHandler([](const PlaygroundRequest &request, PlaygroundResponder &responder) {
 *     if (request.path() != "/slow-chunks")
 *         return false; // not mine: the built-in routes answer
 *     responder.writeHead(200, { { "Transfer-Encoding", "chunked" } });
 *     responder.writeChunk("first");
 *     responder.after(100, [&responder] { responder.writeChunk("second"); responder.endChunks(); });
 *     return true;
 * });
 * \endcode
 */
class PlaygroundResponder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundResponder)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using BodySource = std::function<QByteArray(qint64 offset, qint64 length)>;

    PlaygroundResponder(QTcpSocket *socket, PlaygroundRequest request, QObject *parent = nullptr);
    ~PlaygroundResponder() override;

    [[nodiscard]] const PlaygroundRequest &request() const;
    /// The connection closes after this response (HTTP/1.0 or Connection: close).
    [[nodiscard]] bool closesAfter() const;
    /// finish(), close() or reset() has been called, or the connection is gone.
    [[nodiscard]] bool isDone() const;

    /// A whole response: adds Content-Length (none for 1xx/204/304), then finish()es.
    void respond(int status, const Headers &headers = {}, const QByteArray &body = {});
    /// respond() with an indented JSON body and Content-Type: application/json.
    void respondJson(int status, const QJsonDocument &json, const Headers &headers = {});
    /// respond() with a text/plain body.
    void respondText(int status, const QByteArray &text, const Headers &headers = {});

    /// The status line and \a headers exactly as given, plus "Connection: close" if closesAfter(). The framing
    /// (Content-Length, Transfer-Encoding) is the caller's. \a reason overrides the standard phrase.
    void writeHead(int status, const Headers &headers, const QByteArray &reason = QByteArray());
    /// Body bytes as they are (not for HEAD).
    void writeBody(const QByteArray &bytes);
    /// One HTTP chunk, "size CRLF bytes CRLF" (not for HEAD; empty \a bytes write nothing).
    void writeChunk(const QByteArray &bytes);
    /// The last chunk "0 CRLF CRLF" (not for HEAD), then finish().
    void endChunks();
    /// Any bytes at all, even for HEAD: for faults and hand-made framing.
    void writeRaw(const QByteArray &bytes);
    /// Streams \a length bytes from \a source with back-pressure (bytes, or chunks of \a chunkSize if > 0,
    /// ending with the last chunk), then finish(). For HEAD it finish()es at once.
    void streamBody(qint64 length, BodySource source, qint64 chunkSize = 0);

    /// The response is complete; keep-alive goes on with the next request (or closes, see closesAfter()).
    void finish();
    /// Flushes what was written, then closes the connection (FIN).
    void close();
    /// Resets the connection (RST, via SO_LINGER 0 where the platform has it); unsent bytes are dropped.
    void reset();

    /// Runs \a callback once after \a msec milliseconds, unless the responder is gone by then.
    void after(int msec, std::function<void()> callback);
    /// Runs \a callback once everything written so far has left Qt's buffers and, on Linux, has been
    /// acknowledged by the peer's TCP stack; e.g. to reset() only after the peer surely got some bytes.
    void afterDelivered(std::function<void()> callback);

Q_SIGNALS:
    /// The response is complete and the connection may read the next request.
    void finished();

private:
    void write(const QByteArray &bytes);
    void pollDelivered(std::function<void()> callback, int attempts);
    [[nodiscard]] bool canWrite() const;

    QPointer<QTcpSocket> m_socket;
    PlaygroundRequest m_request;
    PlaygroundBodyStreamer *m_streamer = nullptr;
    bool m_done = false;
};

} // namespace Reqscope
