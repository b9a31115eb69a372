// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace Reqscope {

/// The left column: the "Playground" collection of ready requests against the embedded server.
class Sidebar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    explicit Sidebar(QWidget *parent = nullptr);
    ~Sidebar() override;

    /// Fills the Playground collection for the server at \a base (empty: explains that it is not running).
    void setPlaygroundUrl(const QUrl &base);
    QTreeWidget *tree() const;
    /// Selects the entry named \a name and emits requestChosen(); false if there is none.
    bool choose(const QString &name);

Q_SIGNALS:
    void requestChosen(const Reqscope::RequestSpec &spec);

private:
    void onActivated(QTreeWidgetItem *item);

    QTreeWidget *m_tree;
    QList<RequestSpec> m_specs;
};

} // namespace Reqscope
