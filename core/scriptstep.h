// SPDX-License-Identifier: MIT
#pragma once

#include "scriptcall.h"

#include <QString>

#include <optional>
#include <vector>

namespace Reqscope {

/// One parsed, checked step of a `reqscope-cli script` (cli.md §2.1); ScriptParser makes them, ScriptRunner runs them.
struct ScriptStep
{
    enum class Kind { Call, Stream, On, Wait, New, Release };
    enum class Event { ResponseStart, ResponseDataAvailable, ResponseFinished, Error };
    static constexpr int EventCount = 4;
    static constexpr int EachTime = 0; ///< `"nth": "each"`

    Kind kind = Kind::Call;
    QString label; ///< "3" at the top level, "2.0" for nested step 0 of the handler registered by step 2
    std::optional<ScriptCall> call; ///< Kind::Call: a call, get or set
    QString name; ///< Kind::Stream: the stream; get ResponseStream: its "as" name
    bool read = false; ///< Kind::Stream: read (true) or seek (false)
    qint64 amount = 0; ///< Kind::Stream: offset or byte count; Kind::Wait: milliseconds
    Event event = Event::ResponseStart; ///< Kind::On
    int nth = 1; ///< Kind::On: 1-based, or EachTime
    std::vector<ScriptStep> steps; ///< Kind::On: the handler's steps

    bool isTopLevel() const
    {
        return !label.contains(u'.');
    }
};

} // namespace Reqscope
