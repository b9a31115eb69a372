// SPDX-License-Identifier: MIT
#include "playgroundstreamendpoints.h"

#include "playgroundbytes.h"
#include "playgroundechoendpoints.h"
#include "playgroundrequest.h"
#include "playgroundresponder.h"
#include "playgroundstatus.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

void badRequest(PlaygroundResponder &responder, const QByteArray &why)
{
    responder.respondText(400, "400 Bad Request: "_ba + why + '\n');
}

// /drip's schedule: byte i is due i * pause seconds after the headers; each tick writes every byte due.
struct Drip
{
    qint64 total = 0;
    qint64 sent = 0;
    double pause = 0; // seconds between bytes
    QElapsedTimer clock;
};

void dripTick(PlaygroundResponder &responder, const std::shared_ptr<Drip> &drip)
{
    const double elapsed = double(drip->clock.nsecsElapsed()) / 1e9;
    const qint64 due
        = drip->pause <= 0 ? drip->total : qMin(drip->total, qint64(std::floor(elapsed / drip->pause + 1e-9)) + 1);
    if (due > drip->sent) {
        responder.writeBody(QByteArray(due - drip->sent, '*'));
        drip->sent = due;
    }
    if (drip->sent >= drip->total) {
        responder.finish();
        return;
    }
    const double next = double(drip->sent) * drip->pause - elapsed;
    responder.after(int(std::ceil(qMax(0.0, next) * 1000)), [&responder, drip] { dripTick(responder, drip); });
}

void sseTick(PlaygroundResponder &responder, int event, int count, int interval)
{
    if (event > count) {
        responder.endChunks();
        return;
    }
    const QByteArray data = QJsonDocument(QJsonObject { { u"n"_s, event } }).toJson(QJsonDocument::Compact);
    responder.writeChunk("id: "_ba + QByteArray::number(event) + "\ndata: "_ba + data + "\n\n"_ba);
    responder.after(event == count ? 0 : interval,
        [&responder, event, count, interval] { sseTick(responder, event + 1, count, interval); });
}

} // namespace

bool PlaygroundStreamEndpoints::serve(PlaygroundResponder &responder)
{
    const QStringList segments = responder.request().pathSegments();
    const QString first = segments.value(0);
    if (segments.size() == 2 && (first == "bytes"_L1 || first == "stream"_L1))
        serveBytes(responder, segments.at(1), first == "stream"_L1);
    else if (segments.size() == 1 && first == "drip"_L1)
        serveDrip(responder);
    else if (segments.size() == 2 && first == "delay"_L1)
        serveDelay(responder, segments.at(1));
    else if (segments.size() == 1 && first == "sse"_L1)
        serveSse(responder);
    else
        return false;
    return true;
}

// /bytes/{n}?seed=S (Content-Length) and /stream/{n}?seed=S&chunk=C (chunked): PlaygroundBytes' stream.
void PlaygroundStreamEndpoints::serveBytes(PlaygroundResponder &responder, const QString &count, bool chunked)
{
    const PlaygroundRequest &request = responder.request();
    bool ok = false;
    const qint64 length = count.toLongLong(&ok);
    bool seedOk = true;
    const quint64 seed = request.hasQueryItem(u"seed"_s) ? request.queryValue(u"seed"_s).toULongLong(&seedOk) : 0;
    const std::optional<qint64> chunk = request.queryInteger(u"chunk"_s, 1024);
    if (!ok || length < 0 || length > MaxBytes || !seedOk)
        return badRequest(responder, "takes a length from 0 to 2^40 and an unsigned 64-bit seed"_ba);
    if (chunked && (!chunk || *chunk < 1 || *chunk > 16 * 1024 * 1024))
        return badRequest(responder, "chunk takes a size from 1 to 16777216"_ba);

    PlaygroundResponder::Headers headers { { "Content-Type"_ba, "application/octet-stream"_ba } };
    headers.append(chunked ? qMakePair("Transfer-Encoding"_ba, "chunked"_ba)
                           : qMakePair("Content-Length"_ba, QByteArray::number(length)));
    responder.writeHead(200, headers);
    responder.streamBody(
        length,
        [seed](qint64 offset, qint64 size) { return PlaygroundBytes::generate(seed, offset, size); },
        chunked ? *chunk : 0);
}

// /drip?numbytes=N&duration=S&delay=D&code=C, as httpbin: after D seconds the headers, then N '*' spread
// over S seconds (the first at once, then one every S/N seconds).
void PlaygroundStreamEndpoints::serveDrip(PlaygroundResponder &responder)
{
    const PlaygroundRequest &request = responder.request();
    const std::optional<qint64> count = request.queryInteger(u"numbytes"_s, 10);
    const std::optional<double> duration = request.queryNumber(u"duration"_s, 2);
    const std::optional<double> delay = request.queryNumber(u"delay"_s, 0);
    const std::optional<qint64> code = request.queryInteger(u"code"_s, 200);
    if (!count || *count < 1 || *count > MaxDripBytes || !duration || *duration < 0 || *duration > 3600 || !delay
        || *delay < 0 || *delay > 3600 || !code || *code < 200 || *code > 599)
        return badRequest(responder, "drip takes numbytes 1–10485760, duration and delay 0–3600, code 200–599"_ba);

    auto drip = std::make_shared<Drip>();
    drip->total = *count;
    drip->pause = *duration / double(*count);
    const int status = int(*code);
    responder.after(int(std::ceil(*delay * 1000)), [&responder, drip, status] {
        if (PlaygroundStatus::forbidsBody(status)) // 204/304 cannot carry the bytes
            return responder.respond(status);
        responder.writeHead(status,
            { { "Content-Type"_ba, "application/octet-stream"_ba },
                { "Content-Length"_ba, QByteArray::number(drip->total) } });
        if (responder.request().isHead())
            return responder.finish();
        drip->clock.start();
        dripTick(responder, drip);
    });
}

// /delay/{s}: waits s seconds (fractional, capped at 10), then answers like /get.
void PlaygroundStreamEndpoints::serveDelay(PlaygroundResponder &responder, const QString &seconds)
{
    bool ok = false;
    const double delay = seconds.toDouble(&ok);
    if (!ok || !std::isfinite(delay) || delay < 0)
        return badRequest(responder, "delay takes a number of seconds"_ba);
    responder.after(int(std::ceil(qMin(delay, 10.0) * 1000)), [&responder] {
        responder.respondJson(200, QJsonDocument(PlaygroundEchoEndpoints::getDocument(responder.request())));
    });
}

// /sse?n=N&interval=MS: N events (default 10) "id: i\ndata: {"n":i}\n\n", i = 1…N, the first at once and then
// one every MS milliseconds (default 1000), each in its own chunk; then the last chunk.
void PlaygroundStreamEndpoints::serveSse(PlaygroundResponder &responder)
{
    const PlaygroundRequest &request = responder.request();
    const std::optional<qint64> count = request.queryInteger(u"n"_s, 10);
    const std::optional<qint64> interval = request.queryInteger(u"interval"_s, 1000);
    if (!count || *count < 0 || *count > 100000 || !interval || *interval < 0 || *interval > 60000)
        return badRequest(responder, "sse takes n 0–100000 and interval 0–60000 (milliseconds)"_ba);
    responder.writeHead(200,
        { { "Content-Type"_ba, "text/event-stream"_ba },
            { "Cache-Control"_ba, "no-cache"_ba },
            { "Transfer-Encoding"_ba, "chunked"_ba } });
    if (request.isHead())
        return responder.finish();
    sseTick(responder, 1, int(*count), int(*interval));
}

} // namespace Reqscope
