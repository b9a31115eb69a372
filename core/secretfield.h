// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QString>

namespace Reqscope {

/*!
 * Which typed-in values are secrets that collection files must not hold: the one rule shared by the codec (which
 * turns them into SecretStore references), Collection::stripSecrets (exports) and Collection::secretValues
 * (history scrubbing). A value made only of `{{variable}}` references is not a secret: the variable holds it.
 */
namespace SecretField {

/// A password or token field: non-empty and not only `{{variable}}` references.
bool isSecretText(const QString &value);
/// A header row whose value is a credential: a credential header name (Authorization, X-Api-Key, Cookie, …) with
/// a value that is more than references and an auth scheme ("Bearer {{token}}" stays in clear).
bool isSecretHeader(const KeyValue &header);

} // namespace SecretField
} // namespace Reqscope
