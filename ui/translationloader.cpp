// SPDX-License-Identifier: MIT
#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Reqscope::TranslationLoader {

QStringList available()
{
    return { u"en"_s, u"de"_s };
}

QString install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(locale, u"reqscope"_s, u"_"_s, u":/i18n"_s)) {
        delete ours;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard dialogs, context menus) in the same language, when installed.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name().section(u'_', 0, 0);
}

} // namespace Reqscope::TranslationLoader
