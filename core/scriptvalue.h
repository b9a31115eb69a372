// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace Reqscope {

/*!
 * The JSON encodings of `value` in `reqscope-cli script` output (cli.md §2.2), as compact JSON text:
 * strings inline up to 65,536 UTF-8 bytes, else `{"length","sha256"}`; bytes as `{"size","sha256","base64"}`
 * with `base64` only up to 65,536 bytes; Option values in their natural JSON type.
 *
 * \code
 * ScriptValue::bytes("abc"_ba); // {"size":3,"sha256":"ba7816bf…","base64":"YWJj"}
 * \endcode
 */
class ScriptValue
{
public:
    static constexpr qsizetype InlineLimit = 65536;

    static QByteArray string(const QString &text);
    static QByteArray bytes(const QByteArray &data);
    /// bool, integers, strings (as string()), byte arrays (as bytes()); anything else as null.
    static QByteArray variant(const QVariant &value);
};

} // namespace Reqscope
