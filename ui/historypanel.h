// SPDX-License-Identifier: MIT
#pragma once

#include "historystore.h"

#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;
QT_END_NAMESPACE

namespace Reqscope {

class HistoryModel;
class HistoryStore;

/*!
 * The sidebar's history: every request the window sent, newest first, with a search field that filters by URL
 * or method. Enter or a double-click restores a request into the editor; the context menu copies it as curl,
 * deletes it, or clears the history (after asking). record() stores a request that just ended and shows it on
 * top without reloading the list.
 */
class HistoryPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    ~HistoryPanel() override;

    /// \a store (not owned, may be nullptr: history is off) must outlive the panel or be replaced first. Applies
    /// the pruning limits from the settings to it.
    void setStore(HistoryStore *store);
    HistoryStore *store() const;
    HistoryModel *model() const;
    QListView *view() const;
    QLineEdit *searchField() const;

    /// Stores \a entry (redacted by the store, \a secretValues scrubbed) and shows it; returns its id or 0.
    qint64 record(const HistoryEntry &entry, const QStringList &secretValues);
    /// Emits requestRestored() with the request of \a row.
    bool restoreRow(int row);
    bool deleteRow(int row);
    void copyRowAsCurl(int row);
    /// Asks first (a window-modal message box), then deletes every entry.
    void clearHistory();
    /// Opens the pruning settings (count and size) and applies them when accepted.
    void editSettings();

Q_SIGNALS:
    void requestRestored(const Reqscope::RequestSpec &spec);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void applyLimits(const HistoryLimits &limits);
    void showContextMenu(const QPoint &pos);
    void updatePlaceholder();

    HistoryStore *m_store = nullptr;
    HistoryModel *m_model = nullptr;
    QLineEdit *m_search;
    QToolButton *m_settings;
    QListView *m_view;
    QLabel *m_empty;
    QTimer m_searchDelay;
};

} // namespace Reqscope
