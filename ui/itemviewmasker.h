// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractItemView;
QT_END_NAMESPACE

namespace Reqscope {

/*!
 * WindowMasker's part for item views. Table, tree and list widgets own their items, so the item texts are
 * replaced (with the widget's signals blocked, so no itemChanged reaches an editor); any other view gets a
 * MaskingProxyModel in front of its model, so the model itself — maybe shared, maybe read-only — is never
 * changed. The view keeps its selection model, header state, expanded branches and scroll position.
 */
class ItemViewMasker
{
public:
    using MaskFunction = std::function<QString(const QString &)>;
    using Restore = std::function<void()>;

    /// An empty Restore when nothing was changed.
    static Restore mask(QAbstractItemView *view, const MaskFunction &mask);

private:
    static Restore maskItems(QAbstractItemView *view, const MaskFunction &mask);
    static Restore maskModel(QAbstractItemView *view, const MaskFunction &mask);
};

} // namespace Reqscope
