// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace Reqscope {

class PlaygroundResponder;

/// /fault/…: answers that break HTTP on purpose, each in one exact, documented way (see README.md).
class PlaygroundFaultEndpoints
{
public:
    static constexpr qint64 ResetDeclaredLength = 100000; ///< reset-mid-body's Content-Length
    static constexpr qint64 ResetSentLength = 10240; ///< … and the bytes it sends before the RST
    static constexpr int TruncatedChunks = 3; ///< truncated-chunked sends this many chunks …
    static constexpr int TruncatedChunkSize = 1000; ///< … of this size, and no last chunk
    static constexpr int HugeHeadersDefaultKib = 160; ///< huge-headers: about this many 1 KiB headers

    /// Answers if the path is under /fault/; false otherwise.
    static bool serve(PlaygroundResponder &responder);

private:
    static void serveHugeHeaders(PlaygroundResponder &responder);
};

} // namespace Reqscope
