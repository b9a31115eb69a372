// SPDX-License-Identifier: MIT
#pragma once

#include "playgroundchunkeddecoder.h"
#include "playgroundrequest.h"

#include <QByteArray>

namespace Reqscope {

/*!
 * Incremental HTTP/1.x request parser: feed() it whatever arrived and it consumes bytes from the front of the
 * buffer until one request is complete, leaving any pipelined bytes behind. Strict on purpose (the playground
 * tests clients, not the other way round) but never crashes: anything malformed ends in State::Failed with a
 * status (400, 413, 501 or 505) and a one-line reason.
 *
 * \code
 * PlaygroundRequestParser parser;
 * buffer += socket->readAll();
 * if (parser.feed(buffer) == PlaygroundRequestParser::State::Complete)
 *     handle(parser.takeRequest()); // buffer keeps the next request's bytes
 * \endcode
 */
class PlaygroundRequestParser
{
public:
    enum class State {
        Head, ///< waiting for the request line and headers
        Body, ///< reading a Content-Length body
        ChunkedBody, ///< reading a chunked body (PlaygroundChunkedDecoder)
        Complete, ///< takeRequest() is ready
        Failed, ///< errorStatus()/errorReason() say why; the connection must answer and close
    };

    static constexpr qsizetype MaxHeadSize = 64 * 1024; ///< request line plus headers
    static constexpr qint64 MaxBodySize = qint64(256) * 1024 * 1024;

    /// Consumes bytes from the front of \a buffer and returns the new state. Call again with more bytes
    /// while the state is neither Complete nor Failed.
    State feed(QByteArray &buffer);
    [[nodiscard]] State state() const;
    /// True once the head is parsed and a body is still expected after "Expect: 100-continue".
    [[nodiscard]] bool expectsContinue() const;
    /// The complete request; resets the parser for the next one.
    [[nodiscard]] PlaygroundRequest takeRequest();
    [[nodiscard]] int errorStatus() const;
    [[nodiscard]] QByteArray errorReason() const;

private:
    bool parseHead(const QByteArray &head);
    bool parseRequestLine(const QByteArray &line);
    bool parseFraming();
    State fail(int status, const QByteArray &reason);
    bool reject(int status, const QByteArray &reason); ///< fail() for the bool-returning steps

    State m_state = State::Head;
    PlaygroundRequest m_request;
    qint64 m_remaining = 0; ///< Content-Length body bytes still expected
    PlaygroundChunkedDecoder m_chunked;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace Reqscope
