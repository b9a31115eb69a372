// SPDX-License-Identifier: MIT
#include "redirectguard.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

std::optional<HResult> RedirectGuard::check(const QUrl &from, const QUrl &target, int hopsSoFar, const Rules &rules)
{
    const HResult failed = HResult::fromWinHttp(WinHttpError::RedirectFailed);
    if (hopsSoFar >= rules.maxHops)
        return failed;
    const QUrl resolved = from.resolved(target);
    if (!resolved.isValid() || resolved.host().isEmpty())
        return failed;
    const QString scheme = resolved.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return failed;
    if (!rules.allowHttpsToHttp && from.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 && scheme == u"http")
        return failed;
    return std::nullopt;
}

} // namespace Reqscope
