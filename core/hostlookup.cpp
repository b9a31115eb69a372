// SPDX-License-Identifier: MIT
#include "hostlookup.h"

#include <QObject>

namespace Reqscope {

namespace {

HostLookup::Resolver &testResolver()
{
    static HostLookup::Resolver resolver;
    return resolver;
}

} // namespace

void HostLookup::lookup(const QString &host, QObject *context, Callback done)
{
    if (const Resolver &resolver = testResolver()) {
        resolver(host, context, std::move(done));
        return;
    }
    QHostInfo::lookupHost(host, context, std::move(done));
}

void HostLookup::setResolverForTesting(Resolver resolver)
{
    testResolver() = std::move(resolver);
}

} // namespace Reqscope
