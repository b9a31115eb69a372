// SPDX-License-Identifier: MIT
#pragma once

#include "historystore.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QSpinBox;
QT_END_NAMESPACE

namespace Reqscope {

/*!
 * History ▸ Settings: how many requests, and how many megabytes of them, the history keeps. The limits live in
 * QSettings (`history/maxEntries`, `history/maxMegabytes`) and are applied to the store, which prunes the oldest
 * entries at once.
 */
class HistorySettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySettingsDialog)

public:
    explicit HistorySettingsDialog(QWidget *parent = nullptr);
    ~HistorySettingsDialog() override;

    void setLimits(const HistoryLimits &limits);
    /// What the fields say (the body prefix size is not a setting and keeps its default).
    HistoryLimits limits() const;
    QSpinBox *entriesField() const;
    QSpinBox *megabytesField() const;

    /// The limits saved in QSettings, or the store's defaults.
    static HistoryLimits savedLimits();
    static void saveLimits(const HistoryLimits &limits);

private:
    QSpinBox *m_entries;
    QSpinBox *m_megabytes;
};

} // namespace Reqscope
