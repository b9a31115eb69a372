// SPDX-License-Identifier: MIT
#pragma once

#include "collectionstore.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Reqscope {

class SecretStore;

/// CollectionStore::save's worker: assigns slugs and order numbers, renders every file, writes what changed.
class CollectionSaver
{
public:
    CollectionSaver(const QString &directory, SecretStore *secrets);

    CollectionStore::SaveResult save(Collection &collection);

private:
    void prepare(QList<CollectionItem> &items);
    void render(const QList<CollectionItem> &items, const QString &relativeDir);
    void write(CollectionStore::SaveResult &result);

    QString m_root;
    SecretStore *m_secrets;
    QString m_scope;
    QMap<QString, QByteArray> m_files; // relative path -> bytes
};

} // namespace Reqscope
