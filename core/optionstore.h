// SPDX-License-Identifier: MIT
#pragma once

#include "winhttperror.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <optional>

namespace Reqscope {

/*!
 * The object settings behind Option get/put (spec §4): validation of every put, typed storage, defaults and
 * read-back. Option 1 (URL) is request data and stays with HttpRequest; this class refuses it like an unknown
 * id and HttpRequest checks it first.
 *
 * \code
 * OptionStore options;
 * HResult r = options.set(2, u"UTF-8"_s); // URLCodePage by name → 65001
 * QVariant value;
 * r = options.get(2, value); // 65001
 * \endcode
 */
class OptionStore
{
public:
    static constexpr int UrlOption = 1;
    static const QString defaultUserAgent;

    OptionStore();

    /// Ids 0, 2–19, 1000–1002.
    static bool isKnown(int id);
    static std::optional<int> idOf(const QString &name); // case-insensitive, optional "WinHttpRequestOption_"
    static QString nameOf(int id);
    /// How the option table of winhttp-behaviour.md §4 types an id; nullopt for unknown ids and option 1.
    enum class Kind { Bool, Int, String };
    static std::optional<Kind> kindOf(int id);

    /// S_OK, or EIA for an unknown id, a wrong kind, a null string or an out-of-range number.
    HResult set(int id, const QVariant &value);
    HResult get(int id, QVariant &out) const;

    QString userAgent() const;
    bool boolValue(int id) const;
    int intValue(int id) const;
    QString stringValue(int id) const;

private:
    QHash<int, QVariant> m_values;
};

} // namespace Reqscope
