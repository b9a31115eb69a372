// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Reqscope {

/// Light/dark: follow the system (the platform palette), or a manual choice on the Fusion style.
namespace Theme {

enum class Choice { System, Light, Dark };

void apply(Choice choice);
QString settingsValue(Choice choice);
Choice fromSettingsValue(const QString &value);

} // namespace Theme
} // namespace Reqscope
