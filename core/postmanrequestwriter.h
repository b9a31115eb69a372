// SPDX-License-Identifier: MIT
#pragma once

#include "collectionitem.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Reqscope {

/// A request CollectionItem → a Postman v2.1 request item, merging back what PostmanRequestReader kept in the
/// item's "x-postman" extras. Secrets (passwords, tokens, credential headers, apikey values) are written empty
/// unless \a includeSecrets.
class PostmanRequestWriter
{
public:
    explicit PostmanRequestWriter(bool includeSecrets);

    QJsonObject write(const CollectionItem &item) const;
    /// A raw URL split the way Postman stores it: {raw, protocol, host[], port, path[], query[]}.
    static QJsonObject urlObject(const QString &raw);
    static QJsonArray writeVariables(const VariableList &variables, bool includeSecrets);
    /// Merges \a extras into \a object (extras never overwrite what we wrote).
    static void merge(QJsonObject &object, const QJsonObject &extras);

private:
    QJsonArray rows(const QList<KeyValue> &rows, bool headers) const;
    QJsonObject body(const RequestSpec &spec, const QJsonObject &extras) const;

    bool m_includeSecrets;
};

} // namespace Reqscope
