// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "playgroundserver.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Reqscope"));
    QApplication::setOrganizationName(QStringLiteral("Reqscope"));
    QApplication::setApplicationVersion(QStringLiteral(REQSCOPE_VERSION));

    // The playground runs in-process so a newcomer can press Send with no network at all.
    Reqscope::PlaygroundServer playground;
    Reqscope::MainWindow window;
    if (playground.listen())
        window.setPlaygroundUrl(playground.url());
    else
        qWarning("Playground not started: %s", qPrintable(playground.errorString()));
    window.show();
    return QApplication::exec();
}
