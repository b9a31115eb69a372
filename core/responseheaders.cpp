// SPDX-License-Identifier: MIT
#include "responseheaders.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

ResponseHeaders ResponseHeaders::fromRawPairs(const QList<QPair<QByteArray, QByteArray>> &pairs)
{
    ResponseHeaders headers;
    headers.m_fields.reserve(pairs.size());
    for (const auto &[rawName, rawValue] : pairs) {
        const QString name = QString::fromLatin1(rawName);
        // Qt joins repeated Set-Cookie fields with '\n' (cookie values cannot contain one), so this split
        // restores the fields exactly; other merged fields cannot be split safely (ruling 12).
        if (rawName.compare("set-cookie"_ba, Qt::CaseInsensitive) == 0) {
            for (const QByteArray &part : rawValue.split('\n'))
                headers.m_fields.append({ name, QString::fromLatin1(part.trimmed()) });
        } else {
            headers.m_fields.append({ name, QString::fromLatin1(rawValue.trimmed()) });
        }
    }
    return headers;
}

bool ResponseHeaders::isEmpty() const
{
    return m_fields.isEmpty();
}

QList<ResponseHeaders::Field> ResponseHeaders::fields() const
{
    return m_fields;
}

std::optional<QString> ResponseHeaders::value(const QString &name) const
{
    for (const Field &field : m_fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return std::nullopt;
}

QString ResponseHeaders::allHeadersText() const
{
    QString text;
    for (const Field &field : m_fields)
        text += field.first % u": " % field.second % u"\r\n";
    text += u"\r\n"_s;
    return text;
}

} // namespace Reqscope
