// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <optional>

namespace Reqscope {

/*!
 * Converts one positional JSON argument of a script call to the C++ value HttpRequest takes, by the COM
 * parameter type it stands for (cli.md §2.1, winhttp-behaviour.md §1.1). A missing optional argument arrives
 * as an undefined QJsonValue and becomes the COM "missing" value.
 *
 * \code
 * ScriptArgument::convert(ScriptArgument::String, QJsonValue(QJsonValue::Null), &message); // null QString
 * \endcode
 */
class ScriptArgument
{
public:
    enum Kind {
        String, ///< BSTR: string, or null → a null QString (not ""); missing → null QString
        Long, ///< long: an integral JSON number in int range; missing → -1 (WaitForResponse's "infinite")
        Async, ///< Open's VARIANT Async: bool; number (0 = false); null or missing → false
        Body, ///< Send's VARIANT: string, {"base64": "..."} → bytes, null or missing → none; numbers and
              ///< booleans pass through so the engine can answer them with E_INVALIDARG as Windows does
        OptionId, ///< a number, or a name as HttpRequest::optionId() knows it ("URLCodePage")
        OptionValue, ///< number → int (qint64 beyond int), bool, string, null → null QString
    };

    /// The converted value, or nullopt with *message saying what was expected.
    static std::optional<QVariant> convert(Kind kind, const QJsonValue &value, QString *message);
};

} // namespace Reqscope
