// SPDX-License-Identifier: MIT
#include "hresultname.h"
#include "winhttperror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::hresultName;

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
    QTest::addColumn<QString>("name");

    QTest::newRow("ok") << qint32(HResult::Ok) << u"0x00000000"_s << 0 << u"Success"_s << u"S_OK"_s;
    QTest::newRow("invalidarg") << qint32(HResult::InvalidArg) << u"0x80070057"_s << 0 << u"Invalid argument"_s
                                << u"E_INVALIDARG"_s;
    QTest::newRow("pending") << qint32(HResult::Pending) << u"0x8000000A"_s << 0 << u"The data is not available yet"_s
                             << u"E_PENDING"_s;
    QTest::newRow("timeout") << qint32(HResult::fromWinHttp(12002)) << u"0x80072EE2"_s << 12002
                             << u"The operation timed out"_s << u"ERROR_WINHTTP_TIMEOUT"_s;
    QTest::newRow("cancelled") << qint32(HResult::fromWinHttp(12017)) << u"0x80072EF1"_s << 12017
                               << u"The operation has been canceled"_s << u"ERROR_WINHTTP_OPERATION_CANCELLED"_s;
    QTest::newRow("before-send") << qint32(HResult::fromWinHttp(12101)) << u"0x80072F45"_s << 12101
                                 << u"Call Send first"_s << u"ERROR_WINHTTP_CANNOT_CALL_BEFORE_SEND"_s;
    QTest::newRow("invalid-response") << qint32(HResult::fromWinHttp(12152)) << u"0x80072F78"_s << 12152
                                      << u"The server returned an invalid or unrecognized response"_s
                                      << u"ERROR_WINHTTP_INVALID_SERVER_RESPONSE"_s;
    QTest::newRow("secure-failure") << qint32(HResult::fromWinHttp(12175)) << u"0x80072F8F"_s << 12175
                                    << u"A security error occurred"_s << u"ERROR_WINHTTP_SECURE_FAILURE"_s;
    QTest::newRow("unknown") << qint32(HResult::fromWinHttp(12999)) << u"0x800732C7"_s << 12999
                             << u"WinHTTP error 12999"_s << u"0x800732C7"_s;
}

void tst_WinHttpError::format()
{
    QFETCH(qint32, code);
    const HResult result(code);
    QTEST(result.hex(), "hex");
    QTEST(result.winHttpError(), "winHttpError");
    QTEST(result.description(), "description");
    QTEST(hresultName(result), "name");
    QCOMPARE(result.ok(), code == 0);
}

QTEST_GUILESS_MAIN(tst_WinHttpError)
#include "tst_winhttperror.moc"
