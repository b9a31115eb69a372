// SPDX-License-Identifier: MIT
#include "peers.h"

#include "httpbinpeer.h"
#include "nginxpeer.h"
#include "testcertificates.h"
#include "tinyproxypeer.h"

#include <QCoreApplication>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace Reqscope::Test {

namespace {

// Declared in dependency order; stopAll() resets them in reverse, so servers stop before files go.
struct SharedPeers
{
    std::unique_ptr<TestCertificates> certificates;
    std::unique_ptr<HttpbinPeer> httpbin;
    std::unique_ptr<NginxPeer> nginx;
    std::unique_ptr<NginxPeer> nginxWithHttpbin;
    std::unique_ptr<TinyproxyPeer> tinyproxy;
    std::unique_ptr<TinyproxyPeer> tinyproxyAuth;
};

SharedPeers &storage()
{
    static SharedPeers peers;
    return peers;
}

SharedPeers &shared()
{
    // QProcess needs the application object: peers live between its construction and destruction only.
    Q_ASSERT_X(QCoreApplication::instance(), "Peers", "create the QCoreApplication first");
    Q_ASSERT_X(QThread::currentThread() == QCoreApplication::instance()->thread(), "Peers", "main thread only");
    static const bool registered = [] {
        qAddPostRoutine(&Peers::stopAll);
        return true;
    }();
    Q_UNUSED(registered);
    return storage();
}

template <typename T, typename Make> T &lazily(std::unique_ptr<T> &instance, Make make)
{
    if (!instance)
        instance = make();
    return *instance;
}

} // namespace

TestCertificates &Peers::certificates()
{
    return lazily(shared().certificates, [] { return std::make_unique<TestCertificates>(); });
}

NginxPeer &Peers::nginx()
{
    return lazily(shared().nginx, [] { return std::make_unique<NginxPeer>(certificates()); });
}

NginxPeer &Peers::nginxWithHttpbin()
{
    return lazily(shared().nginxWithHttpbin, [] {
        const HttpbinPeer &upstream = httpbin();
        return std::make_unique<NginxPeer>(certificates(), upstream.isValid() ? upstream.url() : QUrl());
    });
}

HttpbinPeer &Peers::httpbin()
{
    return lazily(shared().httpbin, [] { return std::make_unique<HttpbinPeer>(); });
}

TinyproxyPeer &Peers::tinyproxy()
{
    return lazily(shared().tinyproxy, [] { return std::make_unique<TinyproxyPeer>(); });
}

TinyproxyPeer &Peers::tinyproxyAuth()
{
    return lazily(shared().tinyproxyAuth, [] { return std::make_unique<TinyproxyPeer>(proxyUser(), proxyPassword()); });
}

QString Peers::proxyUser()
{
    return u"user"_s;
}

QString Peers::proxyPassword()
{
    return u"pass"_s;
}

void Peers::stopAll()
{
    SharedPeers &peers = storage(); // also from ~QCoreApplication, via the post routine
    peers.tinyproxyAuth.reset();
    peers.tinyproxy.reset();
    peers.nginxWithHttpbin.reset();
    peers.nginx.reset();
    peers.httpbin.reset();
    peers.certificates.reset();
}

} // namespace Reqscope::Test
