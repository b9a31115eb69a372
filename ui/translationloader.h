// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Reqscope {

/// Loads Reqscope's and Qt's own translations for the system locale or a manual choice ("de", "en").
namespace TranslationLoader {

/// The languages shipped (resource :/i18n/reqscope_<lang>.qm), English first (it needs no file).
QStringList available();
/// Installs translators on the application; \a language empty = follow the system locale. Returns the
/// language in use ("en" when nothing matched).
QString install(const QString &language);

} // namespace TranslationLoader
} // namespace Reqscope
