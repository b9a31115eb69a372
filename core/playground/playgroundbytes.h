// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace Reqscope {

/*!
 * The deterministic bytes of /bytes/{n}?seed=S and /stream/{n}?seed=S: the little-endian concatenation of the
 * outputs of splitmix64 seeded with S (default 0). Byte i is byte (i mod 8) of word(S, i / 8), where
 *
 * \code
 * word(S, k): z = S + (k + 1) * 0x9E3779B97F4A7C15   (all arithmetic mod 2^64)
 *             z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
 *             z = (z ^ (z >> 27)) * 0x94D049BB133111EB
 *             return z ^ (z >> 31)
 * \endcode
 *
 * Any range can be generated without the bytes before it, which is how the server streams gigabytes with flat
 * memory and how a test checks a slice.
 */
class PlaygroundBytes
{
public:
    /// The 64-bit word k of the stream for \a seed.
    [[nodiscard]] static quint64 word(quint64 seed, quint64 k);
    /// Bytes [offset, offset + length) of the stream for \a seed.
    [[nodiscard]] static QByteArray generate(quint64 seed, qint64 offset, qint64 length);
    /// Writes bytes [offset, offset + length) of the stream for \a seed to \a out.
    static void fill(quint64 seed, qint64 offset, char *out, qint64 length);
};

} // namespace Reqscope
