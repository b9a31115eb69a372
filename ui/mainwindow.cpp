// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QLabel>

namespace Reqscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Reqscope"));
    auto *placeholder = new QLabel(tr("Reqscope"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::setPlaygroundUrl(const QUrl &url)
{
    m_playgroundUrl = url;
}

QUrl MainWindow::playgroundUrl() const
{
    return m_playgroundUrl;
}

} // namespace Reqscope
