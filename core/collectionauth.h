// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QString>

namespace Reqscope {

/*!
 * Default authentication of a collection or folder, inherited by requests whose own auth kind is None and whose
 * CollectionItem::inheritAuth is set. \c password and \c token are secrets: on disk they become references
 * into the SecretStore unless they are made only of `{{variable}}` references.
 */
struct CollectionAuth
{
    RequestSpec::AuthKind kind = RequestSpec::AuthKind::None;
    QString user;
    QString password;
    QString token;

    bool isSet() const
    {
        return kind != RequestSpec::AuthKind::None;
    }
    friend bool operator==(const CollectionAuth &a, const CollectionAuth &b)
    {
        return a.kind == b.kind && a.user == b.user && a.password == b.password && a.token == b.token;
    }
};

} // namespace Reqscope
