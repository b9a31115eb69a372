// SPDX-License-Identifier: MIT
#include "proxyresolver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::ProxyResolver;

class tst_ProxyResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void environmentFromProcess();
};

void tst_ProxyResolver::resolve_data()
{
    QTest::addColumn<int>("setting");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("bypass");
    QTest::addColumn<QStringList>("environment"); // http_proxy, https_proxy, no_proxy
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("proxy"); // "host:port", or empty for direct

    const QStringList none = { QString(), QString(), QString() };
    const QStringList env = { u"http://127.0.0.1:3128"_s, u"127.0.0.2:3129"_s, QString() };
    const QString http = u"http://127.0.0.1:8080/get"_s;
    const QString https = u"https://localhost:8443/get"_s;

    QTest::newRow("0: unset → direct") << 0 << QString() << QString() << none << http << QString();
    QTest::newRow("0: http_proxy URL") << 0 << QString() << QString() << env << http << u"127.0.0.1:3128"_s;
    QTest::newRow("0: https_proxy host:port") << 0 << QString() << QString() << env << https << u"127.0.0.2:3129"_s;
    QTest::newRow("0: no_proxy host") << 0 << QString() << QString()
                                      << QStringList { env[0], env[1], u"example.com, 127.0.0.1"_s } << http
                                      << QString();
    QTest::newRow("0: no_proxy .domain") << 0 << QString() << QString()
                                         << QStringList { env[0], env[1], u".example.com"_s }
                                         << u"http://a.example.com/"_s << QString();
    QTest::newRow("0: no_proxy domain suffix")
        << 0 << QString() << QString() << QStringList { env[0], env[1], u"example.com"_s }
        << u"http://a.b.EXAMPLE.com/"_s << QString();
    QTest::newRow("0: no_proxy other domain")
        << 0 << QString() << QString() << QStringList { env[0], env[1], u"example.com"_s }
        << u"http://notexample.com/"_s << u"127.0.0.1:3128"_s;
    QTest::newRow("0: no_proxy *") << 0 << QString() << QString() << QStringList { env[0], env[1], u"*"_s } << http
                                   << QString();
    QTest::newRow("1: direct despite everything") << 1 << u"127.0.0.1:1"_s << QString() << env << http << QString();
    QTest::newRow("2: host:port") << 2 << u"127.0.0.1:8888"_s << QString() << env << http << u"127.0.0.1:8888"_s;
    QTest::newRow("2: port 80 by default") << 2 << u"127.0.0.1"_s << QString() << none << https << u"127.0.0.1:80"_s;
    QTest::newRow("2: per scheme, http") << 2 << u"http=127.0.0.1:1;https=127.0.0.1:2"_s << QString() << none << http
                                         << u"127.0.0.1:1"_s;
    QTest::newRow("2: per scheme, https")
        << 2 << u"http=127.0.0.1:1;https=127.0.0.1:2"_s << QString() << none << https << u"127.0.0.1:2"_s;
    QTest::newRow("2: scheme without entry") << 2 << u"http=127.0.0.1:1"_s << QString() << none << https << QString();
    QTest::newRow("2: empty server") << 2 << QString() << QString() << env << http << QString();
    QTest::newRow("2: unparsable server") << 2 << u"::not a server::"_s << QString() << env << http << QString();
    QTest::newRow("2: bypass exact") << 2 << u"127.0.0.1:8888"_s << u"127.0.0.1"_s << none << http << QString();
    QTest::newRow("2: bypass wildcard") << 2 << u"127.0.0.1:8888"_s << u"foo; *.Example.com "_s << none
                                        << u"http://a.example.com/"_s << QString();
    QTest::newRow("2: bypass wildcard miss")
        << 2 << u"127.0.0.1:8888"_s << u"*.example.com"_s << none << u"http://example.org/"_s << u"127.0.0.1:8888"_s;
    QTest::newRow("2: <local> dotless") << 2 << u"127.0.0.1:8888"_s << u"<local>"_s << none << https << QString();
    QTest::newRow("2: <local> dotted") << 2 << u"127.0.0.1:8888"_s << u"<local>"_s << none << http
                                       << u"127.0.0.1:8888"_s;
}

void tst_ProxyResolver::resolve()
{
    QFETCH(int, setting);
    QFETCH(QString, server);
    QFETCH(QString, bypass);
    QFETCH(QStringList, environment);
    QFETCH(QString, target);
    QFETCH(QString, proxy);

    const ProxyResolver::Environment variables { environment[0], environment[1], environment[2] };
    const QNetworkProxy result = ProxyResolver::resolve(setting, server, bypass, variables, QUrl(target));
    if (proxy.isEmpty()) {
        QCOMPARE(result.type(), QNetworkProxy::NoProxy);
    } else {
        QCOMPARE(result.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(u"%1:%2"_s.arg(result.hostName()).arg(result.port()), proxy);
    }
}

void tst_ProxyResolver::environmentFromProcess()
{
    const QByteArray saved = qgetenv("http_proxy");
    const bool had = qEnvironmentVariableIsSet("http_proxy");
    qputenv("http_proxy", "http://127.0.0.1:3999");
    const ProxyResolver::Environment read = ProxyResolver::Environment::fromProcess();
    if (had)
        qputenv("http_proxy", saved);
    else
        qunsetenv("http_proxy");
    QCOMPARE(read.httpProxy, u"http://127.0.0.1:3999"_s);
}

QTEST_GUILESS_MAIN(tst_ProxyResolver)
#include "tst_proxyresolver.moc"
