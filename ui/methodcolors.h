// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

namespace Reqscope {

/// The colours the sidebar gives methods and statuses: what people know from other clients, legible on light
/// and dark themes alike.
namespace MethodColors {

QColor forMethod(const QString &method);
/// 2xx green, 3xx blue, 4xx orange, 5xx and transport errors (status 0) red.
QColor forStatus(int status);

} // namespace MethodColors
} // namespace Reqscope
