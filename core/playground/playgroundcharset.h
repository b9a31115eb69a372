// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Reqscope {

/*!
 * The texts of /charset/{name}. Every charset gets a fixed sample with characters beyond ASCII that the charset
 * can encode exactly: the Unicode encodings share one (with a character outside the BMP), windows-1252 uses
 * "€" and "—", which ISO-8859-1 lacks, and Shift_JIS gets Japanese with half-width katakana.
 * Names are matched case-insensitively; aliases: utf8, latin1, cp1252, sjis.
 *
 * \code
 * const QString expected = PlaygroundCharset::sampleText(u"windows-1252"_s); // "Grüße, naïve café — €"
 * \endcode
 */
class PlaygroundCharset
{
public:
    /// The canonical names: utf-8, iso-8859-1, windows-1252, utf-16le, utf-16be, shift_jis.
    [[nodiscard]] static QStringList names();
    /// The canonical name for \a name or one of its aliases, or a null string if unsupported.
    [[nodiscard]] static QString canonicalName(const QString &name);
    /// The text /charset/{name} serves, or a null string if \a name is unsupported.
    [[nodiscard]] static QString sampleText(const QString &name);
    /// The encoding's byte-order mark (empty for the byte-oriented charsets).
    [[nodiscard]] static QByteArray byteOrderMark(const QString &name);
    /// sampleText(name) encoded in \a name, with the byte-order mark first if \a withBom; nullopt if unsupported.
    [[nodiscard]] static std::optional<QByteArray> encodedSample(const QString &name, bool withBom = false);
};

} // namespace Reqscope
