// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

class QString;

namespace Reqscope {

class PlaygroundResponder;

/// The endpoints that take time or size: /bytes/{n}, /stream/{n}, /drip, /delay/{s} and /sse.
class PlaygroundStreamEndpoints
{
public:
    static constexpr qint64 MaxBytes = qint64(1) << 40; ///< /bytes and /stream: up to 1 TiB
    static constexpr qint64 MaxDripBytes = 10 * 1024 * 1024;

    /// Answers if the path is one of this group's; false otherwise.
    static bool serve(PlaygroundResponder &responder);

private:
    static void serveBytes(PlaygroundResponder &responder, const QString &count, bool chunked);
    static void serveDrip(PlaygroundResponder &responder);
    static void serveDelay(PlaygroundResponder &responder, const QString &seconds);
    static void serveSse(PlaygroundResponder &responder);
};

} // namespace Reqscope
