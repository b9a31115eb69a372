// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace Reqscope {

/*!
 * How the path and query of Open's URL are put on the wire at Send (spec §4 options 2, 3, 7, 8; §5): each
 * non-ASCII character is converted with the code page (option 2) and its bytes escaped; `%` follows option 3;
 * unsafe ASCII (controls, space, `"<>[\]^`{|}`) is escaped unless option 7 (path and query) or 8 (query only)
 * turns escaping off.
 *
 * QNAM writes the request target from QUrl::toEncoded(FullyEncoded): whatever this class leaves raw, QUrl still
 * escapes except `[` and `]`, so with option 7 or 8 only those two reach the wire unescaped. QUrl also sends an
 * escaped unreserved character decoded (`%41` → `A`) and escapes in upper case; both are RFC 3986 equivalents.
 *
 * \code
 * const UrlEscaper::Rules rules { 1252, false, false, false };
 * const QUrl wire = UrlEscaper::wireUrl(parsedAtOpen, u"http://h/ä?q=a b"_s, rules); // /%E4?q=a%20b
 * \endcode
 */
class UrlEscaper
{
public:
    struct Rules
    {
        int codePage = 65001; // option 2: 0 = Windows-1252, an unknown number = UTF-8
        bool escapePercent = false; // option 3: every `%` becomes %25
        bool keepUnsafe = false; // option 7: path and query
        bool keepUnsafeInQuery = false; // option 8: query only
    };

    /// \a parsed (Open's URL: scheme, user info, host, port) with the path and query of \a given escaped.
    static QUrl wireUrl(const QUrl &parsed, const QString &given, const Rules &rules);
    /// One path (\a query false) or query as typed, in its escaped ASCII form.
    static QString escape(QStringView text, const Rules &rules, bool query);
    /// \a character (one code point) in \a codePage; a character the code page lacks becomes `?`, as on Windows.
    static QByteArray encode(QStringView character, int codePage);
};

} // namespace Reqscope
