// SPDX-License-Identifier: MIT
#include "scriptparser.h"

#include "scriptstepparser.h"
#include "scriptsubstitution.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

const QStringList events
    = { u"OnResponseStart"_s, u"OnResponseDataAvailable"_s, u"OnResponseFinished"_s, u"OnError"_s };

QString lineAndColumn(const QByteArray &json, qsizetype offset)
{
    const QByteArray before = json.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    // Columns count characters, not bytes, so a position after non-ASCII text matches an editor's.
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return u"line %1, column %2"_s.arg(before.count('\n') + 1).arg(column);
}

bool needsRequest(const ScriptStep &step)
{
    return step.kind == ScriptStep::Kind::Call || step.kind == ScriptStep::Kind::On
        || step.kind == ScriptStep::Kind::Release;
}

} // namespace

std::optional<std::vector<ScriptStep>> ScriptParser::parse(
    const QByteArray &json, const ScriptSubstitution &variables, ScriptError *error)
{
    *error = {};
    const QByteArray text = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json; // a UTF-8 byte-order mark
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset is one past the offending character; point at the character itself.
        error->message = lineAndColumn(text, qMax(0, parseError.offset - 1)) + u": "_s + parseError.errorString();
        return std::nullopt;
    }
    QJsonArray array = document.array();
    const QJsonObject root = document.object();
    if (document.isObject() && root.size() == 1 && root.value("steps"_L1).isArray()) {
        array = root.value("steps"_L1).toArray();
    } else if (!document.isArray()) {
        error->path = u"$"_s;
        error->message = u"expected an array of steps or {\"steps\": [...]}"_s;
        return std::nullopt;
    }

    ScriptStepParser parser(variables, error);
    std::vector<ScriptStep> steps;
    bool haveRequest = true; // one request object exists when the script starts
    for (qsizetype i = 0; i < array.size(); ++i) {
        std::optional<ScriptStep> step = parser.parse(array.at(i), QString::number(i));
        if (!step)
            return std::nullopt;
        // Only the top-level order is known before running; handlers that release are checked at run time.
        if (!haveRequest && needsRequest(*step)) {
            *error = { step->label, u"$"_s, u"the request object was released; add {\"new\": true} first"_s };
            return std::nullopt;
        }
        if (step->kind == ScriptStep::Kind::New || step->kind == ScriptStep::Kind::Release)
            haveRequest = step->kind == ScriptStep::Kind::New;
        steps.push_back(std::move(*step));
    }
    *error = {};
    return steps;
}

std::optional<ScriptStep::Event> ScriptParser::eventFromName(const QString &name)
{
    const qsizetype index = events.indexOf(name);
    return index < 0 ? std::nullopt : std::optional(ScriptStep::Event(index));
}

QStringList ScriptParser::eventNames()
{
    return events;
}

QString ScriptParser::eventName(ScriptStep::Event event)
{
    return events.at(int(event));
}

} // namespace Reqscope
