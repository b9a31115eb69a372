// SPDX-License-Identifier: MIT
#include "winhttperror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::HResult;

class tst_WinHttpError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
};

void tst_WinHttpError::format_data()
{
    QTest::addColumn<qint32>("code");
    QTest::addColumn<QString>("hex");
    QTest::addColumn<int>("winHttpError");
    QTest::addColumn<QString>("description");

    QTest::newRow("ok") << qint32(HResult::Ok) << u"0x00000000"_s << 0 << u"Success"_s;
    QTest::newRow("invalidarg") << qint32(HResult::InvalidArg) << u"0x80070057"_s << 0 << u"Invalid argument"_s;
    QTest::newRow("pending") << qint32(HResult::Pending) << u"0x8000000A"_s << 0 << u"The data is not available yet"_s;
    QTest::newRow("timeout") << qint32(HResult::fromWinHttp(12002)) << u"0x80072EE2"_s << 12002
                             << u"The operation timed out"_s;
    QTest::newRow("cancelled") << qint32(HResult::fromWinHttp(12017)) << u"0x80072EF1"_s << 12017
                               << u"The operation has been canceled"_s;
    QTest::newRow("before-send") << qint32(HResult::fromWinHttp(12101)) << u"0x80072F45"_s << 12101
                                 << u"Call Send first"_s;
    QTest::newRow("invalid-response") << qint32(HResult::fromWinHttp(12152)) << u"0x80072F78"_s << 12152
                                      << u"The server returned an invalid or unrecognized response"_s;
    QTest::newRow("secure-failure") << qint32(HResult::fromWinHttp(12175)) << u"0x80072F8F"_s << 12175
                                    << u"A security error occurred"_s;
}

void tst_WinHttpError::format()
{
    QFETCH(qint32, code);
    const HResult result(code);
    QTEST(result.hex(), "hex");
    QTEST(result.winHttpError(), "winHttpError");
    QTEST(result.description(), "description");
    QCOMPARE(result.ok(), code == 0);
}

QTEST_GUILESS_MAIN(tst_WinHttpError)
#include "tst_winhttperror.moc"
