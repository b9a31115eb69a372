// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
QT_END_NAMESPACE

namespace Reqscope {

/// Bytes received, rate and ETA while a body arrives; busy indicator when the size is unknown.
class TransferProgress : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferProgress)

public:
    explicit TransferProgress(QWidget *parent = nullptr);
    ~TransferProgress() override;

    /// \a expected is -1 when unknown.
    void setProgress(qint64 received, qint64 expected, double elapsedMs);
    QString text() const;

private:
    QProgressBar *m_bar;
    QLabel *m_label;
};

} // namespace Reqscope
