// SPDX-License-Identifier: MIT
#include "phasetimer.h"

namespace Reqscope {

PhaseTimer::PhaseTimer(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    // Coarse timers may fire up to 5 % early; a time-out must never come before its limit.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const Phase expiredPhase = m_phase;
        m_phase = Phase::Idle;
        Q_EMIT expired(expiredPhase);
    });
}

void PhaseTimer::start(const Limits &limits, qint64 uploadBytes)
{
    m_deadline.stop();
    m_limits = limits;
    m_uploadBytes = uploadBytes;
    m_uploadedBytes = 0;
    m_headSent = false;
    m_phase = Phase::Idle;
    m_record = TimingRecord();
    m_connectingThisHop = false;
    m_clock.start();
}

void PhaseTimer::stop()
{
    m_deadline.stop();
    m_phase = Phase::Idle;
}

void PhaseTimer::reset()
{
    stop();
    m_record = TimingRecord();
    m_clock.invalidate();
}

PhaseTimer::Phase PhaseTimer::phase() const
{
    return m_phase;
}

int PhaseTimer::limitOf(Phase phase) const
{
    switch (phase) {
    case Phase::Resolve:
        return m_limits[0];
    case Phase::Connect:
        return m_limits[1];
    case Phase::Send:
        return m_limits[2];
    case Phase::Receive:
        return m_limits[3];
    case Phase::Idle:
        break;
    }
    return 0;
}

void PhaseTimer::enter(Phase phase)
{
    m_phase = phase;
    touch();
}

void PhaseTimer::touch()
{
    const int limit = limitOf(m_phase);
    if (limit > 0)
        m_deadline.start(limit);
    else
        m_deadline.stop(); // 0 and -1: infinite (and Idle has no deadline)
}

double PhaseTimer::elapsedMs() const
{
    return m_clock.isValid() ? double(m_clock.nsecsElapsed()) / 1e6 : -1;
}

void PhaseTimer::markResolved()
{
    m_record.dns = elapsedMs();
    enter(Phase::Connect);
}

void PhaseTimer::markConnecting()
{
    m_record.connect = elapsedMs();
    m_record.reusedConnection = false;
    m_connectingThisHop = true;
    enter(Phase::Connect);
}

void PhaseTimer::markEncrypted()
{
    m_record.tls = elapsedMs();
    enter(Phase::Send);
}

void PhaseTimer::markUploading(qint64 sentBytes)
{
    m_uploadedBytes = sentBytes;
    if (m_phase == Phase::Send)
        touch();
    else if (m_phase == Phase::Connect)
        enter(Phase::Send);
    enterReceiveWhenSent();
}

void PhaseTimer::markSent()
{
    m_headSent = true;
    m_record.reusedConnection = !m_connectingThisHop;
    if (m_phase == Phase::Connect)
        enter(Phase::Send);
    enterReceiveWhenSent();
}

void PhaseTimer::enterReceiveWhenSent()
{
    // Qt emits requestSent once the head is written and reports the body through uploadProgress (throttled
    // to one signal per 100 ms, the last one always), so the Send phase lasts until both are done.
    if (!m_headSent || m_uploadedBytes < m_uploadBytes || m_phase == Phase::Receive)
        return;
    m_record.sent = elapsedMs();
    enter(Phase::Receive);
}

void PhaseTimer::markFirstByte()
{
    if (m_record.firstByte < 0)
        m_record.firstByte = elapsedMs();
    enter(Phase::Receive);
}

void PhaseTimer::markDone()
{
    m_record.done = elapsedMs();
    stop();
}

void PhaseTimer::markNewHop(bool keepsBody)
{
    m_connectingThisHop = false;
    m_headSent = false;
    m_uploadedBytes = 0;
    if (!keepsBody)
        m_uploadBytes = 0;
    m_record.firstByte = -1;
    // Until the next milestone shows whether a new connection is made, the hop is connecting or writing.
    enter(Phase::Connect);
}

TimingRecord PhaseTimer::record() const
{
    return m_record;
}

} // namespace Reqscope
