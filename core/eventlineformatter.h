// SPDX-License-Identifier: MIT
#pragma once

#include "jsonline.h"

#include <QString>
#include <QtGlobal>

namespace Reqscope {

/*!
 * The event lines of cli.md §2.2, keys in the spec's order, without their `t_ms` (each caller owns its clock):
 * `reqscope-cli script` prints them on stdout, `reqscope-cli send --trace` on stderr (cli.md §3), so both
 * read the same.
 *
 * \code
 * JsonLine line = EventLineFormatter::responseDataAvailable(1, 1);
 * EventLineFormatter::addTime(line, 0.3); // {"event":"OnResponseDataAvailable","size":1,"total":1,"t_ms":0.3}
 * \endcode
 */
class EventLineFormatter
{
public:
    EventLineFormatter() = delete;

    static JsonLine responseStarted(int status, const QString &contentType);
    static JsonLine responseDataAvailable(qint64 size, qint64 total);
    static JsonLine responseFinished(qint64 total);
    static JsonLine errorOccurred(qint32 errorNumber, const QString &description);
    /// Appends `"t_ms"` with one decimal.
    static void addTime(JsonLine &line, double milliseconds);
};

} // namespace Reqscope
