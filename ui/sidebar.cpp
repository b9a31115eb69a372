// SPDX-License-Identifier: MIT
#include "sidebar.h"

#include "collectionspanel.h"
#include "historypanel.h"

#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Reqscope {

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_sections(new QTabWidget(this))
    , m_collections(new CollectionsPanel(QString(), this))
    , m_history(new HistoryPanel(this))
{
    m_sections->setDocumentMode(true);
    m_sections->setAccessibleName(tr("Sidebar"));
    m_sections->addTab(m_collections, tr("Collections"));
    m_sections->addTab(m_history, tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_sections, 1);
}

Sidebar::~Sidebar() = default;

void Sidebar::setPlaygroundUrl(const QUrl &base)
{
    m_collections->setPlaygroundUrl(base);
}

CollectionsPanel *Sidebar::collections() const
{
    return m_collections;
}

HistoryPanel *Sidebar::historyPanel() const
{
    return m_history;
}

QTreeView *Sidebar::tree() const
{
    return m_collections->view();
}

bool Sidebar::choose(const QString &name)
{
    return m_collections->choose(name);
}

void Sidebar::addSection(QWidget *section, const QString &title)
{
    m_sections->addTab(section, title);
}

QTabWidget *Sidebar::sections() const
{
    return m_sections;
}

} // namespace Reqscope
