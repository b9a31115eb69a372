// SPDX-License-Identifier: MIT
#pragma once

#include "timingrecord.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <array>

namespace Reqscope {

/*!
 * SetTimeouts (spec §3.8) and the TimingRecord of one request. The owner reports what the transport does
 * (enter a phase, activity within it, the milestones); PhaseTimer keeps one deadline for the current phase and
 * emits expired() when it passes. Each phase has its own limit; activity restarts the current one, so Send and
 * Receive measure inactivity, not total time. A limit of 0 or -1 is infinite.
 *
 * \code
 * PhaseTimer timer;
 * timer.start({ 0, 60000, 30000, 30000 });  // at Send: clock at 0, no phase yet
 * timer.enter(PhaseTimer::Phase::Connect);
 * connect(&timer, &PhaseTimer::expired, this, [this] { fail(timeout); });
 * timer.markSent();                          // enters Receive
 * \endcode
 */
class PhaseTimer : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Idle, Resolve, Connect, Send, Receive };
    Q_ENUM(Phase)
    using Limits = std::array<int, 4>; // resolve, connect, send, receive (SetTimeouts order)

    explicit PhaseTimer(QObject *parent = nullptr);

    /// A new request with a body of \a uploadBytes: the clock restarts, the record clears, no deadline runs until
    /// enter().
    void start(const Limits &limits, qint64 uploadBytes = 0);
    /// Stops the deadline; the record stays readable.
    void stop();
    /// No request: the record clears (Open).
    void reset();
    Phase phase() const;
    /// Switches to \a phase and restarts its deadline.
    void enter(Phase phase);
    /// Activity in the current phase (a write, a piece of data): its deadline starts again.
    void touch();

    // Milestones: each records the time since start() and moves to the phase that follows it.
    void markResolved(); // → Connect
    void markConnecting(); // → Connect; a new connection
    void markEncrypted(); // → Send
    void markUploading(qint64 sentBytes); // → Send (a connection exists), restarts its deadline
    /// The head is written (Qt's requestSent comes before the body): → Receive once the body is out too.
    /// Without markConnecting since the last hop: a reused connection.
    void markSent();
    void markFirstByte(); // restarts Receive
    void markDone(); // stops
    /// A redirect hop or authentication retry: phases begin anew; \a keepsBody for 307/308 and retries.
    void markNewHop(bool keepsBody);

    TimingRecord record() const;
    double elapsedMs() const;

Q_SIGNALS:
    void expired(Reqscope::PhaseTimer::Phase phase);

private:
    int limitOf(Phase phase) const;
    void enterReceiveWhenSent();

    QTimer m_deadline;
    QElapsedTimer m_clock;
    Limits m_limits { 0, 0, 0, 0 };
    Phase m_phase = Phase::Idle;
    TimingRecord m_record;
    bool m_connectingThisHop = false;
    bool m_headSent = false;
    qint64 m_uploadBytes = 0;
    qint64 m_uploadedBytes = 0;
};

} // namespace Reqscope
