// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "playgroundserver.h"
#include "requestbar.h"
#include "requesteditor.h"
#include "responseview.h"
#include "sidebar.h"
#include "translationloader.h"

#include <QComboBox>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void germanWindow();
    void tsFileIsComplete();
};

void tst_Translations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(QFile::exists(u":/i18n/reqscope_de.qm"_s));
    QCOMPARE(Reqscope::TranslationLoader::install(u"de"_s), u"de"_s);
}

void tst_Translations::germanWindow()
{
    Reqscope::PlaygroundServer server;
    QVERIFY(server.listen());
    Reqscope::MainWindow window;
    window.setPlaygroundUrl(server.url());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.requestBar()->sendButton()->text(), u"Senden"_s);
    QCOMPARE(window.requestBar()->abortButton()->text(), u"Abbrechen"_s);
    QCOMPARE(window.requestEditor()->tabText(0), u"&Parameter"_s);
    QCOMPARE(window.requestEditor()->tabText(2), u"&Inhalt"_s);
    QCOMPARE(window.responseView()->tabs()->tabText(2), u"E&reignisse"_s);
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), u"&Datei"_s);
    QCOMPARE(window.sidebar()->tree()->model()->index(0, 0).data().toString(), u"Spielplatz"_s);
    QStringList modes;
    const auto combos = window.requestBar()->findChildren<QComboBox *>();
    for (const QComboBox *combo : combos)
        modes << combo->itemText(0);
    QVERIFY2(modes.contains(u"Asynchron"_s), qPrintable(modes.join(u", "_s)));
    QVERIFY2(modes.contains(u"Kein Abbruch-Auslöser"_s), qPrintable(modes.join(u", "_s)));
}

void tst_Translations::tsFileIsComplete()
{
    QFile ts(QStringLiteral(REQSCOPE_SOURCE_DIR "/translations/reqscope_de.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray text = ts.readAll();
    QVERIFY(text.contains("<translation>Senden</translation>"));
    QCOMPARE(text.count("type=\"unfinished\""), 0);
    QCOMPARE(text.count("type=\"obsolete\""), 0);
    QCOMPARE(text.count("type=\"vanished\""), 0);
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
