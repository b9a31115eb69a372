// SPDX-License-Identifier: MIT
#include "playgroundrequestparser.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

// RFC 9110 tchar: the characters of a method or a header name
bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isFieldValue(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// Strips one trailing '\r': lines may end in CRLF or, leniently, a bare LF.
QByteArray chopCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

PlaygroundRequestParser::State PlaygroundRequestParser::feed(QByteArray &buffer)
{
    while (m_state != State::Complete && m_state != State::Failed) {
        switch (m_state) {
        case State::Head: {
            // RFC 9112 2.2: ignore empty lines before the request line
            while (buffer.startsWith("\r\n") || buffer.startsWith('\n'))
                buffer.remove(0, buffer.startsWith('\n') ? 1 : 2);
            qsizetype end = buffer.indexOf("\n\r\n");
            qsizetype skip = 3;
            const qsizetype bareEnd = buffer.indexOf("\n\n");
            if (bareEnd >= 0 && (end < 0 || bareEnd < end)) {
                end = bareEnd;
                skip = 2;
            }
            if (end < 0) {
                if (buffer.size() > MaxHeadSize)
                    return fail(400, "request head larger than 64 KiB"_ba);
                return m_state;
            }
            if (end + skip > MaxHeadSize)
                return fail(400, "request head larger than 64 KiB"_ba);
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + skip);
            if (!parseHead(head) || !parseFraming())
                return m_state;
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, buffer.size());
            m_request.body.append(buffer.constData(), take);
            buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return m_state;
            m_state = State::Complete;
            break;
        }
        case State::ChunkedBody: {
            const PlaygroundChunkedDecoder::Result result = m_chunked.feed(buffer, m_request.body, MaxBodySize);
            if (result == PlaygroundChunkedDecoder::Result::NeedMore)
                return m_state;
            if (result == PlaygroundChunkedDecoder::Result::Failed)
                return fail(m_chunked.errorStatus(), m_chunked.errorReason());
            m_state = State::Complete;
            break;
        }
        case State::Complete:
        case State::Failed:
            break;
        }
    }
    return m_state;
}

PlaygroundRequestParser::State PlaygroundRequestParser::state() const
{
    return m_state;
}

bool PlaygroundRequestParser::expectsContinue() const
{
    const bool readingBody = m_state == State::Body || m_state == State::ChunkedBody;
    return readingBody && m_request.version == "HTTP/1.1" && m_request.headerHasToken("Expect", "100-continue");
}

PlaygroundRequest PlaygroundRequestParser::takeRequest()
{
    Q_ASSERT(m_state == State::Complete);
    PlaygroundRequest request = std::move(m_request);
    *this = PlaygroundRequestParser();
    return request;
}

int PlaygroundRequestParser::errorStatus() const
{
    return m_errorStatus;
}

QByteArray PlaygroundRequestParser::errorReason() const
{
    return m_errorReason;
}

bool PlaygroundRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    if (!parseRequestLine(chopCr(lines.first())))
        return false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = chopCr(lines.at(i));
        if (line.startsWith(' ') || line.startsWith('\t'))
            return reject(400, "obsolete header line folding"_ba);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon < 0 ? QByteArray() : line.left(colon);
        if (!isToken(name)) // also rejects "Name : value" (RFC 9112 5.1)
            return reject(400, "bad header line"_ba);
        QByteArray value = line.mid(colon + 1).trimmed();
        if (!isFieldValue(value))
            return reject(400, "control character in header value"_ba);
        if (value.isNull())
            value = ""_ba;
        m_request.headers.append({ name, value });
    }
    return true;
}

bool PlaygroundRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return reject(400, "bad request line"_ba);
    for (const char c : parts.at(1)) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return reject(400, "bad request target"_ba);
    }
    const QByteArray &version = parts.at(2);
    if (!parts.at(1).startsWith('/') && !parts.at(1).contains("://"))
        return reject(400, "request target is neither a path nor an absolute URL"_ba);
    const bool wellFormed = version.size() == 8 && version.startsWith("HTTP/") && version.at(6) == '.'
        && isDigit(version.at(5)) && isDigit(version.at(7));
    if (!wellFormed)
        return reject(400, "bad HTTP version"_ba);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return reject(505, "only HTTP/1.0 and HTTP/1.1 are spoken here"_ba);
    m_request.method = parts.at(0);
    m_request.target = parts.at(1);
    m_request.version = version;
    return true;
}

// Decides how the body is framed (RFC 9112 6.3) and moves to the matching state.
bool PlaygroundRequestParser::parseFraming()
{
    if (m_request.version == "HTTP/1.1" && m_request.headerValues("Host").size() != 1)
        return reject(400, "HTTP/1.1 needs exactly one Host header"_ba);
    const QList<QByteArray> encodings = m_request.headerValues("Transfer-Encoding");
    const QList<QByteArray> lengths = m_request.headerValues("Content-Length");
    if (!encodings.isEmpty()) {
        if (!lengths.isEmpty())
            return reject(400, "both Transfer-Encoding and Content-Length"_ba);
        if (m_request.version != "HTTP/1.1")
            return reject(400, "Transfer-Encoding in an HTTP/1.0 request"_ba);
        const QList<QByteArray> codings = encodings.join(',').split(',');
        for (qsizetype i = 0; i < codings.size(); ++i) {
            const QByteArray coding = codings.at(i).trimmed().toLower();
            if (coding != "chunked" || i != codings.size() - 1)
                return reject(501, "only Transfer-Encoding: chunked is supported"_ba);
        }
        m_state = State::ChunkedBody;
        return true;
    }
    qint64 length = -1;
    for (const QByteArray &value : lengths) {
        for (const QByteArray &item : value.split(',')) { // "5, 5" is allowed, "5, 6" is not
            const QByteArray digits = item.trimmed();
            bool ok = !digits.isEmpty() && digits.size() <= 18;
            for (const char c : digits)
                ok = ok && isDigit(c);
            const qint64 parsed = ok ? digits.toLongLong(&ok) : -1;
            if (!ok || (length >= 0 && parsed != length))
                return reject(400, "bad Content-Length"_ba);
            length = parsed;
        }
    }
    if (length > MaxBodySize)
        return reject(413, "request body larger than 256 MiB"_ba);
    m_remaining = qMax<qint64>(length, 0);
    m_state = m_remaining > 0 ? State::Body : State::Complete;
    return true;
}

PlaygroundRequestParser::State PlaygroundRequestParser::fail(int status, const QByteArray &reason)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = reason;
    return m_state;
}

bool PlaygroundRequestParser::reject(int status, const QByteArray &reason)
{
    fail(status, reason);
    return false;
}

} // namespace Reqscope
