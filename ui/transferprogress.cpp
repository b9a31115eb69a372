// SPDX-License-Identifier: MIT
#include "transferprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace Reqscope {

TransferProgress::TransferProgress(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(10);
    m_bar->setAccessibleName(tr("Download progress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label);
}

TransferProgress::~TransferProgress() = default;

void TransferProgress::setProgress(qint64 received, qint64 expected, double elapsedMs)
{
    const QLocale locale;
    const double rate = elapsedMs > 0 ? received / (elapsedMs / 1000.0) : 0.0; // bytes per second
    QString text = expected > 0
        ? tr("%1 of %2").arg(locale.formattedDataSize(received), locale.formattedDataSize(expected))
        : locale.formattedDataSize(received);
    text += u" · "_s + tr("%1/s").arg(locale.formattedDataSize(qint64(rate)));
    if (expected > 0) {
        // Progress bars take int: scale to per-mille so sizes beyond 2 GiB work.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(1000.0 * double(qMin(received, expected)) / double(expected)));
        if (rate > 0 && received < expected)
            text += u" · "_s + tr("ETA %1 s").arg(locale.toString((expected - received) / rate, 'f', 1));
    } else {
        m_bar->setRange(0, 0); // busy
    }
    m_label->setText(text);
}

QString TransferProgress::text() const
{
    return m_label->text();
}

} // namespace Reqscope
