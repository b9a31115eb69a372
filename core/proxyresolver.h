// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkProxy>
#include <QString>
#include <QUrl>

namespace Reqscope {

/*!
 * SetProxy (spec §3.9) as a pure function: which proxy, if any, carries a request to \a target. Setting 0 reads
 * the environment given (ProxyResolver::Environment::fromProcess() at each Send), 1 is direct, 2 the explicit
 * server and bypass list. The result is an HttpProxy (https targets go through CONNECT) or NoProxy.
 *
 * \code
 * const QNetworkProxy proxy = ProxyResolver::resolve(2, u"127.0.0.1:8888"_s, u"<local>;*.example.com"_s,
 *     ProxyResolver::Environment(), QUrl(u"http://127.0.0.1/get"_s)); // HttpProxy 127.0.0.1:8888
 * \endcode
 */
class ProxyResolver
{
public:
    struct Environment
    {
        QString httpProxy; // http_proxy
        QString httpsProxy; // https_proxy
        QString noProxy; // no_proxy
        /// The variables of this process (lower-case names first, then upper-case), read now.
        static Environment fromProcess();
    };

    static QNetworkProxy resolve(
        int setting, const QString &server, const QString &bypass, const Environment &environment, const QUrl &target);

    /// "host:port", "http://host:port" or "host" (port 80) as a proxy; NoProxy when empty or unparsable.
    static QNetworkProxy parseServer(const QString &text);
    /// A no_proxy list: comma-separated host names or domain suffixes (".example.com"), `*` = all.
    static bool matchesNoProxy(const QString &list, const QString &host);
    /// A SetProxy bypass list: `;`-separated, `*` wildcards, `<local>` = a host name without a dot.
    static bool matchesBypass(const QString &list, const QString &host);
};

} // namespace Reqscope
