// SPDX-License-Identifier: MIT
#include "responsetextdecoder.h"

#include <QList>
#include <QStringDecoder>

#include <optional>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

// Windows-1252 0x80–0x9F; the five unassigned bytes map to the C1 control of the same value (spec §3.7).
constexpr char16_t windows1252High[32] = {
    0x20AC,
    0x0081,
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
    0x008D,
    0x017D,
    0x008F,
    0x0090,
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
    0x009D,
    0x017E,
    0x0178,
};

// The body is complete: a sequence cut off at its end is invalid (U+FFFD), not state for a next call.
constexpr QStringConverter::Flags stateless = QStringConverter::Flag::Stateless;

bool isWindows1252Name(const QString &name)
{
    return name.compare(u"windows-1252"_s, Qt::CaseInsensitive) == 0
        || name.compare(u"cp1252"_s, Qt::CaseInsensitive) == 0 || name.compare(u"x-cp1252"_s, Qt::CaseInsensitive) == 0;
}

std::optional<QString> decodeWithBom(const QByteArray &body)
{
    if (body.startsWith("\xEF\xBB\xBF"_ba))
        return QStringDecoder(QStringConverter::Utf8, stateless)(body.mid(3));
    if (body.startsWith("\xFF\xFE"_ba))
        return QStringDecoder(QStringConverter::Utf16LE, stateless)(body.mid(2));
    if (body.startsWith("\xFE\xFF"_ba))
        return QStringDecoder(QStringConverter::Utf16BE, stateless)(body.mid(2));
    return std::nullopt;
}

} // namespace

QString ResponseTextDecoder::charsetOf(const QString &contentType)
{
    const QList<QStringView> parts = QStringView(contentType).split(u';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView part = parts.at(i).trimmed();
        const qsizetype equals = part.indexOf(u'=');
        if (equals < 0 || part.left(equals).trimmed().compare(u"charset", Qt::CaseInsensitive) != 0)
            continue;
        QStringView value = part.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2).trimmed();
        return value.toString();
    }
    return QString();
}

QString ResponseTextDecoder::fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte < 0xA0) ? windows1252High[byte - 0x80] : char16_t(byte);
    }
    return text;
}

QString ResponseTextDecoder::decode(const QByteArray &body, const QString &contentType)
{
    if (body.isEmpty())
        return u""_s; // empty, not null

    // 1. A charset the decoder knows wins; QStringDecoder's default flags drop that encoding's own BOM.
    const QString charset = charsetOf(contentType);
    if (!charset.isEmpty()) {
        if (isWindows1252Name(charset))
            return fromWindows1252(body);
        const QByteArray name = charset.toLatin1();
        QStringDecoder decoder(name.constData(), stateless);
        if (decoder.isValid())
            return decoder(body);
    }
    // 2. A byte-order mark.
    if (std::optional<QString> text = decodeWithBom(body))
        return *text;
    // 3. Valid UTF-8.
    QStringDecoder utf8(QStringConverter::Utf8, stateless);
    QString text = utf8(body);
    if (!utf8.hasError())
        return text;
    // 4. Windows-1252.
    return fromWindows1252(body);
}

} // namespace Reqscope
