// SPDX-License-Identifier: MIT
#pragma once

#include <QIdentityProxyModel>

#include <functional>

namespace Reqscope {

/*!
 * Shows a source model with every text passed through a mask function: the overlay WindowMasker swaps into an
 * item view (events, history, any view over a model it must not edit) while the window is grabbed. Display,
 * edit, tool-tip and header texts are masked; everything else passes through.
 */
class MaskingProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaskingProxyModel)

public:
    using MaskFunction = std::function<QString(const QString &)>;

    explicit MaskingProxyModel(MaskFunction mask, QObject *parent = nullptr);
    ~MaskingProxyModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant masked(const QVariant &value, int role) const;

    MaskFunction m_mask;
};

} // namespace Reqscope
