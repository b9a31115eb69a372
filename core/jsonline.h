// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1String>

namespace Reqscope {

/*!
 * One JSON object written with its keys in insertion order, for output that is a contract byte for byte
 * (`reqscope-cli script`, cli.md §2.2). QJsonDocument sorts keys, so it only escapes single values here.
 *
 * \code
 * JsonLine line;
 * line.add("step"_L1, 0).add("call"_L1, u"Open"_s).add("ok"_L1, true);
 * line.toJson(); // {"step":0,"call":"Open","ok":true}
 * \endcode
 */
class JsonLine
{
public:
    JsonLine &add(QLatin1String key, const QJsonValue &value);
    /// Adds a value that is already JSON text (a nested JsonLine, a preformatted number).
    JsonLine &addRaw(QLatin1String key, const QByteArray &json);
    JsonLine &add(QLatin1String key, const JsonLine &object);

    bool isEmpty() const;
    QByteArray toJson() const;

    /// Compact JSON text of any single value; strings escaped as QJsonDocument does.
    static QByteArray encode(const QJsonValue &value);
    /// A millisecond time as compact JSON: one decimal ("12.4", "30001.0").
    static QByteArray milliseconds(double ms);

private:
    QByteArray m_members; // "key":value,"key":value (no braces)
};

} // namespace Reqscope
