// SPDX-License-Identifier: MIT
#include "requesturl.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Reqscope {

HResult RequestUrl::parse(const QString &text, QUrl &out)
{
    // The scheme is checked on the text itself: QUrl reads "host:8080/x" as scheme "host", and WinHTTP
    // reports a missing scheme as UNRECOGNIZED_SCHEME, not INVALID_URL (spec §3.3, Obs).
    static const QRegularExpression schemeRe(u"^\\s*([A-Za-z][A-Za-z0-9+.\\-]*):"_s);
    const QRegularExpressionMatch match = schemeRe.match(text);
    if (!match.hasMatch())
        return HResult::fromWinHttp(WinHttpError::UnrecognizedScheme);
    const QString scheme = match.captured(1).toLower();
    if (scheme != u"http" && scheme != u"https")
        return HResult::fromWinHttp(WinHttpError::UnrecognizedScheme);

    QUrl url(text.trimmed(), QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty() || url.port() == 0)
        return HResult::fromWinHttp(WinHttpError::InvalidUrl);
    // "http:host/x" parses with a host only when the authority is introduced by "//".
    if (!QStringView(text).mid(match.capturedEnd(0)).startsWith(u"//"))
        return HResult::fromWinHttp(WinHttpError::InvalidUrl);
    url.setFragment(QString());
    out = url;
    return HResult::Ok;
}

} // namespace Reqscope
