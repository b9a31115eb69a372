// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace Reqscope {

/*!
 * Decodes a chunked request body (RFC 9112 7.1) incrementally: chunk-size lines (extensions ignored), data
 * followed by CRLF, the last chunk and a trailer section (read and dropped). Lines may end in a bare LF.
 *
 * \code
 * PlaygroundChunkedDecoder decoder;
 * if (decoder.feed(buffer, body, maxBody) == PlaygroundChunkedDecoder::Result::Done)
 *     … // body is complete; buffer holds whatever followed the body
 * \endcode
 */
class PlaygroundChunkedDecoder
{
public:
    enum class Result { NeedMore, Done, Failed };

    static constexpr qsizetype MaxTrailerSize = 64 * 1024;

    /// Consumes bytes from the front of \a buffer and appends the data to \a body, failing (413) if that
    /// would grow beyond \a maxBody.
    Result feed(QByteArray &buffer, QByteArray &body, qint64 maxBody);
    [[nodiscard]] int errorStatus() const; ///< 400 or 413 once feed() returned Failed
    [[nodiscard]] QByteArray errorReason() const;

private:
    enum class State { Size, Data, Trailers, Done, Failed };

    Result fail(int status, const QByteArray &reason);
    bool takeLine(QByteArray &buffer, QByteArray &line, qsizetype limit);

    State m_state = State::Size;
    qint64 m_remaining = 0; ///< data bytes left in the current chunk
    qsizetype m_trailerBytes = 0;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace Reqscope
