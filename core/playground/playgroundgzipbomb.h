// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace Reqscope {

/*!
 * The body of /fault/gzip-bomb: one valid gzip member (RFC 1952) of about 1 MiB that inflates to 1 GiB of
 * zero bytes. Deflating a whole GiB takes seconds, so zlib compresses one MiB of zeros once, ending it with
 * Z_FULL_FLUSH (which byte-aligns the output and forgets the window); that compressed MiB is then repeated
 * 1024 times, closed with an empty final block, and framed with a header and a trailer whose CRC-32 comes
 * from crc32_combine(). Built on first use, then cached.
 */
class PlaygroundGzipBomb
{
public:
    static constexpr qint64 InflatedSize = qint64(1) << 30;

    /// The gzip bytes as sent on the wire.
    [[nodiscard]] static const QByteArray &body();
};

} // namespace Reqscope
