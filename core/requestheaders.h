// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Reqscope {

/*!
 * The request headers of one HttpRequest between Open and Send (spec §3.4): names are matched
 * case-insensitively, a set replaces every field of that name, order of first setting is kept.
 *
 * \code
 * RequestHeaders headers;
 * if (!RequestHeaders::isToken(name) || !RequestHeaders::isValidValue(value))
 *     return HResult::InvalidArg;
 * headers.set(name, value); // an empty value removes the field
 * \endcode
 */
class RequestHeaders
{
public:
    using Field = QPair<QByteArray, QByteArray>;

    /// RFC 9110 token: non-empty, visible ASCII without separators (so no ':' and no whitespace).
    static bool isToken(const QString &text);
    /// No CR, LF or NUL (spec §3.4); everything else, non-ASCII included, is sent as UTF-8.
    static bool isValidValue(const QString &value);

    /// Replaces all fields named \a name; a null or empty value removes them.
    void set(const QString &name, const QString &value);
    void remove(const QByteArray &name);
    bool contains(const QByteArray &name) const;
    /// The value of the field named \a name, or a null QByteArray.
    QByteArray value(const QByteArray &name) const;
    QList<Field> fields() const;
    void clear();

private:
    qsizetype indexOf(const QByteArray &name) const;

    QList<Field> m_fields;
};

} // namespace Reqscope
