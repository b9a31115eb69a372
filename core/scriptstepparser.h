// SPDX-License-Identifier: MIT
#pragma once

#include "scripterror.h"
#include "scriptstep.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace Reqscope {

class ScriptSubstitution;

/*!
 * Parses and checks one step object of a `reqscope-cli script`, handlers' nested steps included, with
 * `${NAME}` substituted in its strings. ScriptParser runs it over the top-level array.
 *
 * \code
 * ScriptError error;
 * ScriptStepParser parser(variables, &error);
 * const std::optional<ScriptStep> step = parser.parse(QJsonObject { { u"call"_s, u"Abort"_s } }, u"0"_s);
 * \endcode
 */
class ScriptStepParser
{
public:
    ScriptStepParser(const ScriptSubstitution &variables, ScriptError *error)
        : m_variables(variables)
        , m_error(error)
    {
    }

    /// The step, or nullopt with the error's step label, path and message set (the label is the innermost step's).
    std::optional<ScriptStep> parse(const QJsonValue &value, const QString &label);

private:
    bool fail(const QString &path, const QString &message)
    {
        m_error->path = path;
        m_error->message = message;
        return false;
    }
    bool text(const QJsonObject &object, const QString &key, QString *out);
    bool count(const QJsonObject &object, const QString &key, qint64 *out);
    bool checkKeys(const QJsonObject &object, const QString &kind, const QStringList &allowed);
    bool parseCall(const QJsonObject &object, const QString &kind, ScriptStep *step);
    bool parseOn(const QJsonObject &object, ScriptStep *step);

    const ScriptSubstitution &m_variables;
    ScriptError *m_error;
};

} // namespace Reqscope
