// SPDX-License-Identifier: MIT
#include "bodyview.h"
#include "responsebodystore.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::BodyView;
using Reqscope::ResponseBodyStore;

class tst_BodyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void prettyFormats_data();
    void prettyFormats();
    void prettyRefusesLargeBodies();
    void rawWindowAndLoadMore();
    void suggestedView_data();
    void suggestedView();
    void savesTheWholeSpilledBody();

private:
    static std::shared_ptr<ResponseBodyStore> storeWith(const QByteArray &bytes, qint64 memoryLimit = 1 << 20);
};

void tst_BodyView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::shared_ptr<ResponseBodyStore> tst_BodyView::storeWith(const QByteArray &bytes, qint64 memoryLimit)
{
    auto store = std::make_shared<ResponseBodyStore>(memoryLimit);
    for (qsizetype i = 0; i < bytes.size(); i += 7000) // arbitrary chunking, as the network would
        store->append(bytes.mid(i, 7000));
    store->finish();
    return store;
}

void tst_BodyView::prettyFormats_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // a line of the formatted text

    QTest::newRow("json") << u"application/json"_s << R"({"a":{"b":[1,2]}})"_ba << u"        \"b\": ["_s;
    QTest::newRow("json-untyped") << QString() << R"([{"k":"v"}])"_ba << u"        \"k\": \"v\""_s;
    QTest::newRow("xml") << u"application/xml; charset=utf-8"_s << "<a><b>t</b></a>"_ba << u"    <b>t</b>"_s;
}

void tst_BodyView::prettyFormats()
{
    QFETCH(QString, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    BodyView view;
    view.setStore(storeWith(body));
    view.setContentType(contentType);
    QSignalSpy ready(&view, &BodyView::prettyReady);
    view.refresh(true); // complete and small: opens in Pretty, formatted on a worker
    QCOMPARE(view.mode(), BodyView::Mode::Pretty);
    QVERIFY(ready.wait());
    QVERIFY2(view.prettyText().split(u'\n').contains(expected), qPrintable(view.prettyText()));
    QCOMPARE(view.rawText(), QString::fromUtf8(body));
}

void tst_BodyView::prettyRefusesLargeBodies()
{
    BodyView view;
    QByteArray big = "[" + QByteArray(BodyView::prettyLimitBytes, ' ') + "]";
    view.setStore(storeWith(big, 64 * 1024));
    view.setContentType(u"application/json"_s);
    view.refresh(true);
    QCOMPARE(view.mode(), BodyView::Mode::Raw); // too big to open formatted
    view.setMode(BodyView::Mode::Pretty);
    QVERIFY(!view.isFormatting());
    QCOMPARE(view.shownBytes(), BodyView::rawWindowBytes);
}

void tst_BodyView::rawWindowAndLoadMore()
{
    BodyView view;
    const QByteArray body(3 * BodyView::rawWindowBytes + 10, 'x');
    auto store = std::make_shared<ResponseBodyStore>(1 << 20);
    view.setStore(store);
    store->append(body.left(1000));
    view.refresh(false);
    QCOMPARE(view.shownBytes(), 1000); // grows while the window is not full
    store->append(body.mid(1000));
    view.refresh(false);
    QVERIFY(view.shownBytes() < BodyView::rawWindowBytes); // in steps, so one update stays short
    for (int i = 0; i < 10; ++i)
        view.refresh(false);
    QCOMPARE(view.shownBytes(), BodyView::rawWindowBytes); // …and stops at the window
    auto *more = view.findChild<QPushButton *>();
    QVERIFY(more);
    QCOMPARE(more->text(), u"Load more"_s);
    view.loadMore();
    QCOMPARE(view.shownBytes(), 2 * BodyView::rawWindowBytes);
    // One 512 KiB line is shown broken into lines of 2000 characters.
    QCOMPARE(view.rawText().remove(u'\n').size(), 2 * BodyView::rawWindowBytes);
    QCOMPARE(view.rawText().section(u'\n', 0, 0).size(), 2000);
}

void tst_BodyView::suggestedView_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("mode");

    QTest::newRow("text") << u"text/plain"_s << "hello\nworld\n"_ba << int(BodyView::Mode::Raw);
    QTest::newRow("binary") << u"application/octet-stream"_s << QByteArray(4096, '\0') << int(BodyView::Mode::Hex);
    QTest::newRow("png") << u"image/png"_s << "\x89PNG\r\n\x1a\n"_ba << int(BodyView::Mode::Image);
    QTest::newRow("json") << u"application/json"_s << "{}"_ba << int(BodyView::Mode::Pretty);
}

void tst_BodyView::suggestedView()
{
    QFETCH(QString, contentType);
    QFETCH(QByteArray, body);
    BodyView view;
    view.setStore(storeWith(body));
    view.setContentType(contentType);
    view.refresh(true);
    QTEST(int(view.mode()), "mode");
    view.setStore(std::make_shared<ResponseBodyStore>()); // the next response starts in Raw again
    QCOMPARE(view.mode(), BodyView::Mode::Raw);
}

void tst_BodyView::savesTheWholeSpilledBody()
{
    QByteArray body;
    for (int i = 0; i < 300000; ++i)
        body += QByteArray::number(i) + '\n';
    auto store = storeWith(body, 100 * 1024);
    QVERIFY(store->isSpilled());
    QTemporaryDir dir;
    QString error;
    QVERIFY(store->saveTo(dir.filePath(u"body.txt"_s), &error));
    QFile saved(dir.filePath(u"body.txt"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), body);
    QCOMPARE(store->read(body.size() - 7, 100), body.right(7));
}

QTEST_MAIN(tst_BodyView)
#include "tst_bodyview.moc"
