// SPDX-License-Identifier: MIT
#include "timingphases.h"

#include <algorithm>

namespace Reqscope {

namespace {

// The first boundary that happened (the record says -1 for the ones that did not), else \a fallback.
double firstOf(std::initializer_list<double> candidates, double fallback)
{
    for (const double ms : candidates) {
        if (ms >= 0)
            return ms;
    }
    return fallback;
}

} // namespace

QList<TimingPhases::Phase> TimingPhases::of(const RequestRunner::Timing &timing, double nowMs)
{
    const double end = timing.endMs >= 0 ? timing.endMs : nowMs;
    QList<Phase> phases;
    if (!timing.phases) {
        const double headers = timing.responseStartMs >= 0 ? timing.responseStartMs : end;
        phases.append({ Kind::Waiting, 0, headers });
        if (timing.responseStartMs >= 0)
            phases.append({ Kind::Receiving, headers, end });
        return phases;
    }
    const TimingRecord &t = *timing.phases;
    const double at = std::max(0.0, timing.sendMs); // the record counts from Send
    // An aborted request has no `done`: it ended when the runner ended it.
    const double done = t.done >= 0 ? t.done : end - at;
    const auto add = [&](Kind kind, double from, double to) {
        phases.append({ kind, at + from, at + std::max(from, to) });
    };
    const double afterDns = std::max(0.0, t.dns);
    if (t.dns >= 0)
        add(Kind::Dns, 0, t.dns);
    if (t.connect >= 0)
        add(Kind::Connect, afterDns, firstOf({ t.tls, t.sent }, done));
    if (t.tls >= 0)
        add(Kind::Tls, t.connect >= 0 ? t.connect : afterDns, t.tls);
    // Sending is what remains after the connection was ready: a plain http connect ends only with `sent`.
    const double ready = t.connect >= 0 ? firstOf({ t.tls, t.sent }, done) : afterDns;
    if (t.sent > ready)
        add(Kind::Sending, ready, t.sent);
    if (t.sent >= 0)
        add(Kind::Waiting, t.sent, firstOf({ t.firstByte }, done));
    if (t.firstByte >= 0)
        add(Kind::Receiving, t.firstByte, done);
    return phases;
}

QString TimingPhases::label(Kind kind)
{
    switch (kind) {
    case Kind::Dns:
        return tr("DNS");
    case Kind::Connect:
        return tr("Connect");
    case Kind::Tls:
        return tr("TLS");
    case Kind::Sending:
        return tr("Sending");
    case Kind::Waiting:
        return tr("Waiting (TTFB)");
    case Kind::Receiving:
        return tr("Receiving");
    }
    return QString();
}

} // namespace Reqscope
