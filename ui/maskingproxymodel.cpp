// SPDX-License-Identifier: MIT
#include "maskingproxymodel.h"

namespace Reqscope {

MaskingProxyModel::MaskingProxyModel(MaskFunction mask, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_mask(std::move(mask))
{
}

MaskingProxyModel::~MaskingProxyModel() = default;

QVariant MaskingProxyModel::data(const QModelIndex &index, int role) const
{
    return masked(QIdentityProxyModel::data(index, role), role);
}

QVariant MaskingProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return masked(QIdentityProxyModel::headerData(section, orientation, role), role);
}

QVariant MaskingProxyModel::masked(const QVariant &value, int role) const
{
    // Numbers stay numbers (a delegate may format them); only text can carry a secret.
    if ((role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        || value.typeId() != QMetaType::QString)
        return value;
    return m_mask(value.toString());
}

} // namespace Reqscope
