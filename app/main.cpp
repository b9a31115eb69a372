// SPDX-License-Identifier: MIT
#include "collectionspanel.h"
#include "historystore.h"
#include "mainwindow.h"
#include "playgroundserver.h"
#include "sidebar.h"
#include "theme.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Reqscope"_s);
    QApplication::setOrganizationName(u"Reqscope"_s);
    QApplication::setApplicationVersion(QStringLiteral(REQSCOPE_VERSION));
    QApplication::setDesktopFileName(u"io.github.reqscope.Reqscope"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/reqscope.svg"_s));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(u"language"_s, u"UI language (en, de); default: the system's."_s, u"lang"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, u"Grab the window into a PNG after start-up and quit."_s, u"file"_s);
    parser.addOptions({ language, screenshot });
    parser.addPositionalArgument(u"collection"_s, u"Collection directories to open (remembered for next time)."_s);
    parser.process(app);

    // The language follows the system locale unless the View menu (or --language) chose one.
    const QSettings settings;
    Reqscope::TranslationLoader::install(
        parser.isSet(language) ? parser.value(language) : settings.value(u"ui/language"_s).toString());
    Reqscope::Theme::apply(Reqscope::Theme::fromSettingsValue(settings.value(u"ui/theme"_s).toString()));

    // The playground runs in-process so a newcomer can press Send with no network at all.
    Reqscope::PlaygroundServer playground;
    // Shared with reqscope-cli run: ~/.local/share/Reqscope/history.sqlite. Declared before the window, which uses it.
    Reqscope::HistoryStore history;
    const bool historyOpen = history.open();
    if (!historyOpen)
        qWarning("History is off: %s: %s", qPrintable(history.filePath()), qPrintable(history.errorString()));
    Reqscope::MainWindow window;
    if (historyOpen)
        window.setHistoryStore(&history);
    if (playground.listen())
        window.setPlaygroundUrl(playground.url());
    else
        qWarning("Playground not started: %s", qPrintable(playground.errorString()));
    for (const QString &directory : parser.positionalArguments())
        window.sidebar()->collections()->openCollection(directory);
    window.show();
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(300, &window, [&window, path = parser.value(screenshot)] {
            window.grab().save(path);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
