// SPDX-License-Identifier: MIT
#include "historymodel.h"
#include "historypanel.h"
#include "historysettingsdialog.h"
#include "historystore.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_HistorySettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaults();
    void savedAndRestored_data();
    void savedAndRestored();
    void acceptedLimitsPruneTheStore_data();
    void acceptedLimitsPruneTheStore();
};

void tst_HistorySettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_HistorySettingsDialog::init()
{
    QSettings().clear();
}

void tst_HistorySettingsDialog::defaults()
{
    const HistoryLimits defaults;
    QCOMPARE(HistorySettingsDialog::savedLimits().maxEntries, defaults.maxEntries);
    QCOMPARE(HistorySettingsDialog::savedLimits().maxBytes, defaults.maxBytes);
    HistorySettingsDialog dialog;
    QCOMPARE(dialog.entriesField()->value(), defaults.maxEntries);
    QCOMPARE(dialog.megabytesField()->value(), int(defaults.maxBytes / (1024 * 1024)));
}

void tst_HistorySettingsDialog::savedAndRestored_data()
{
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("megabytes");
    QTest::newRow("small") << 10 << 1;
    QTest::newRow("large") << 200000 << 2048;
}

void tst_HistorySettingsDialog::savedAndRestored()
{
    QFETCH(int, entries);
    QFETCH(int, megabytes);
    HistorySettingsDialog dialog;
    dialog.entriesField()->setValue(entries);
    dialog.megabytesField()->setValue(megabytes);
    HistorySettingsDialog::saveLimits(dialog.limits());
    QCOMPARE(QSettings().value(u"history/maxEntries"_s).toInt(), entries);
    const HistoryLimits read = HistorySettingsDialog::savedLimits();
    QCOMPARE(read.maxEntries, entries);
    QCOMPARE(read.maxBytes, qint64(megabytes) * 1024 * 1024);
    HistorySettingsDialog again;
    QCOMPARE(again.entriesField()->value(), entries);
    QCOMPARE(again.megabytesField()->value(), megabytes);
}

void tst_HistorySettingsDialog::acceptedLimitsPruneTheStore_data()
{
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("megabytes");
    QTest::addColumn<int>("left");
    QTest::newRow("count") << 3 << 64 << 3;
    QTest::newRow("size") << 1000 << 1 << 2; // each row holds a 400 KiB body prefix
    QTest::newRow("roomy") << 1000 << 64 << 6;
}

void tst_HistorySettingsDialog::acceptedLimitsPruneTheStore()
{
    QFETCH(int, entries);
    QFETCH(int, megabytes);
    QFETCH(int, left);
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(u"h.sqlite"_s));
    QVERIFY(store.open());
    HistoryLimits big;
    big.bodyPrefixBytes = 512 * 1024;
    store.setLimits(big);
    HistoryPanel panel;
    panel.setStore(&store);
    for (int i = 0; i < 6; ++i) {
        HistoryEntry e;
        e.method = u"GET"_s;
        e.url = u"http://127.0.0.1/%1"_s.arg(i);
        e.bodyPrefix = QByteArray(400 * 1024, 'x');
        QVERIFY(panel.record(e, {}));
    }
    QCOMPARE(panel.model()->rowCount(), 6);

    panel.editSettings();
    auto *dialog = panel.findChild<HistorySettingsDialog *>();
    QVERIFY(dialog);
    dialog->entriesField()->setValue(entries);
    dialog->megabytesField()->setValue(megabytes);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(store.count(), left);
    QCOMPARE(panel.model()->rowCount(), left);
    QCOMPARE(store.limits().maxEntries, entries);
    QCOMPARE(store.limits().bodyPrefixBytes, 512 * 1024); // not a setting: kept
    QCOMPARE(HistorySettingsDialog::savedLimits().maxEntries, entries);
    QCOMPARE(panel.model()->entryAt(0).url, u"http://127.0.0.1/5"_s); // the oldest went first
}

QTEST_MAIN(tst_HistorySettingsDialog)
#include "tst_historysettingsdialog.moc"
