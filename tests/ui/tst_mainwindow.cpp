// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensOffscreen();
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_MainWindow::opensOffscreen()
{
    Reqscope::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Reqscope"_s);
    QVERIFY(!window.grab().isNull());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
