// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Reqscope {

/*!
 * `${NAME}` replacement in the strings of a `reqscope-cli script` (cli.md §2): every `${NAME}` in every JSON
 * string value becomes the `--var NAME=VALUE` value. Object keys are never substituted. A `$` not followed by
 * `{` is literal; an undefined name or a `${` without `}` is an input error. Replacement text is not scanned
 * again, so a value may itself contain `${`.
 *
 * \code
 * ScriptSubstitution vars({ { u"BASE"_s, u"http://127.0.0.1:8080"_s } });
 * vars.apply(u"${BASE}/get"_s, &message); // "http://127.0.0.1:8080/get"
 * \endcode
 */
class ScriptSubstitution
{
public:
    explicit ScriptSubstitution(QHash<QString, QString> variables = {});

    /// The text with every ${NAME} replaced; nullopt with *message set on an undefined or unterminated name.
    std::optional<QString> apply(const QString &text, QString *message) const;
    /// Applies apply() to every string inside value; on error *path (starting from the given one) names it.
    std::optional<QJsonValue> apply(const QJsonValue &value, QString *path, QString *message) const;

private:
    QHash<QString, QString> m_variables;
};

} // namespace Reqscope
