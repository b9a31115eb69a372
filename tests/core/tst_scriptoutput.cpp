// SPDX-License-Identifier: MIT
#include "scriptoutput.h"
#include "scriptstep.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_ScriptOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void result_data();
    void result();
    void events();
};

void tst_ScriptOutput::result_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("in");
    QTest::addColumn<qint32>("hresult");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("line");

    QTest::newRow("ok") << u"0"_s << QString() << qint32(HResult::Ok) << QByteArray()
                        << R"({"step":0,"ok":true,"hresult":"0x00000000"})"_ba;
    QTest::newRow("ok-value") << u"12"_s << QString() << qint32(HResult::Ok) << "200"_ba
                              << R"({"step":12,"ok":true,"hresult":"0x00000000","value":200})"_ba;
    QTest::newRow("winhttp-error")
        << u"4"_s << QString() << qint32(HResult::fromWinHttp(12101)) << "1"_ba
        << R"({"step":4,"ok":false,"hresult":"0x80072F45","error":12101,"description":"Call Send first"})"_ba;
    // E_INVALIDARG is 0x8007xxxx by its bits, but 87 is no WinHTTP code: no "error".
    QTest::newRow("invalid-arg")
        << u"1"_s << QString() << qint32(HResult::InvalidArg) << QByteArray()
        << R"({"step":1,"ok":false,"hresult":"0x80070057","description":"Invalid argument"})"_ba;
    QTest::newRow("pending")
        << u"1"_s << QString() << qint32(HResult::Pending) << QByteArray()
        << R"({"step":1,"ok":false,"hresult":"0x8000000A","description":"The data is not available yet"})"_ba;
    QTest::newRow("nested") << u"2.0"_s << u"OnResponseStart"_s << qint32(HResult::Ok) << QByteArray()
                            << R"({"step":"2.0","in":"OnResponseStart","ok":true,"hresult":"0x00000000"})"_ba;
}

void tst_ScriptOutput::result()
{
    QFETCH(QString, label);
    QFETCH(QString, in);
    QFETCH(qint32, hresult);
    QFETCH(QByteArray, value);
    ScriptStep step;
    step.label = label;
    JsonLine line = ScriptOutput::stepLine(step, in);
    ScriptOutput::addResult(line, hresult, value);
    QTEST(line.toJson(), "line");
}

void tst_ScriptOutput::events()
{
    QList<QByteArray> lines;
    ScriptOutput output([&lines](const QByteArray &line) { lines.append(line); });
    output.start();
    output.responseStarted(200, u"text/html; charset=utf-8"_s);
    output.responseStarted(204, QString());
    output.responseDataAvailable(16384, 16384);
    output.responseFinished(1048576);
    output.errorOccurred(qint32(0x80072EE2), u"The operation timed out"_s);
    output.errorOccurred(HResult::InvalidArg, u"Invalid argument"_s);
    output.done(4);

    static const QRegularExpression time(uR"("t_ms":\d+\.\d})"_s);
    QStringList masked;
    for (const QByteArray &line : std::as_const(lines)) {
        QString text = QString::fromUtf8(line);
        QVERIFY2(text.contains(time), qPrintable(text)); // t_ms last, one decimal
        masked.append(text.replace(time, uR"("t_ms":T})"_s));
    }
    const QStringList expected = {
        uR"({"event":"OnResponseStart","status":200,"contentType":"text/html; charset=utf-8","t_ms":T})"_s,
        uR"({"event":"OnResponseStart","status":204,"contentType":"","t_ms":T})"_s,
        uR"({"event":"OnResponseDataAvailable","size":16384,"total":16384,"t_ms":T})"_s,
        uR"({"event":"OnResponseFinished","total":1048576,"t_ms":T})"_s,
        uR"({"event":"OnError","errorNumber":-2147012894,"hresult":"0x80072EE2","error":12002,"description":"The operation timed out","t_ms":T})"_s,
        uR"({"event":"OnError","errorNumber":-2147024809,"hresult":"0x80070057","description":"Invalid argument","t_ms":T})"_s,
        uR"({"done":true,"steps":4,"t_ms":T})"_s,
    };
    QCOMPARE(masked, expected);
}

QTEST_GUILESS_MAIN(tst_ScriptOutput)
#include "tst_scriptoutput.moc"
