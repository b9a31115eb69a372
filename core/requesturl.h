// SPDX-License-Identifier: MIT
#pragma once

#include "winhttperror.h"

#include <QString>
#include <QUrl>

namespace Reqscope {

/*!
 * Open's URL rules (spec §3.3): tolerant parsing (unsafe characters are escaped at Send), http/https only,
 * fragment dropped. No network activity.
 *
 * \code
 * QUrl url;
 * if (const HResult r = RequestUrl::parse(u"http://127.0.0.1:8080/a b#top"_s, url); !r.ok())
 *     return r; // 0x80072EE6 no/unknown scheme, 0x80072EE5 unparseable, empty host, bad port
 * \endcode
 */
class RequestUrl
{
public:
    /// S_OK and the parsed URL in \a out, or 12006 / 12005 (out untouched).
    static HResult parse(const QString &text, QUrl &out);
};

} // namespace Reqscope
