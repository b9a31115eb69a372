// SPDX-License-Identifier: MIT
#include "requestheaders.h"

namespace Reqscope {

namespace {

bool isTokenChar(char16_t c)
{
    if (c <= 0x20 || c >= 0x7F)
        return false;
    switch (c) {
    case '(':
    case ')':
    case '<':
    case '>':
    case '@':
    case ',':
    case ';':
    case ':':
    case '\\':
    case '"':
    case '/':
    case '[':
    case ']':
    case '?':
    case '=':
    case '{':
    case '}':
        return false;
    default:
        return true;
    }
}

} // namespace

bool RequestHeaders::isToken(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isTokenChar(c.unicode()))
            return false;
    }
    return true;
}

bool RequestHeaders::isValidValue(const QString &value)
{
    for (const QChar c : value) {
        if (c == u'\r' || c == u'\n' || c == u'\0')
            return false;
    }
    return true;
}

void RequestHeaders::set(const QString &name, const QString &value)
{
    // Names are tokens (checked by the caller), so Latin-1 is exact; values may carry non-ASCII text.
    const QByteArray key = name.toLatin1();
    if (value.isEmpty()) {
        remove(key);
        return;
    }
    const QByteArray bytes = value.toUtf8();
    const qsizetype index = indexOf(key);
    if (index < 0) {
        m_fields.append({ key, bytes });
        return;
    }
    // Replace in place (keeping the first position), then drop any later duplicates.
    m_fields[index] = { key, bytes };
    for (qsizetype i = m_fields.size() - 1; i > index; --i) {
        if (m_fields.at(i).first.compare(key, Qt::CaseInsensitive) == 0)
            m_fields.removeAt(i);
    }
}

void RequestHeaders::remove(const QByteArray &name)
{
    m_fields.removeIf([&name](const Field &field) { return field.first.compare(name, Qt::CaseInsensitive) == 0; });
}

bool RequestHeaders::contains(const QByteArray &name) const
{
    return indexOf(name) >= 0;
}

QByteArray RequestHeaders::value(const QByteArray &name) const
{
    const qsizetype index = indexOf(name);
    return index < 0 ? QByteArray() : m_fields.at(index).second;
}

QList<RequestHeaders::Field> RequestHeaders::fields() const
{
    return m_fields;
}

void RequestHeaders::clear()
{
    m_fields.clear();
}

qsizetype RequestHeaders::indexOf(const QByteArray &name) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).first.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace Reqscope
