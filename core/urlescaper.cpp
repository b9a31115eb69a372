// SPDX-License-Identifier: MIT
#include "urlescaper.h"

#include "responsetextdecoder.h"

#include <QStringEncoder>

#include <optional>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f');
}

bool isUnsafe(char16_t c)
{
    return c < 0x20 || c == 0x7F || QStringView(u" \"<>[\\]^`{|}").contains(QChar(c));
}

void appendEscaped(QString &out, uchar byte)
{
    static constexpr char16_t hex[] = u"0123456789ABCDEF";
    out += u'%';
    out += QChar(hex[byte >> 4]);
    out += QChar(hex[byte & 0xF]);
}

/// The encoder name of a Windows code page number; empty for UTF-8 and numbers without a known encoder.
QByteArray encoderName(int codePage)
{
    switch (codePage) {
    case 0:
        return "windows-1252"_ba;
    case 20127:
        return "US-ASCII"_ba;
    case 20866:
        return "KOI8-R"_ba;
    case 21866:
        return "KOI8-U"_ba;
    case 51932:
        return "EUC-JP"_ba;
    case 54936:
        return "GB18030"_ba;
    case 1200: // UTF-16 has no single-byte form for a URL: treated as unknown, so UTF-8
    case 1201:
    case 65001:
        return QByteArray();
    default:
        break;
    }
    if (codePage > 28590 && codePage <= 28605)
        return "ISO-8859-"_ba + QByteArray::number(codePage - 28590);
    // ICU (Qt's converter for everything beyond UTF and Latin-1) knows Windows and IBM pages as cpNNN.
    return "cp"_ba + QByteArray::number(codePage);
}

/// Windows-1252 without ICU (spec §8 note 9): the decoder's table read backwards.
std::optional<uchar> windows1252Byte(char32_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return uchar(c);
    static const QString high = [] {
        QByteArray bytes;
        for (int b = 0x80; b < 0xA0; ++b)
            bytes += char(b);
        return ResponseTextDecoder::fromWindows1252(bytes);
    }();
    const qsizetype index = c <= 0xFFFF ? high.indexOf(QChar(char16_t(c))) : -1;
    return index < 0 ? std::nullopt : std::optional<uchar>(uchar(0x80 + index));
}

} // namespace

QByteArray UrlEscaper::encode(QStringView character, int codePage)
{
    const QByteArray name = encoderName(codePage);
    if (!name.isEmpty()) {
        QStringEncoder encoder(name.constData());
        if (encoder.isValid()) {
            const QByteArray bytes = encoder(character);
            return encoder.hasError() ? "?"_ba : bytes;
        }
        if (codePage == 0 || codePage == 1252) {
            const std::optional<uchar> byte = windows1252Byte(char32_t(character.toUcs4().value(0)));
            return byte ? QByteArray(1, char(*byte)) : "?"_ba;
        }
    }
    return character.toUtf8(); // 65001, or a number no encoder knows (spec §4, option 2)
}

QString UrlEscaper::escape(QStringView text, const Rules &rules, bool query)
{
    const bool escapeUnsafe = !rules.keepUnsafe && !(query && rules.keepUnsafeInQuery);
    QString out;
    out.reserve(text.size() * 3);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%') {
            // Option 3 false: an existing escape stays one; a stray `%` cannot stay raw in QUrl anyway.
            if (!rules.escapePercent && i + 2 < text.size() && isHexDigit(text.at(i + 1))
                && isHexDigit(text.at(i + 2))) {
                out += u'%';
                out += text.at(i + 1).toUpper();
                out += text.at(i + 2).toUpper();
                i += 2;
            } else {
                out += u"%25"_s;
            }
        } else if (c.unicode() < 0x80) {
            if (escapeUnsafe && isUnsafe(c.unicode()))
                appendEscaped(out, uchar(c.unicode()));
            else
                out += c;
        } else {
            // Non-ASCII bytes are always escaped: QUrl cannot put a raw 8-bit byte on the wire.
            const qsizetype length
                = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1;
            for (const char byte : encode(text.mid(i, length), rules.codePage))
                appendEscaped(out, uchar(byte));
            i += length - 1;
        }
    }
    return out;
}

QUrl UrlEscaper::wireUrl(const QUrl &parsed, const QString &given, const Rules &rules)
{
    // The path and query come from the text as typed: QUrl has already decoded and re-escaped them.
    const QString text = given.trimmed();
    const qsizetype authority = text.indexOf(u"//"_s);
    const qsizetype pathStart = authority < 0 ? -1 : [&] {
        for (qsizetype i = authority + 2; i < text.size(); ++i) {
            if (text.at(i) == u'/' || text.at(i) == u'?' || text.at(i) == u'#')
                return i;
        }
        return text.size();
    }();
    QUrl wire = parsed;
    if (pathStart < 0)
        return wire;
    QStringView rest = QStringView(text).mid(pathStart);
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest = rest.left(hash);
    const qsizetype question = rest.indexOf(u'?');
    wire.setPath(escape(question < 0 ? rest : rest.left(question), rules, false), QUrl::TolerantMode);
    if (question < 0)
        wire.setQuery(QString());
    else
        wire.setQuery(escape(rest.mid(question + 1), rules, true), QUrl::TolerantMode);
    return wire;
}

} // namespace Reqscope
