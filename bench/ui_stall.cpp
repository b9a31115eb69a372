// SPDX-License-Identifier: MIT
// ui_stall: streams a large body from the real nginx (tests/support peer, /big.bin = 1 GiB) through the main
// window (offscreen) and measures how long the GUI event loop goes without serving a 1 ms timer.
// Prints one JSON line: {"bytes":…,"max_stall_ms":…,"p99_stall_ms":…,…}. Usage: ui_stall [--events-tab]
#include "mainwindow.h"
#include "nginxpeer.h"
#include "peers.h"
#include "requestbar.h"
#include "requestrunner.h"
#include "responseview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Reqscope::Test::NginxPeer &nginx = Reqscope::Test::Peers::nginx();
    if (!nginx.isValid()) {
        std::fprintf(stderr, "nginx: %s\n", qPrintable(nginx.problem()));
        return 1;
    }
    Reqscope::MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.requestBar()->setUrl(nginx.httpUrl(u"/big.bin"_s).toString());
    if (QApplication::arguments().contains(u"--events-tab"_s))
        window.responseView()->tabs()->setCurrentIndex(2);

    std::vector<double> gaps;
    gaps.reserve(1 << 20);
    QElapsedTimer clock;
    double last = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const double now = double(clock.nsecsElapsed()) / 1e6;
        gaps.push_back(now - last);
        if (now - last > 100) // where the long stalls happen, for whoever hunts them
            std::fprintf(stderr,
                "stall %.0f ms at %.0f ms, %lld bytes received\n",
                now - last,
                now,
                static_cast<long long>(window.runner()->bytesReceived()));
        last = now;
    });
    QEventLoop loop;
    QObject::connect(window.runner(), &Reqscope::RequestRunner::finished, &loop, &QEventLoop::quit);
    clock.start();
    heartbeat.start();
    window.send();
    loop.exec();
    heartbeat.stop();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;

    std::sort(gaps.begin(), gaps.end());
    const double maxGap = gaps.empty() ? 0 : gaps.back();
    const double p99 = gaps.empty() ? 0 : gaps[std::min(gaps.size() - 1, size_t(double(gaps.size()) * 0.99))];
    const qint64 bytes = window.runner()->bytesReceived();
    const QJsonObject result { { u"bytes"_s, bytes },
        { u"max_stall_ms"_s, qRound(maxGap * 10) / 10.0 },
        { u"p99_stall_ms"_s, qRound(p99 * 10) / 10.0 },
        { u"seconds"_s, qRound(seconds * 100) / 100.0 },
        { u"mib_per_s"_s, qRound(double(bytes) / 1048576.0 / seconds) },
        { u"outcome"_s,
            QString::fromLatin1(QMetaEnum::fromType<Reqscope::RequestRunner::Outcome>().valueToKey(
                int(window.runner()->outcome()))) } };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return window.runner()->outcome() == Reqscope::RequestRunner::Outcome::Completed ? 0 : 1;
}
