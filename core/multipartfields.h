// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QList>
#include <QString>

#include <optional>

namespace Reqscope {

/// Reads a multipart/form-data body back into form fields (a browser's "Copy as cURL" sends forms that way).
class MultipartFields
{
public:
    /// The text fields of \a body, split at the boundary named in \a contentType; nullopt when there is no
    /// boundary, no part, or a part is an inline file (it has no path to point at, so the raw body is kept).
    static std::optional<QList<KeyValue>> parse(const QString &contentType, const QString &body);
};

} // namespace Reqscope
