// SPDX-License-Identifier: MIT
#pragma once

#include "requestrunner.h"

#include <QCoreApplication>
#include <QList>

namespace Reqscope {

/*!
 * The bars of the Events tab's timing chart, on the runner's clock (the events' time axis). From the engine's
 * TimingRecord once the request has ended, each phase only when it happened; while it runs (no record yet) the
 * two phases the events reveal: waiting for OnResponseStart, then receiving.
 *
 * Connect spans the TLS handshake, and TLS is its own bar inside it, as browsers' timing views draw it: Qt
 * reports when the socket started connecting and when TLS completed, but no "TCP established" moment between.
 */
class TimingPhases
{
    Q_DECLARE_TR_FUNCTIONS(Reqscope::TimingPhases)

public:
    enum class Kind { Dns, Connect, Tls, Sending, Waiting, Receiving };
    struct Phase
    {
        Kind kind;
        double startMs;
        double endMs;
    };

    /// \a nowMs is the runner's elapsed time, the end of the phase still running.
    static QList<Phase> of(const RequestRunner::Timing &timing, double nowMs);
    static QString label(Kind kind);
};

} // namespace Reqscope
