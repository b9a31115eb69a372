// SPDX-License-Identifier: MIT
#pragma once

#include <QHostInfo>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace Reqscope {

/*!
 * The engine's own name lookup, which gives the Resolve phase its deadline (spec §3.8): QHostInfo::lookupHost,
 * or a resolver a test installs. A lookup that never completes cannot be made on loopback otherwise (the system
 * resolver answers from /etc/hosts or fails fast), so the Resolve time-out is tested through this seam.
 *
 * \code
 * HostLookup::lookup(u"example.invalid"_s, this, [](const QHostInfo &info) { ... });
 * HostLookup::setResolverForTesting([](const QString &, QObject *, HostLookup::Callback) {}); // never answers
 * \endcode
 */
class HostLookup
{
public:
    using Callback = std::function<void(const QHostInfo &)>;
    using Resolver = std::function<void(const QString &host, QObject *context, Callback done)>;

    /// Looks \a host up; \a done runs in \a context's thread, never after \a context is destroyed.
    static void lookup(const QString &host, QObject *context, Callback done);
    /// Tests only: later lookups in this process go to \a resolver; an empty one restores QHostInfo.
    static void setResolverForTesting(Resolver resolver);
};

} // namespace Reqscope
