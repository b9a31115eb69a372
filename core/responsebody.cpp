// SPDX-License-Identifier: MIT
#include "responsebody.h"

namespace Reqscope {

namespace {
// A reservation is only a hint: never trust a huge Content-Length with more than this up front.
constexpr qint64 maxReservation = qint64(2) * 1024 * 1024 * 1024 - 1;
} // namespace

void ResponseBody::start(bool retain, qint64 expectedSize)
{
    clear();
    m_retain = retain;
    if (m_retain && expectedSize > 0 && expectedSize <= maxReservation)
        m_joined.reserve(qsizetype(expectedSize));
}

void ResponseBody::append(const QByteArray &chunk)
{
    m_received += chunk.size();
    if (!m_retain || chunk.isEmpty())
        return;
    // While the reservation holds, copying into it costs the same as the final join would, and needs no
    // second copy of the body; past it (a lying Content-Length) fall back to the chunk list.
    if (m_chunks.isEmpty() && m_joined.capacity() - m_joined.size() >= chunk.size())
        m_joined.append(chunk);
    else
        m_chunks.append(chunk);
}

void ResponseBody::clear()
{
    m_joined = QByteArray();
    m_chunks.clear();
    m_received = 0;
}

bool ResponseBody::isRetaining() const
{
    return m_retain;
}

qint64 ResponseBody::receivedSize() const
{
    return m_received;
}

QByteArray ResponseBody::data() const
{
    if (!m_retain)
        return QByteArray();
    if (!m_chunks.isEmpty()) {
        qsizetype total = m_joined.size();
        for (const QByteArray &chunk : std::as_const(m_chunks))
            total += chunk.size();
        QByteArray joined;
        joined.reserve(total);
        joined.append(m_joined);
        for (const QByteArray &chunk : std::as_const(m_chunks))
            joined.append(chunk);
        m_joined = joined;
        m_chunks.clear();
    }
    if (m_joined.capacity() > m_joined.size())
        m_joined.squeeze(); // a Content-Length larger than the body must not pin the reservation
    return m_joined;
}

} // namespace Reqscope
