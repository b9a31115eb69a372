// SPDX-License-Identifier: MIT
#include "hartimings.h"

#include "timingrecord.h"

#include <QtGlobal>

namespace Reqscope {

double HarTimings::total() const
{
    double sum = 0;
    for (const double phase : { blocked, dns, connect, send, wait, receive })
        sum += qMax(0.0, phase);
    return sum;
}

HarTimings HarTimings::fromMilestones(
    double dnsDone, double connectStarted, double tlsDone, double sent, double firstByte, double done)
{
    HarTimings t;
    double previous = 0;
    if (dnsDone >= 0) {
        t.dns = dnsDone;
        previous = dnsDone;
    }
    if (connectStarted >= 0) {
        t.blocked = qMax(0.0, connectStarted - previous);
        const double connected = tlsDone >= 0 ? tlsDone : connectStarted;
        t.connect = qMax(0.0, connected - connectStarted);
        if (tlsDone >= 0)
            t.ssl = t.connect;
        previous = qMax(previous, connected);
    }
    if (sent >= 0) {
        t.send = qMax(0.0, sent - previous);
        previous = sent;
    }
    if (firstByte >= 0) {
        t.wait = qMax(0.0, firstByte - previous);
        previous = firstByte;
        if (done >= 0)
            t.receive = qMax(0.0, done - firstByte);
    }
    return t;
}

HarTimings HarTimings::fromTimingRecord(const TimingRecord &record)
{
    HarTimings t = fromMilestones(record.dns, record.connect, record.tls, record.sent, record.firstByte, record.done);
    if (record.reusedConnection) // HAR: -1 for phases a reused connection skipped
        t.dns = t.connect = t.ssl = -1;
    return t;
}

} // namespace Reqscope
