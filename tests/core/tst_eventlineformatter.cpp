// SPDX-License-Identifier: MIT
#include "eventlineformatter.h"
#include "winhttperror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

/// The event lines `script` (cli.md §2.2) and `send --trace` (§3) share, byte for byte.
class tst_EventLineFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
};

void tst_EventLineFormatter::lines_data()
{
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("expected");

    auto timed = [](JsonLine line, double ms) {
        EventLineFormatter::addTime(line, ms);
        return line.toJson();
    };
    QTest::newRow("start") << timed(EventLineFormatter::responseStarted(200, u"text/html"_s), 12.44)
                           << R"({"event":"OnResponseStart","status":200,"contentType":"text/html","t_ms":12.4})"_ba;
    QTest::newRow("start-no-type") << timed(EventLineFormatter::responseStarted(204, QString()), 0.0)
                                   << R"({"event":"OnResponseStart","status":204,"contentType":"","t_ms":0.0})"_ba;
    QTest::newRow("data") << timed(EventLineFormatter::responseDataAvailable(16384, 32768), 13.05)
                          << R"({"event":"OnResponseDataAvailable","size":16384,"total":32768,"t_ms":13.1})"_ba;
    QTest::newRow("finished") << timed(EventLineFormatter::responseFinished(1048576), 40.2)
                              << R"({"event":"OnResponseFinished","total":1048576,"t_ms":40.2})"_ba;
    QTest::newRow("error-winhttp")
        << timed(EventLineFormatter::errorOccurred(qint32(0x80072EE2), u"The operation timed out"_s), 30001.0)
        << R"({"event":"OnError","errorNumber":-2147012894,"hresult":"0x80072EE2","error":12002,"description":"The operation timed out","t_ms":30001.0})"_ba;
    QTest::newRow("error-no-winhttp-code")
        << timed(EventLineFormatter::errorOccurred(HResult::InvalidArg, u"Invalid argument"_s), 1.0)
        << R"({"event":"OnError","errorNumber":-2147024809,"hresult":"0x80070057","description":"Invalid argument","t_ms":1.0})"_ba;
    QTest::newRow("untimed") << EventLineFormatter::responseFinished(0).toJson()
                             << R"({"event":"OnResponseFinished","total":0})"_ba;
}

void tst_EventLineFormatter::lines()
{
    QFETCH(QByteArray, actual);
    QTEST(actual, "expected");
}

QTEST_GUILESS_MAIN(tst_EventLineFormatter)
#include "tst_eventlineformatter.moc"
