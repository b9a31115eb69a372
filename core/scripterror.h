// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Reqscope {

/*!
 * An input error in a `reqscope-cli script` (cli.md §2: exit code 2): where it is and what is wrong.
 * `step` is the step label ("3", or "2.0" inside a handler), `path` the JSON path inside that step ("$.args[1]");
 * either is empty when it does not apply (a JSON syntax error has neither).
 *
 * \code
 * ScriptError { u"3"_s, u"$.args[1]"_s, u"expected a string or null"_s }.toString();
 * // "step 3: $.args[1]: expected a string or null"
 * \endcode
 */
struct ScriptError
{
    QString step;
    QString path;
    QString message;

    QString toString() const;
};

} // namespace Reqscope
