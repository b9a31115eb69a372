// SPDX-License-Identifier: MIT
// bench/send: `reqscope-cli send -o /dev/null` against `curl -s -o /dev/null` on nginx's sparse 1 GiB file,
// alternately, K runs each (default 3); prints one JSON line with both best wall times, their ratio and the peak
// RSS of one more reqscope-cli run (GNU time).
//
//   send PATH-TO-reqscope-cli [--runs K]
#include "nginxpeer.h"
#include "peers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

/// Wall time of one run in ms, or -1 if the program failed.
double wallMs(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Peak RSS in MiB of one `reqscope-cli send` run, measured by GNU time (-1 if it is not installed).
double peakRssMib(const QString &cli, const QStringList &arguments)
{
    QProcess process;
    process.start(u"/usr/bin/time"_s, QStringList { u"-f"_s, u"%M"_s, cli } + arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return -1;
    bool ok = false;
    const double kib = process.readAllStandardError().trimmed().split('\n').last().toDouble(&ok);
    return ok ? kib / 1024.0 : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString cli = arguments.value(1);
    const qsizetype runsAt = arguments.indexOf(u"--runs"_s);
    const int runs = runsAt > 0 ? std::max(1, arguments.value(runsAt + 1).toInt()) : 3;
    if (cli.isEmpty() || cli.startsWith(u'-')) {
        std::fprintf(stderr, "usage: send PATH-TO-reqscope-cli [--runs K]\n");
        return 2;
    }
    Reqscope::Test::NginxPeer &nginx = Reqscope::Test::Peers::nginx();
    if (!nginx.isValid()) {
        std::fprintf(stderr, "send: %s\n", qPrintable(nginx.problem()));
        return 1;
    }
    const QString url = nginx.httpUrl(u"/big.bin"_s).toString();
    double curl = -1;
    double send = -1;
    for (int i = 0; i < runs; ++i) {
        const double a = wallMs(u"curl"_s, { u"-s"_s, u"-o"_s, u"/dev/null"_s, url });
        const double b = wallMs(cli, { u"send"_s, u"-s"_s, u"-o"_s, u"/dev/null"_s, url });
        if (a < 0 || b < 0) {
            std::fprintf(stderr, "send: a run failed (curl %.1f ms, reqscope-cli %.1f ms)\n", a, b);
            return 1;
        }
        curl = curl < 0 ? a : std::min(curl, a);
        send = send < 0 ? b : std::min(send, b);
    }
    const double peak = peakRssMib(cli, { u"send"_s, u"-s"_s, u"-o"_s, u"/dev/null"_s, url });
    const QJsonObject line { { u"bench"_s, u"send_devnull"_s },
        { u"bytes"_s, Reqscope::Test::NginxPeer::bigFileSize },
        { u"runs"_s, runs },
        { u"curl_ms"_s, curl },
        { u"send_ms"_s, send },
        { u"ratio_to_curl"_s, send / curl },
        { u"send_peak_rss_mib"_s, peak } };
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    return 0;
}
