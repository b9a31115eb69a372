// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Reqscope {

/// One key/value row as request and collection files write it: name, value, and "enabled"/"file" only when they
/// differ from the default, so files stay small and byte-stable. \a value is the row's value or, for a secret
/// header in a collection file, its reference.
QJsonObject keyValueToJson(const KeyValue &row, const QJsonValue &value);
/// The row back; a value that is not a string (a secret reference) reads as empty.
KeyValue keyValueFromJson(const QJsonObject &json);

} // namespace Reqscope
