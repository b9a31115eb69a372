// SPDX-License-Identifier: MIT
#include "jsonline.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Reqscope {

JsonLine &JsonLine::add(QLatin1String key, const QJsonValue &value)
{
    return addRaw(key, encode(value));
}

JsonLine &JsonLine::addRaw(QLatin1String key, const QByteArray &json)
{
    if (!m_members.isEmpty())
        m_members += ',';
    m_members += encode(QJsonValue(key)) + ':' + json;
    return *this;
}

JsonLine &JsonLine::add(QLatin1String key, const JsonLine &object)
{
    return addRaw(key, object.toJson());
}

bool JsonLine::isEmpty() const
{
    return m_members.isEmpty();
}

QByteArray JsonLine::toJson() const
{
    return '{' + m_members + '}';
}

QByteArray JsonLine::encode(const QJsonValue &value)
{
    // QJsonDocument only wraps arrays and objects: write "[value]" and strip the brackets.
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray JsonLine::milliseconds(double ms)
{
    return QByteArray::number(ms, 'f', 1);
}

} // namespace Reqscope
