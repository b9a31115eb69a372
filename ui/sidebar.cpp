// SPDX-License-Identifier: MIT
#include "sidebar.h"

#include "playgroundcollection.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
constexpr int indexRole = Qt::UserRole + 1;

QColor methodColor(const QString &method)
{
    // The colours people know from other clients: reads at a glance, works on light and dark.
    if (method == u"GET"_s)
        return QColor(0x2E, 0x9D, 0x4F);
    if (method == u"POST"_s)
        return QColor(0xD9, 0x7A, 0x00);
    if (method == u"PUT"_s || method == u"PATCH"_s)
        return QColor(0x2A, 0x7B, 0xD6);
    if (method == u"DELETE"_s)
        return QColor(0xD0, 0x35, 0x35);
    return QColor(0x88, 0x88, 0x88);
}
} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Collections"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    auto *title = new QLabel(tr("<b>Collections</b>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(title);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, &Sidebar::onActivated);
    connect(m_tree, &QTreeWidget::itemClicked, this, &Sidebar::onActivated);
    setPlaygroundUrl(QUrl());
}

Sidebar::~Sidebar() = default;

void Sidebar::setPlaygroundUrl(const QUrl &base)
{
    m_tree->clear();
    m_specs.clear();
    auto *root = new QTreeWidgetItem(m_tree, { tr("Playground") });
    root->setToolTip(0, tr("Ready requests against the embedded server: press Send."));
    if (base.isEmpty()) {
        new QTreeWidgetItem(root, { tr("(not running)") });
        root->setExpanded(true);
        return;
    }
    root->setToolTip(0, tr("Ready requests against the embedded server at %1: press Send.").arg(base.toString()));
    QHash<QString, QTreeWidgetItem *> folders;
    const QList<PlaygroundCollection::Entry> entries = PlaygroundCollection::entries(base);
    for (const PlaygroundCollection::Entry &entry : entries) {
        QTreeWidgetItem *&folder = folders[entry.folder];
        if (!folder) {
            folder = new QTreeWidgetItem(root, { entry.folder });
            folder->setExpanded(true);
            folder->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(folder, { entry.spec.method, entry.spec.name });
        item->setToolTip(1, entry.hint + u"\n"_s + entry.spec.url);
        item->setData(0, indexRole, int(m_specs.size()));
        QFont small = item->font(0);
        small.setPointSizeF(small.pointSizeF() * 0.8);
        small.setBold(true);
        item->setFont(0, small);
        item->setForeground(0, methodColor(entry.spec.method));
        m_specs.append(entry.spec);
    }
    root->setExpanded(true);
    for (QTreeWidgetItem *folder : std::as_const(folders))
        folder->setFirstColumnSpanned(true);
    root->setFirstColumnSpanned(true);
}

QTreeWidget *Sidebar::tree() const
{
    return m_tree;
}

bool Sidebar::choose(const QString &name)
{
    const QList<QTreeWidgetItem *> items = m_tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 1);
    if (items.isEmpty())
        return false;
    m_tree->setCurrentItem(items.first());
    onActivated(items.first());
    return true;
}

void Sidebar::onActivated(QTreeWidgetItem *item)
{
    const QVariant index = item ? item->data(0, indexRole) : QVariant();
    if (index.isValid())
        Q_EMIT requestChosen(m_specs.at(index.toInt()));
}

} // namespace Reqscope
