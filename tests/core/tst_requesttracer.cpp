// SPDX-License-Identifier: MIT
#include "requesttracer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_RequestTracer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masked_data();
    void masked();
};

void tst_RequestTracer::masked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("traced");

    QTest::newRow("authorization keeps its scheme")
        << u"Authorization"_s << u"Basic YWxpY2U6cHc="_s << u"Basic ********"_s;
    QTest::newRow("proxy-authorization") << u"proxy-authorization"_s << u"Bearer abc"_s << u"Bearer ********"_s;
    QTest::newRow("authorization without scheme") << u"Authorization"_s << u"abc"_s << u"********"_s;
    QTest::newRow("cookie") << u"Cookie"_s << u"sid=1; theme=dark"_s << u"********"_s;
    QTest::newRow("set-cookie") << u"Set-Cookie"_s << u"sid=1; Path=/"_s << u"********"_s;
    // Redactor's list: API keys and tokens under their own header names are hidden too.
    QTest::newRow("x-api-key") << u"X-Api-Key"_s << u"k_live_1"_s << u"********"_s;
    QTest::newRow("x-auth-token") << u"X-Auth-Token"_s << u"t"_s << u"********"_s;
    QTest::newRow("accept") << u"Accept"_s << u"*/*"_s << u"*/*"_s;
    QTest::newRow("www-authenticate") << u"WWW-Authenticate"_s << u"Basic realm=\"x\""_s << u"Basic realm=\"x\""_s;
}

void tst_RequestTracer::masked()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QTEST(RequestTracer::masked(name, value), "traced");
}

QTEST_GUILESS_MAIN(tst_RequestTracer)
#include "tst_requesttracer.moc"
