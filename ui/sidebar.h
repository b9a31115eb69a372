// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QTabWidget;
class QTreeView;
QT_END_NAMESPACE

namespace Reqscope {

class CollectionsPanel;
class HistoryPanel;

/// The left column: a container of sections (tabs), the first being "Collections" (the Playground and every
/// opened collection). Other panels join with addSection().
class Sidebar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    explicit Sidebar(QWidget *parent = nullptr);
    ~Sidebar() override;

    /// Fills the Playground collection for the server at \a base (empty: explains that it is not running).
    void setPlaygroundUrl(const QUrl &base);
    CollectionsPanel *collections() const;
    /// The "History" section: requests sent from the window.
    HistoryPanel *historyPanel() const;
    /// The collections tree.
    QTreeView *tree() const;
    /// Selects the request named \a name and emits CollectionsPanel::requestActivated(); false if there is none.
    bool choose(const QString &name);
    /// Adds a section (a tab after "Collections").
    void addSection(QWidget *section, const QString &title);
    QTabWidget *sections() const;

private:
    QTabWidget *m_sections;
    CollectionsPanel *m_collections;
    HistoryPanel *m_history;
};

} // namespace Reqscope
