// SPDX-License-Identifier: MIT
#include "optionstore.h"

#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

struct OptionInfo
{
    int id;
    const char16_t *name;
};

// SDK spellings (WinHttpRequestOption_<name>) plus Reqscope's own ids ≥ 1000.
constexpr OptionInfo optionInfos[] = {
    { 0, u"UserAgentString" },
    { 1, u"URL" },
    { 2, u"URLCodePage" },
    { 3, u"EscapePercentInURL" },
    { 4, u"SslErrorIgnoreFlags" },
    { 5, u"SelectCertificate" },
    { 6, u"EnableRedirects" },
    { 7, u"UrlEscapeDisable" },
    { 8, u"UrlEscapeDisableQuery" },
    { 9, u"SecureProtocols" },
    { 10, u"EnableTracing" },
    { 11, u"RevertImpersonationOverSsl" },
    { 12, u"EnableHttpsToHttpRedirects" },
    { 13, u"EnablePassportAuthentication" },
    { 14, u"MaxAutomaticRedirects" },
    { 15, u"MaxResponseHeaderSize" },
    { 16, u"MaxResponseDrainSize" },
    { 17, u"EnableHttp1_1" },
    { 18, u"EnableCertificateRevocationCheck" },
    { 19, u"RejectUserpwd" },
    { 1000, u"ResponseBodyRetention" },
    { 1001, u"ExtraCaCertificates" },
    { 1002, u"ClientCertificatePassword" },
};

/// A whole number from any numeric QVariant (JSON numbers arrive as double); nullopt for other kinds.
std::optional<qint64> integerOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::ULong:
        return value.toLongLong();
    case QMetaType::ULongLong: {
        const qulonglong v = value.toULongLong();
        return v > qulonglong(std::numeric_limits<qint64>::max()) ? std::nullopt : std::optional<qint64>(qint64(v));
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double v = value.toDouble();
        if (v != v || v < -2147483648.0 || v > 4294967295.0 || double(qint64(v)) != v)
            return std::nullopt;
        return qint64(v);
    }
    default:
        return std::nullopt;
    }
}

/// Option 2 by name (spec §4): utf-8, windows-NNNN / cpNNNN, iso-8859-N, us-ascii.
std::optional<int> codePageOf(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"utf-8")
        return 65001;
    if (lower == u"us-ascii")
        return 20127;
    static const QRegularExpression numbered(u"^(?:windows-|cp)(\\d{1,5})$"_s);
    if (const QRegularExpressionMatch m = numbered.match(lower); m.hasMatch())
        return m.captured(1).toInt();
    static const QRegularExpression iso(u"^iso-8859-(\\d{1,2})$"_s);
    if (const QRegularExpressionMatch m = iso.match(lower); m.hasMatch())
        return 28590 + m.captured(1).toInt();
    return std::nullopt;
}

} // namespace

const QString OptionStore::defaultUserAgent = u"Mozilla/4.0 (compatible; Win32; WinHttp.WinHttpRequest.5)"_s;

OptionStore::OptionStore()
{
    m_values = {
        { 0, QString() }, // null: the default user agent
        { 2, 65001 },
        { 3, false },
        { 4, 0 },
        { 5, u""_s },
        { 6, true },
        { 7, false },
        { 8, false },
        { 9, 0x2A80 },
        { 10, false },
        { 11, true },
        { 12, false },
        { 13, false },
        { 14, 10 },
        { 15, 65536 },
        { 16, 1048576 },
        { 17, true },
        { 18, false },
        { 19, false },
        { 1000, 1 },
        { 1001, u""_s },
        { 1002, u""_s },
    };
}

std::optional<OptionStore::Kind> OptionStore::kindOf(int id)
{
    switch (id) {
    case 0:
    case 5:
    case 1001:
    case 1002:
        return Kind::String;
    case 2:
    case 4:
    case 9:
    case 14:
    case 15:
    case 16:
    case 1000:
        return Kind::Int;
    case 3:
    case 6:
    case 7:
    case 8:
    case 10:
    case 11:
    case 12:
    case 13:
    case 17:
    case 18:
    case 19:
        return Kind::Bool;
    default:
        return std::nullopt;
    }
}

bool OptionStore::isKnown(int id)
{
    return kindOf(id).has_value();
}

std::optional<int> OptionStore::idOf(const QString &name)
{
    QStringView view(name);
    const QLatin1StringView prefix("WinHttpRequestOption_");
    if (view.startsWith(prefix, Qt::CaseInsensitive))
        view = view.mid(prefix.size());
    for (const OptionInfo &info : optionInfos) {
        if (view.compare(QStringView(info.name), Qt::CaseInsensitive) == 0)
            return info.id;
    }
    return std::nullopt;
}

QString OptionStore::nameOf(int id)
{
    for (const OptionInfo &info : optionInfos) {
        if (info.id == id)
            return QString::fromUtf16(info.name);
    }
    return QString();
}

HResult OptionStore::set(int id, const QVariant &value)
{
    const std::optional<Kind> kind = kindOf(id);
    if (!kind)
        return HResult::InvalidArg;

    switch (*kind) {
    case Kind::Bool: {
        if (value.typeId() == QMetaType::Bool) {
            m_values[id] = value.toBool();
            return HResult::Ok;
        }
        const std::optional<qint64> number = integerOf(value);
        if (!number || *number < 0) // spec §4: a negative integer is refused for every kind
            return HResult::InvalidArg;
        m_values[id] = *number != 0;
        return HResult::Ok;
    }
    case Kind::Int: {
        std::optional<qint64> number = integerOf(value);
        if (!number && id == 2 && value.typeId() == QMetaType::QString && !value.toString().isNull()) {
            const std::optional<int> codePage = codePageOf(value.toString());
            if (codePage)
                number = *codePage;
        }
        if (!number || *number < 0 || *number > std::numeric_limits<int>::max())
            return HResult::InvalidArg;
        if ((id == 15 && *number == 0) || (id == 1000 && *number > 1))
            return HResult::InvalidArg;
        m_values[id] = int(*number);
        return HResult::Ok;
    }
    case Kind::String: {
        if (value.typeId() != QMetaType::QString || value.toString().isNull())
            return HResult::InvalidArg;
        const QString text = value.toString();
        // Option 0: "" restores the default, kept as a null string so get() can tell.
        m_values[id] = (id == 0 && text.isEmpty()) ? QString() : text;
        return HResult::Ok;
    }
    }
    return HResult::InvalidArg;
}

HResult OptionStore::get(int id, QVariant &out) const
{
    const std::optional<Kind> kind = kindOf(id);
    if (!kind)
        return HResult::InvalidArg;
    if (id == 0)
        out = userAgent();
    else if (id == 1002) // never read back (spec §4)
        out = stringValue(1002).isEmpty() ? u""_s : u"********"_s;
    else
        out = m_values.value(id);
    return HResult::Ok;
}

QString OptionStore::userAgent() const
{
    const QString value = m_values.value(0).toString();
    return value.isEmpty() ? defaultUserAgent : value;
}

bool OptionStore::boolValue(int id) const
{
    return m_values.value(id).toBool();
}

int OptionStore::intValue(int id) const
{
    return m_values.value(id).toInt();
}

QString OptionStore::stringValue(int id) const
{
    return m_values.value(id).toString();
}

} // namespace Reqscope
