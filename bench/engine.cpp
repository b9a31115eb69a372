// SPDX-License-Identifier: MIT
// bench/engine: the engine against curl on the real nginx's sparse 1 GiB file, abort latency, and a soak run
// against the playground. Prints one JSON line per measurement; never part of ctest.
//
//   engine                 curl, retention off, retention on, abort latency
//   engine --soak [N]      N requests (default 10000) to the playground; RSS growth
//   engine --runs K        repetitions per wall-time measurement (default 3, the best run counts)
#include "httprequest.h"
#include "nginxpeer.h"
#include "peers.h"
#include "playgroundserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using Reqscope::HttpRequest;

namespace {

constexpr double mib = 1024.0 * 1024.0;

/// VmHWM or VmRSS from /proc/self/status, in bytes.
qint64 procStatus(const QByteArray &key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(key + ":")))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

/// Resets VmHWM to the current RSS (Linux ≥ 4.0), so each measurement reports its own peak.
void resetPeakRss()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

void print(const QJsonObject &line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double curlWallMs(const QUrl &url, const QString &output)
{
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(u"curl"_s, { u"-s"_s, u"-o"_s, output, url.toString() });
    if (!curl.waitForFinished(-1) || curl.exitCode() != 0) {
        std::fprintf(stderr, "engine: curl failed: %s\n", curl.readAllStandardError().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

struct EngineRun
{
    double wallMs = -1;
    qint64 bytes = 0;
    qint64 peakRss = 0;
    bool ok = false;
};

EngineRun engineRun(const QUrl &url, bool retain)
{
    resetPeakRss();
    EngineRun run;
    QElapsedTimer timer;
    timer.start();
    {
        HttpRequest request;
        QObject::connect(&request, &HttpRequest::responseDataAvailable, &request, [&run](const QByteArray &chunk) {
            run.bytes += chunk.size();
        });
        request.setOption(HttpRequest::ResponseBodyRetention, retain ? 1 : 0);
        request.open(u"GET"_s, url.toString(), true);
        request.send();
        bool succeeded = false;
        run.ok = request.waitForResponse(-1, succeeded).ok() && succeeded;
        if (retain) {
            QByteArray body;
            run.ok = run.ok && request.responseBody(body).ok() && body.size() == run.bytes;
        }
        run.wallMs = double(timer.nsecsElapsed()) / 1e6;
        run.peakRss = procStatus("VmHWM");
    }
    return run;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

/// Aborts at a random point: a random delay after Send (connect, headers or body) or inside a data event.
void abortLatency(const QUrl &url, int count)
{
    std::vector<double> latencies;
    QRandomGenerator random(42);
    for (int i = 0; i < count; ++i) {
        HttpRequest request;
        double latencyMs = -1;
        auto abortNow = [&] {
            if (latencyMs >= 0)
                return;
            QElapsedTimer timer;
            timer.start();
            request.abort();
            latencyMs = double(timer.nsecsElapsed()) / 1e6;
        };
        const bool inHandler = random.bounded(2) == 0;
        const qint64 threshold = random.bounded(64 * 1024 * 1024);
        qint64 received = 0;
        QObject::connect(&request, &HttpRequest::responseDataAvailable, &request, [&](const QByteArray &chunk) {
            received += chunk.size();
            if (inHandler && received >= threshold)
                abortNow();
        });
        request.setOption(HttpRequest::ResponseBodyRetention, 0);
        request.open(u"GET"_s, url.toString(), true);
        if (!inHandler)
            QTimer::singleShot(int(random.bounded(30)), &request, abortNow);
        request.send();
        bool succeeded = false;
        request.waitForResponse(-1, succeeded);
        if (latencyMs >= 0)
            latencies.push_back(latencyMs);
    }
    print({ { u"bench"_s, u"abort_latency"_s },
        { u"aborts"_s, int(latencies.size()) },
        { u"p50_ms"_s, percentile(latencies, 0.50) },
        { u"p99_ms"_s, percentile(latencies, 0.99) },
        { u"max_ms"_s, percentile(latencies, 1.0) } });
}

int runThroughput(int runs)
{
    Reqscope::Test::NginxPeer &nginx = Reqscope::Test::Peers::nginx();
    if (!nginx.isValid()) {
        std::fprintf(stderr, "engine: %s\n", qPrintable(nginx.problem()));
        return 1;
    }
    const QUrl url = nginx.httpUrl(u"/big.bin"_s);
    const qint64 size = Reqscope::Test::NginxPeer::bigFileSize;
    const QString shmFile = u"/dev/shm/reqscope-bench-%1.bin"_s.arg(QCoreApplication::applicationPid());

    double curlNull = -1;
    double curlShm = -1;
    EngineRun off;
    EngineRun on;
    for (int i = 0; i < runs; ++i) {
        const double a = curlWallMs(url, u"/dev/null"_s);
        const double b = curlWallMs(url, shmFile);
        QFile::remove(shmFile);
        const EngineRun c = engineRun(url, false);
        const EngineRun d = engineRun(url, true);
        if (a < 0 || b < 0 || !c.ok || !d.ok) {
            std::fprintf(stderr, "engine: a run failed\n");
            return 1;
        }
        curlNull = curlNull < 0 ? a : std::min(curlNull, a);
        curlShm = curlShm < 0 ? b : std::min(curlShm, b);
        if (off.wallMs < 0 || c.wallMs < off.wallMs)
            off = c;
        if (on.wallMs < 0 || d.wallMs < on.wallMs)
            on = d;
    }
    print({ { u"bench"_s, u"curl_devnull"_s }, { u"bytes"_s, size }, { u"wall_ms"_s, curlNull } });
    print({ { u"bench"_s, u"curl_shm"_s }, { u"bytes"_s, size }, { u"wall_ms"_s, curlShm } });
    print({ { u"bench"_s, u"retention_off"_s },
        { u"bytes"_s, off.bytes },
        { u"wall_ms"_s, off.wallMs },
        { u"ratio_to_curl"_s, off.wallMs / curlNull },
        { u"peak_rss_mib"_s, double(off.peakRss) / mib } });
    print({ { u"bench"_s, u"retention_on"_s },
        { u"bytes"_s, on.bytes },
        { u"wall_ms"_s, on.wallMs },
        { u"ratio_to_curl_shm"_s, on.wallMs / curlShm },
        { u"peak_rss_mib"_s, double(on.peakRss) / mib },
        { u"peak_rss_over_body"_s, double(on.peakRss) / double(size) } });
    abortLatency(url, 200);
    return 0;
}

/// Many small requests from one process, re-using and re-creating objects, some aborted: RSS must not grow.
int runSoak(int count)
{
    Reqscope::PlaygroundServer playground;
    if (!playground.listen()) {
        std::fprintf(stderr, "engine: playground: %s\n", qPrintable(playground.errorString()));
        return 1;
    }
    const QStringList paths = { u"/get"_s, u"/bytes/4096"_s, u"/stream/8192?chunk=512"_s, u"/status/404"_s };
    auto reused = std::make_unique<HttpRequest>();
    qint64 rssAfterWarmup = 0;
    int failures = 0;
    for (int i = 0; i < count; ++i) {
        if (i == count / 10)
            rssAfterWarmup = procStatus("VmRSS");
        std::unique_ptr<HttpRequest> fresh;
        HttpRequest *request = reused.get();
        if (i % 3 == 0) {
            fresh = std::make_unique<HttpRequest>();
            request = fresh.get();
        }
        const bool abortEarly = i % 7 == 0;
        if (abortEarly) {
            QObject::connect(request, &HttpRequest::responseStarted, request, [request] { request->abort(); });
        }
        request->open(u"GET"_s, playground.url(paths.at(i % paths.size())).toString(), true);
        request->send();
        bool succeeded = false;
        const Reqscope::HResult result = request->waitForResponse(-1, succeeded);
        if (!abortEarly && (!result.ok() || !succeeded))
            ++failures;
        if (abortEarly)
            QObject::disconnect(request, &HttpRequest::responseStarted, nullptr, nullptr);
    }
    const qint64 rssEnd = procStatus("VmRSS");
    print({ { u"bench"_s, u"soak"_s },
        { u"requests"_s, count },
        { u"failures"_s, failures },
        { u"rss_after_warmup_mib"_s, double(rssAfterWarmup) / mib },
        { u"rss_end_mib"_s, double(rssEnd) / mib },
        { u"rss_growth_mib"_s, double(rssEnd - rssAfterWarmup) / mib } });
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype soakAt = arguments.indexOf(u"--soak"_s);
    const qsizetype runsAt = arguments.indexOf(u"--runs"_s);
    const int runs = runsAt > 0 ? std::max(1, arguments.value(runsAt + 1).toInt()) : 3;
    int result = 0;
    if (soakAt > 0) {
        const int count = arguments.value(soakAt + 1).toInt();
        result = runSoak(count > 0 ? count : 10000);
    } else {
        result = runThroughput(runs);
    }
    Reqscope::Test::Peers::stopAll();
    return result;
}
