// SPDX-License-Identifier: MIT
#include "playgroundgzipbomb.h"

#include <zlib.h>

namespace Reqscope {

namespace {

constexpr int SegmentSize = 1 << 20;

// Raw deflate of one segment of zeros, byte-aligned and independent of what came before.
QByteArray deflateZeroSegment()
{
    z_stream stream = {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return QByteArray();
    QByteArray zeros(SegmentSize, '\0');
    QByteArray out(SegmentSize, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(zeros.data());
    stream.avail_in = uInt(zeros.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FULL_FLUSH);
    const bool ok = result == Z_OK && stream.avail_in == 0 && stream.avail_out > 0;
    out.truncate(out.size() - qsizetype(stream.avail_out));
    deflateEnd(&stream);
    return ok ? out : QByteArray();
}

void appendLittleEndian32(QByteArray &bytes, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes.append(char((value >> (8 * i)) & 0xff));
}

QByteArray buildBomb()
{
    const QByteArray segment = deflateZeroSegment();
    Q_ASSERT(!segment.isEmpty());
    constexpr qint64 segments = PlaygroundGzipBomb::InflatedSize / SegmentSize;
    QByteArray bomb;
    bomb.reserve(10 + segment.size() * segments + 2 + 8);
    // gzip header: magic, CM=deflate, no flags, no mtime, XFL=2 (best compression), OS=255 (unknown)
    bomb.append("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    for (qint64 i = 0; i < segments; ++i)
        bomb.append(segment);
    bomb.append("\x03\x00", 2); // a final fixed-Huffman block holding only end-of-block
    const QByteArray zeros(SegmentSize, '\0');
    const uLong segmentCrc
        = crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(zeros.constData()), SegmentSize);
    uLong crc = crc32(0, nullptr, 0);
    for (qint64 i = 0; i < segments; ++i)
        crc = crc32_combine(crc, segmentCrc, SegmentSize);
    appendLittleEndian32(bomb, quint32(crc));
    appendLittleEndian32(bomb, quint32(PlaygroundGzipBomb::InflatedSize & 0xffffffff)); // ISIZE is mod 2^32
    return bomb;
}

} // namespace

const QByteArray &PlaygroundGzipBomb::body()
{
    static const QByteArray bomb = buildBomb();
    return bomb;
}

} // namespace Reqscope
