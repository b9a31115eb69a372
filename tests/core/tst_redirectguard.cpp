// SPDX-License-Identifier: MIT
#include "redirectguard.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::RedirectGuard;

class tst_RedirectGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
};

void tst_RedirectGuard::check_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("hopsSoFar");
    QTest::addColumn<int>("maxHops");
    QTest::addColumn<bool>("allowHttpsToHttp");
    QTest::addColumn<bool>("follow");

    const QString http = u"http://127.0.0.1:1/a"_s;
    const QString https = u"https://localhost:1/a"_s;
    QTest::newRow("relative") << http << u"/b"_s << 0 << 10 << false << true;
    QTest::newRow("absolute") << http << u"http://127.0.0.1:2/b"_s << 0 << 10 << false << true;
    QTest::newRow("last allowed hop") << http << u"/b"_s << 9 << 10 << false << true;
    QTest::newRow("limit reached") << http << u"/b"_s << 10 << 10 << false << false;
    QTest::newRow("limit 0") << http << u"/b"_s << 0 << 0 << false << false;
    QTest::newRow("http→https") << http << u"https://localhost:1/b"_s << 0 << 10 << false << true;
    QTest::newRow("https→https") << https << u"https://localhost:2/b"_s << 0 << 10 << false << true;
    QTest::newRow("https→http refused") << https << u"http://127.0.0.1:1/b"_s << 0 << 10 << false << false;
    QTest::newRow("https→HTTP refused") << https << u"HTTP://127.0.0.1:1/b"_s << 0 << 10 << false << false;
    QTest::newRow("https→http allowed") << https << u"http://127.0.0.1:1/b"_s << 0 << 10 << true << true;
    QTest::newRow("ftp") << http << u"ftp://127.0.0.1/b"_s << 0 << 10 << true << false;
    QTest::newRow("mailto") << http << u"mailto:a@b.invalid"_s << 0 << 10 << true << false;
}

void tst_RedirectGuard::check()
{
    QFETCH(QString, from);
    QFETCH(QString, target);
    QFETCH(int, hopsSoFar);
    QFETCH(int, maxHops);
    QFETCH(bool, allowHttpsToHttp);
    QFETCH(bool, follow);

    const auto result = RedirectGuard::check(QUrl(from), QUrl(target), hopsSoFar, { maxHops, allowHttpsToHttp });
    QCOMPARE(!result.has_value(), follow);
    if (result)
        QCOMPARE(result->hex(), HResult::fromWinHttp(Reqscope::WinHttpError::RedirectFailed).hex());
}

QTEST_GUILESS_MAIN(tst_RedirectGuard)
#include "tst_redirectguard.moc"
