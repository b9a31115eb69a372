// SPDX-License-Identifier: MIT
#pragma once

#include "collectionauth.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Reqscope {

/// Postman `auth` blocks ↔ CollectionAuth. Reads v2.1 ([{key, value}] lists) and v2.0 ({key: value} objects);
/// writes v2.1. Types Reqscope has no field for (apikey, oauth2, …) are kept whole by the caller.
class PostmanAuth
{
public:
    struct Read
    {
        CollectionAuth auth; // kind None for noauth and for unsupported types
        bool noauth = false; // explicitly "noauth": do not inherit
        bool supported = true; // false: keep the block opaque
    };

    static Read read(const QJsonObject &block);
    /// v2.1 block; passwords and tokens are empty unless \a includeSecrets.
    static QJsonObject write(const CollectionAuth &auth, bool includeSecrets);
    /// An opaque block with its credential values emptied (apikey value, oauth tokens, …).
    static QJsonObject redact(const QJsonObject &block);
    /// The import warning for an auth block kept opaque as \a kept (redact() of \a original): says so, and that
    /// its credentials were left out when there were any, since collection files never hold them.
    static QString keptWarning(const QString &what, const QJsonObject &original, const QJsonObject &kept);
    /// The parameter \a key of an opaque block, for either version's shape.
    /// v2.1 rows of \a block that read() did not use (digest's realm, algorithm, …), in v2.1 shape.
    static QJsonArray extraParameters(const QJsonObject &block);
    /// What an export without secrets writes for \a value: "" unless it is only {{variable}} references.
    static QString hideSecret(const QString &value);
    static QString parameter(const QJsonObject &block, const QString &key);
    /// \a block with the parameter \a key set to \a value, where the block has it.
    static QJsonObject withParameter(const QJsonObject &block, const QString &key, const QString &value);
};

} // namespace Reqscope
