// SPDX-License-Identifier: MIT
#pragma once

#include "winhttperror.h"

#include <QUrl>

#include <optional>

namespace Reqscope {

/*!
 * Spec §5 "Redirects": whether one more hop may be followed. Reqscope's own checks under QNAM's
 * UserVerifiedRedirectPolicy (spec §8 note 5): the hop limit (option 14), https→http without option 12, and
 * targets that are not http(s). A failure is always 0x80072F7C.
 *
 * \code
 * RedirectGuard::Rules rules { 10, false };
 * if (const auto failure = RedirectGuard::check(current, target, hopsSoFar, rules))
 *     fail(*failure);
 * \endcode
 */
class RedirectGuard
{
public:
    struct Rules
    {
        int maxHops = 10; // option 14; 0: the first redirect fails
        bool allowHttpsToHttp = false; // option 12
    };

    /// nullopt: follow the hop from \a from to \a target (relative targets resolve against \a from);
    /// \a hopsSoFar is the number of hops already followed.
    [[nodiscard]] static std::optional<HResult> check(
        const QUrl &from, const QUrl &target, int hopsSoFar, const Rules &rules);
};

} // namespace Reqscope
