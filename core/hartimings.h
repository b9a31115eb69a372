// SPDX-License-Identifier: MIT
#pragma once

namespace Reqscope {

struct TimingRecord;

/*!
 * The `timings` object of a HAR 1.2 entry, in milliseconds; -1 marks a phase that did not apply (a reused
 * connection has no dns/connect/ssl). \c ssl is included in \c connect, as HAR defines.
 * \code
 * const HarTimings t = HarTimings::fromTimingRecord(request.timing());
 * entry.insert(u"time"_s, t.total());
 * \endcode
 */
struct HarTimings
{
    double blocked = -1;
    double dns = -1;
    double connect = -1;
    double ssl = -1;
    double send = 0;
    double wait = 0;
    double receive = 0;

    /// The entry's `time`: the sum of the phases that applied (ssl is inside connect).
    double total() const;

    /// From moments measured since Send (the engine's TimingRecord fields; -1: did not happen). Qt reports when
    /// connecting started and when TLS finished but not when TCP was established, so without TLS the connect
    /// phase is folded into send, and with TLS ssl equals connect (an upper bound).
    static HarTimings fromMilestones(
        double dnsDone, double connectStarted, double tlsDone, double sent, double firstByte, double done);

    /// The engine's record (HttpRequest::timing(), kept with history) as HAR phases; see fromMilestones.
    static HarTimings fromTimingRecord(const TimingRecord &record);

    friend bool operator==(const HarTimings &a, const HarTimings &b)
    {
        return a.blocked == b.blocked && a.dns == b.dns && a.connect == b.connect && a.ssl == b.ssl && a.send == b.send
            && a.wait == b.wait && a.receive == b.receive;
    }
};

} // namespace Reqscope
