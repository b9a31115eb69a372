// SPDX-License-Identifier: MIT
#include "collectionitem.h"

namespace Reqscope {

CollectionItem CollectionItem::fromRequest(const RequestSpec &spec, const QString &slug)
{
    CollectionItem item;
    item.kind = Kind::Request;
    item.request = spec;
    item.slug = slug;
    return item;
}

CollectionItem CollectionItem::folder(const QString &name, const QString &slug)
{
    CollectionItem item;
    item.kind = Kind::Folder;
    item.name = name;
    item.slug = slug;
    return item;
}

} // namespace Reqscope
