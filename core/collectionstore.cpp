// SPDX-License-Identifier: MIT
#include "collectionstore.h"

#include "secretstore.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

CollectionStore::LoadResult CollectionStore::load(const QString &directory, const SecretStore *secrets)
{
    Q_UNUSED(secrets)
    LoadResult result;
    result.errors.append({ directory, 0, 0, u"not implemented yet"_s });
    return result;
}

CollectionStore::SaveResult CollectionStore::save(
    Collection &collection, const QString &directory, SecretStore *secrets)
{
    Q_UNUSED(collection)
    Q_UNUSED(secrets)
    SaveResult result;
    result.errors.append({ directory, 0, 0, u"not implemented yet"_s });
    return result;
}

QString CollectionStore::slugify(const QString &name)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? u"request"_s : slug;
}

} // namespace Reqscope
