// SPDX-License-Identifier: MIT
#include "playgroundchunkeddecoder.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

PlaygroundChunkedDecoder::Result PlaygroundChunkedDecoder::feed(QByteArray &buffer, QByteArray &body, qint64 maxBody)
{
    while (true) {
        switch (m_state) {
        case State::Size: {
            QByteArray line;
            if (!takeLine(buffer, line, 1024))
                return m_state == State::Failed ? Result::Failed : Result::NeedMore;
            const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
            const QByteArray hex = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            bool ok = hex.size() <= 15 && !hex.isEmpty(); // also keeps the size far from overflowing
            for (const char c : hex)
                ok = ok && QByteArrayView("0123456789abcdefABCDEF").contains(c);
            const qint64 size = ok ? hex.toLongLong(&ok, 16) : -1;
            if (!ok || size < 0)
                return fail(400, "bad chunk size"_ba);
            if (body.size() + size > maxBody)
                return fail(413, "request body larger than 256 MiB"_ba);
            m_remaining = size;
            m_state = size == 0 ? State::Trailers : State::Data;
            break;
        }
        case State::Data: {
            const qint64 take = qMin<qint64>(m_remaining, buffer.size());
            body.append(buffer.constData(), take);
            buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0 || buffer.isEmpty() || buffer == "\r")
                return Result::NeedMore;
            if (!buffer.startsWith("\r\n") && !buffer.startsWith('\n'))
                return fail(400, "chunk data not followed by CRLF"_ba);
            buffer.remove(0, buffer.startsWith('\n') ? 1 : 2);
            m_state = State::Size;
            break;
        }
        case State::Trailers: {
            QByteArray line;
            if (!takeLine(buffer, line, MaxTrailerSize))
                return m_state == State::Failed ? Result::Failed : Result::NeedMore;
            m_trailerBytes += line.size();
            if (m_trailerBytes > MaxTrailerSize)
                return fail(400, "trailer section larger than 64 KiB"_ba);
            if (line.isEmpty())
                m_state = State::Done; // trailer fields are read and dropped
            else if (line.indexOf(':') <= 0)
                return fail(400, "bad trailer field"_ba);
            break;
        }
        case State::Done:
            return Result::Done;
        case State::Failed:
            return Result::Failed;
        }
    }
}

int PlaygroundChunkedDecoder::errorStatus() const
{
    return m_errorStatus;
}

QByteArray PlaygroundChunkedDecoder::errorReason() const
{
    return m_errorReason;
}

PlaygroundChunkedDecoder::Result PlaygroundChunkedDecoder::fail(int status, const QByteArray &reason)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = reason;
    return Result::Failed;
}

// Takes one CRLF- (or LF-) terminated line off the front of \a buffer; fails if it exceeds \a limit.
bool PlaygroundChunkedDecoder::takeLine(QByteArray &buffer, QByteArray &line, qsizetype limit)
{
    const qsizetype newline = buffer.indexOf('\n');
    if (newline < 0 || newline > limit) {
        if (buffer.size() > limit || newline > limit)
            fail(400, "line too long"_ba);
        return false;
    }
    line = buffer.left(newline);
    if (line.endsWith('\r'))
        line.chop(1);
    buffer.remove(0, newline + 1);
    return true;
}

} // namespace Reqscope
