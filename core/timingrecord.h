// SPDX-License-Identifier: MIT
#pragma once

namespace Reqscope {

/*!
 * When the steps of one request happened, in milliseconds since Send, for the GUI timeline, HAR export and
 * `--trace`. A step that did not happen is -1: no name lookup for an IP literal, no connect or TLS on a reused
 * connection, no TLS for http, no firstByte/done when the request failed or was cancelled before. With
 * redirects or authentication retries, connect/tls/sent describe the last hop; firstByte and done the final
 * response.
 *
 * \code
 * const TimingRecord t = request.timing();
 * if (t.firstByte >= 0 && t.sent >= 0)
 *     qDebug() << "waiting" << t.firstByte - t.sent << "ms";
 * \endcode
 */
struct TimingRecord
{
    double dns = -1; // our own lookup of the host (or proxy) finished
    double connect = -1; // the socket started connecting (Qt reports no "TCP established" moment)
    double tls = -1; // the TLS handshake completed
    double sent = -1; // the request (headers and body) was written
    double firstByte = -1; // the final response's head arrived
    double done = -1; // the request ended: completed, failed or timed out
    bool reusedConnection = false; // the last hop was sent without a new connection

    friend bool operator==(const TimingRecord &a, const TimingRecord &b)
    {
        return a.dns == b.dns && a.connect == b.connect && a.tls == b.tls && a.sent == b.sent
            && a.firstByte == b.firstByte && a.done == b.done && a.reusedConnection == b.reusedConnection;
    }
    friend bool operator!=(const TimingRecord &a, const TimingRecord &b)
    {
        return !(a == b);
    }
};

} // namespace Reqscope
