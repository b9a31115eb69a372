// SPDX-License-Identifier: MIT
#include "playgroundcharset.h"

#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

// windows-1252 bytes 0x80–0x9F; 0 marks the five undefined ones. Everything else is ISO-8859-1.
constexpr char16_t cp1252High[32] = {
    0x20AC,
    0,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0,
    0x017D,
    0,
    0,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0,
    0x017E,
    0x0178,
};

QByteArray toWindows1252(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        if (c.unicode() < 0x80 || (c.unicode() >= 0xA0 && c.unicode() <= 0xFF)) {
            bytes.append(char(c.unicode()));
            continue;
        }
        for (int i = 0; i < 32; ++i) {
            if (cp1252High[i] == c.unicode())
                bytes.append(char(0x80 + i));
        }
    }
    return bytes;
}

// Qt 6.4's QStringEncoder has no Shift_JIS, so its one fixed sample is stored encoded (checked against iconv).
const QByteArray &shiftJisSample()
{
    static const QByteArray bytes = QByteArray::fromHex("93fa967b8cea82cc8365834c835883678146b6c0b6c582c68abf8e9a");
    return bytes;
}

} // namespace

QStringList PlaygroundCharset::names()
{
    return { u"utf-8"_s, u"iso-8859-1"_s, u"windows-1252"_s, u"utf-16le"_s, u"utf-16be"_s, u"shift_jis"_s };
}

QString PlaygroundCharset::canonicalName(const QString &name)
{
    const QString lower = name.toLower();
    if (names().contains(lower))
        return lower;
    if (lower == "utf8"_L1)
        return u"utf-8"_s;
    if (lower == "latin1"_L1)
        return u"iso-8859-1"_s;
    if (lower == "cp1252"_L1)
        return u"windows-1252"_s;
    if (lower == "sjis"_L1)
        return u"shift_jis"_s;
    return QString();
}

QString PlaygroundCharset::sampleText(const QString &name)
{
    const QString canonical = canonicalName(name);
    if (canonical == "iso-8859-1"_L1)
        return u"Grüße, naïve café « déjà vu » ½"_s;
    if (canonical == "windows-1252"_L1)
        return u"Grüße, naïve café — €"_s;
    if (canonical == "shift_jis"_L1)
        return u"日本語のテキスト：ｶﾀｶﾅと漢字"_s;
    if (!canonical.isNull())
        return u"Grüße, naïve café — € ✓ 日本語 😀"_s; // the Unicode encodings
    return QString();
}

QByteArray PlaygroundCharset::byteOrderMark(const QString &name)
{
    const QString canonical = canonicalName(name);
    if (canonical == "utf-8"_L1)
        return "\xEF\xBB\xBF"_ba;
    if (canonical == "utf-16le"_L1)
        return "\xFF\xFE"_ba;
    if (canonical == "utf-16be"_L1)
        return "\xFE\xFF"_ba;
    return QByteArray();
}

std::optional<QByteArray> PlaygroundCharset::encodedSample(const QString &name, bool withBom)
{
    const QString canonical = canonicalName(name);
    const QString text = sampleText(canonical);
    QByteArray bytes;
    if (canonical == "utf-8"_L1)
        bytes = text.toUtf8();
    else if (canonical == "iso-8859-1"_L1)
        bytes = text.toLatin1();
    else if (canonical == "windows-1252"_L1)
        bytes = toWindows1252(text);
    else if (canonical == "utf-16le"_L1)
        bytes = QStringEncoder(QStringEncoder::Utf16LE).encode(text);
    else if (canonical == "utf-16be"_L1)
        bytes = QStringEncoder(QStringEncoder::Utf16BE).encode(text);
    else if (canonical == "shift_jis"_L1)
        bytes = shiftJisSample();
    else
        return std::nullopt;
    return withBom ? byteOrderMark(canonical) + bytes : bytes;
}

} // namespace Reqscope
