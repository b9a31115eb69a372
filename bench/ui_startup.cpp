// SPDX-License-Identifier: MIT
// ui_startup: the GUI's start-up as a user sees it: process start → first frame of the main window (with the
// playground running and the Playground collection filled), then the resident memory after a second of idling.
// Prints one JSON line: {"first_frame_ms":…,"idle_rss_mib":…}. Run with QT_QPA_PLATFORM=offscreen or a display.
#include "mainwindow.h"
#include "playgroundserver.h"
#include "theme.h"
#include "translationloader.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Milliseconds since this process started (from /proc: both values count from boot).
double msSinceProcessStart()
{
    QFile uptime(u"/proc/uptime"_s);
    QFile stat(u"/proc/self/stat"_s);
    if (!uptime.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
        return -1;
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    const QByteArray statLine = stat.readAll();
    // Field 22 (starttime) counts after the ")" that ends the command name.
    const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
    const double started = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    return (now - started) * 1000.0;
}

double rssMib()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

class FirstFrame : public QObject
{
public:
    double ms = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && ms < 0)
            ms = msSinceProcessStart();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Reqscope"_s);
    const QSettings settings;
    Reqscope::TranslationLoader::install(settings.value(u"ui/language"_s).toString());
    Reqscope::Theme::apply(Reqscope::Theme::fromSettingsValue(settings.value(u"ui/theme"_s).toString()));
    Reqscope::PlaygroundServer playground;
    Reqscope::MainWindow window;
    if (playground.listen())
        window.setPlaygroundUrl(playground.url());
    FirstFrame firstFrame;
    window.installEventFilter(&firstFrame);
    window.show();
    QTimer::singleShot(1000, &app, [&] {
        const QJsonObject result { { u"first_frame_ms"_s, qRound(firstFrame.ms * 10) / 10.0 },
            { u"idle_rss_mib"_s, qRound(rssMib() * 10) / 10.0 } };
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        QApplication::quit();
    });
    return QApplication::exec();
}
