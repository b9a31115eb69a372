// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Reqscope {

/*!
 * ResponseText's charset decision chain (spec §3.7), applied once to the complete body:
 * a known `charset` parameter, else a byte-order mark, else UTF-8 if valid, else Windows-1252.
 * Windows-1252 always uses the built-in table (spec §8 note 9), so results do not depend on ICU.
 *
 * \code
 * const QString text = ResponseTextDecoder::decode(body, u"text/html; charset=\"ISO-8859-1\""_s);
 * \endcode
 */
class ResponseTextDecoder
{
public:
    static QString decode(const QByteArray &body, const QString &contentType);
    /// The `charset` parameter of a Content-Type value, unquoted; empty when there is none.
    static QString charsetOf(const QString &contentType);
    /// Windows-1252, with 0x81, 0x8D, 0x8F, 0x90, 0x9D as the C1 controls of the same value.
    static QString fromWindows1252(const QByteArray &bytes);
};

} // namespace Reqscope
