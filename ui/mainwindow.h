// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QUrl>

namespace Reqscope {

/// The one window people live in: request editor on top, response below (filled in by the Desktop issue).
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Where the embedded playground answers; the window's demo requests point there.
    void setPlaygroundUrl(const QUrl &url);
    QUrl playgroundUrl() const;

private:
    QUrl m_playgroundUrl;
};

} // namespace Reqscope
