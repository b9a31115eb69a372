// SPDX-License-Identifier: MIT
#include "playgroundbytes.h"

namespace Reqscope {

quint64 PlaygroundBytes::word(quint64 seed, quint64 k)
{
    quint64 z = seed + (k + 1) * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QByteArray PlaygroundBytes::generate(quint64 seed, qint64 offset, qint64 length)
{
    QByteArray bytes(length, Qt::Uninitialized);
    fill(seed, offset, bytes.data(), length);
    return bytes;
}

void PlaygroundBytes::fill(quint64 seed, qint64 offset, char *out, qint64 length)
{
    Q_ASSERT(offset >= 0 && length >= 0);
    qint64 i = 0;
    while (i < length) {
        const quint64 position = quint64(offset + i);
        quint64 w = word(seed, position / 8) >> (8 * (position % 8));
        // the rest of this word, byte by byte, least significant first
        for (quint64 b = position % 8; b < 8 && i < length; ++b, ++i) {
            out[i] = char(w & 0xff);
            w >>= 8;
        }
    }
}

} // namespace Reqscope
