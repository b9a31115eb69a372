// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Reqscope::Test {

class HttpbinPeer;
class NginxPeer;
class TestCertificates;
class TinyproxyPeer;

/*!
 * The peers a test binary shares: each is started on first use, at most once per process, and stopped when the
 * QCoreApplication is destroyed (a post routine), so no server outlives the test. A peer that could not start
 * stays invalid; the test fails with its problem(), which names the package to install.
 *
 * \code
 * NginxPeer &nginx = Peers::nginx();
 * QVERIFY2(nginx.isValid(), qPrintable(nginx.problem()));
 * \endcode
 */
class Peers
{
public:
    Peers() = delete;

    /// The throwaway PKI behind every TLS endpoint.
    static TestCertificates &certificates();
    /// nginx with every endpoint except HttpbinTls.
    static NginxPeer &nginx();
    /// A second nginx whose HttpbinTls endpoint fronts httpbin() (starts httpbin too).
    static NginxPeer &nginxWithHttpbin();
    static HttpbinPeer &httpbin();
    /// tinyproxy without authentication.
    static TinyproxyPeer &tinyproxy();
    /// tinyproxy requiring Basic proxy authentication as proxyUser() / proxyPassword().
    static TinyproxyPeer &tinyproxyAuth();
    static QString proxyUser(); // "user"
    static QString proxyPassword(); // "pass"

    /// Stops every shared peer now; runs by itself when the QCoreApplication is destroyed.
    static void stopAll();
};

} // namespace Reqscope::Test
