// SPDX-License-Identifier: MIT
#pragma once

#include "scripterror.h"
#include "scriptstep.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <vector>

namespace Reqscope {

class ScriptSubstitution;

/*!
 * Parses a `reqscope-cli script` (cli.md §2): a JSON array of steps or `{"steps": [...]}`, with `${NAME}`
 * substituted in every string. The whole script, handlers included, is checked before anything runs, so a
 * malformed script has no side effects and prints nothing on stdout. Unknown keys are errors (a typo such as
 * "arg" would otherwise silently drop arguments).
 *
 * \code
 * ScriptError error;
 * const auto steps = ScriptParser::parse(json, ScriptSubstitution(variables), &error);
 * if (!steps)
 *     qWarning("%s", qPrintable(error.toString())); // "step 3: $.args[1]: expected a string or null"
 * \endcode
 */
class ScriptParser
{
public:
    [[nodiscard]] static std::optional<std::vector<ScriptStep>> parse(
        const QByteArray &json, const ScriptSubstitution &variables, ScriptError *error);

    /// "OnResponseStart" → Event::ResponseStart; nullopt for other names.
    static std::optional<ScriptStep::Event> eventFromName(const QString &name);
    static QString eventName(ScriptStep::Event event);
    /// The four event names, in Event order.
    static QStringList eventNames();
};

} // namespace Reqscope
