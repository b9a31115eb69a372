// SPDX-License-Identifier: MIT
#include "sendprogress.h"

#include <QString>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
constexpr qint64 redrawIntervalNs = 100'000'000; // ten redraws a second at most
}

SendProgress::SendProgress(Writer writer)
    : m_writer(std::move(writer))
{
    m_clock.start();
}

void SendProgress::setExpectedSize(qint64 bytes)
{
    m_expected = bytes;
}

void SendProgress::update(qint64 bytes)
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_lastDrawNs >= 0 && now - m_lastDrawNs < redrawIntervalNs)
        return;
    m_lastDrawNs = now;
    m_drawn = true;
    // \r then erase to the end of the line: the new text may be shorter than the last.
    m_writer("\r\x1b[K"_ba + line(bytes, m_expected, double(now) / 1e9));
}

void SendProgress::finish()
{
    if (m_drawn)
        m_writer("\r\x1b[K"_ba);
    m_drawn = false;
}

QByteArray SendProgress::size(double bytes)
{
    static const char *const units[] = { "B", "KiB", "MiB", "GiB", "TiB" };
    int unit = 0;
    while (bytes >= 1024.0 && unit < 4) {
        bytes /= 1024.0;
        ++unit;
    }
    return QByteArray::number(bytes, 'f', unit == 0 ? 0 : 1) + ' ' + units[unit];
}

QByteArray SendProgress::line(qint64 bytes, qint64 expected, double seconds)
{
    const double rate = seconds > 0 ? double(bytes) / seconds : 0;
    QByteArray text = "  "_ba + size(double(bytes)) + "  "_ba + size(rate) + "/s"_ba;
    if (expected > 0) {
        text += "  "_ba + QByteArray::number(std::min<qint64>(100, bytes * 100 / expected)) + '%';
        if (rate > 0) {
            const qint64 eta = qint64(std::ceil(double(std::max<qint64>(0, expected - bytes)) / rate));
            text += "  ETA "_ba + QByteArray::number(eta / 60) + ':'
                + QByteArray::number(eta % 60).rightJustified(2, '0');
        }
    }
    return text;
}

} // namespace Reqscope
