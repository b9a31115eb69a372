// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QtGlobal>

#include <functional>

namespace Reqscope {

/*!
 * The progress meter of `reqscope-cli send` on a terminal's stderr: bytes so far, rate and, when the length
 * is known, percentage and ETA, redrawn in place (carriage return) at most ten times a second and erased
 * at the end so the shell prompt starts on a clean line.
 *
 * \code
 * SendProgress progress([](const QByteArray &text) { ::write(2, text.constData(), text.size()); });
 * progress.setExpectedSize(contentLength);
 * progress.update(received); // throttled
 * progress.finish();
 * \endcode
 */
class SendProgress
{
public:
    using Writer = std::function<void(const QByteArray &text)>;

    explicit SendProgress(Writer writer);

    void setExpectedSize(qint64 bytes); // -1: unknown
    void update(qint64 bytes);
    void finish();

    /// One meter line without the carriage return: "  1.5 MiB  12.0 MiB/s  37%  ETA 0:02".
    static QByteArray line(qint64 bytes, qint64 expected, double seconds);
    static QByteArray size(double bytes);

private:
    Writer m_writer;
    QElapsedTimer m_clock;
    qint64 m_expected = -1;
    qint64 m_lastDrawNs = -1;
    bool m_drawn = false;
};

} // namespace Reqscope
