// SPDX-License-Identifier: MIT
#include "scriptparser.h"

#include "scriptsubstitution.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

const QStringList stepKinds
    = { u"call"_s, u"get"_s, u"set"_s, u"stream"_s, u"on"_s, u"wait_ms"_s, u"new"_s, u"release"_s };

const QStringList eventNames
    = { u"OnResponseStart"_s, u"OnResponseDataAvailable"_s, u"OnResponseFinished"_s, u"OnError"_s };

/// Parses one step object; every failure sets the error's path and message (the label is set by the caller).
class StepParser
{
public:
    StepParser(const ScriptSubstitution &variables, ScriptError *error)
        : m_variables(variables)
        , m_error(error)
    {
    }

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

bool StepParser::text(const QJsonObject &object, const QString &key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return fail("$."_L1 + key, u"expected a string"_s);
    QString message;
    const std::optional<QString> substituted = m_variables.apply(value.toString(), &message);
    if (!substituted)
        return fail("$."_L1 + key, message);
    *out = *substituted;
    return true;
}

bool StepParser::count(const QJsonObject &object, const QString &key, qint64 *out)
{
    const double number = object.value(key).toDouble(-1);
    if (!object.value(key).isDouble() || number < 0 || number != qint64(number) || number > 2147483647.0)
        return fail("$."_L1 + key, u"expected a non-negative integer"_s);
    *out = qint64(number);
    return true;
}

bool StepParser::checkKeys(const QJsonObject &object, const QString &kind, const QStringList &allowed)
{
    for (const QString &key : object.keys()) {
        if (key != kind && !allowed.contains(key))
            return fail("$."_L1 + key, u"unknown key in a \"%1\" step"_s.arg(kind));
    }
    return true;
}

bool StepParser::parseCall(const QJsonObject &object, const QString &kind, ScriptStep *step)
{
    QString name;
    if (!text(object, kind, &name))
        return false;
    const bool isStream = kind == "get"_L1 && name == "ResponseStream"_L1;
    if (!checkKeys(object, kind, isStream ? QStringList { u"args"_s, u"as"_s } : QStringList { u"args"_s }))
        return false;
    if (isStream && !object.contains("as"_L1))
        return fail(u"$"_s, u"get ResponseStream needs a stream name: \"as\": \"s1\""_s);
    if (isStream && !text(object, u"as"_s, &step->name))
        return false;

    QJsonValue args = object.value("args"_L1);
    QString path = u"$.args"_s;
    QString message;
    if (!args.isUndefined()) {
        const std::optional<QJsonValue> substituted = m_variables.apply(args, &path, &message);
        if (!substituted)
            return fail(path, message);
        args = *substituted;
    }
    const ScriptCall::Kind callKind = kind == "call"_L1 ? ScriptCall::Call
        : kind == "get"_L1                              ? ScriptCall::Get
                                                        : ScriptCall::Set;
    step->call = ScriptCall::parse(callKind, name, args, &path, &message);
    return step->call ? true : fail(path, message);
}

bool StepParser::parseOn(const QJsonObject &object, ScriptStep *step)
{
    QString name;
    if (!checkKeys(object, u"on"_s, { u"nth"_s, u"do"_s }) || !text(object, u"on"_s, &name))
        return false;
    const std::optional<ScriptStep::Event> event = ScriptParser::eventFromName(name);
    if (!event)
        return fail(u"$.on"_s, u"unknown event \"%1\" (expected one of %2)"_s.arg(name, eventNames.join(", "_L1)));
    step->event = *event;

    const QJsonValue nth = object.value("nth"_L1);
    QString each;
    if (nth.isString()) {
        if (!text(object, u"nth"_s, &each) || each != "each"_L1)
            return fail(u"$.nth"_s, u"expected a positive integer or \"each\""_s);
        step->nth = ScriptStep::EachTime;
    } else if (!nth.isUndefined()) {
        qint64 n = 0;
        if (!count(object, u"nth"_s, &n) || n < 1)
            return fail(u"$.nth"_s, u"expected a positive integer or \"each\""_s);
        step->nth = int(n);
    }

    const QJsonValue handler = object.value("do"_L1);
    if (!handler.isArray())
        return fail(u"$.do"_s, u"expected an array of steps"_s);
    const QJsonArray nested = handler.toArray();
    for (qsizetype i = 0; i < nested.size(); ++i) {
        const QString label = step->label + u'.' + QString::number(i);
        std::optional<ScriptStep> child = parse(nested.at(i), label);
        if (!child)
            return false; // the nested step's own label and path stand
        step->steps.push_back(std::move(*child));
    }
    return true;
}

std::optional<ScriptStep> StepParser::parse(const QJsonValue &value, const QString &label)
{
    ScriptStep step;
    step.label = label;
    m_error->step = label;
    const QJsonObject object = value.toObject();
    if (!value.isObject()) {
        fail(u"$"_s, u"expected a step object"_s);
        return std::nullopt;
    }
    QStringList kinds;
    for (const QString &kind : stepKinds) {
        if (object.contains(kind))
            kinds.append(kind);
    }
    if (kinds.size() != 1) {
        fail(u"$"_s,
            kinds.isEmpty()
                ? u"unknown step kind (expected one of %1)"_s.arg(stepKinds.join(", "_L1))
                : u"a step has exactly one of %1, found %2"_s.arg(stepKinds.join(", "_L1), kinds.join(" and "_L1)));
        return std::nullopt;
    }
    const QString kind = kinds.first();
    bool ok = false;
    if (kind == "call"_L1 || kind == "get"_L1 || kind == "set"_L1) {
        step.kind = ScriptStep::Kind::Call;
        ok = parseCall(object, kind, &step);
    } else if (kind == "stream"_L1) {
        step.kind = ScriptStep::Kind::Stream;
        step.read = object.contains("read"_L1);
        ok = checkKeys(object, kind, { u"seek"_s, u"read"_s }) && text(object, kind, &step.name)
            && (object.contains("read"_L1) != object.contains("seek"_L1)
                    ? count(object, step.read ? u"read"_s : u"seek"_s, &step.amount)
                    : fail(u"$"_s, u"a stream step has exactly one of \"seek\" and \"read\""_s));
    } else if (kind == "on"_L1) {
        step.kind = ScriptStep::Kind::On;
        ok = parseOn(object, &step);
    } else if (kind == "wait_ms"_L1) {
        step.kind = ScriptStep::Kind::Wait;
        ok = checkKeys(object, kind, {}) && count(object, kind, &step.amount);
    } else {
        step.kind = kind == "new"_L1 ? ScriptStep::Kind::New : ScriptStep::Kind::Release;
        ok = checkKeys(object, kind, {})
            && (object.value(kind) == QJsonValue(true) || fail("$."_L1 + kind, u"expected true"_s));
    }
    if (!ok)
        return std::nullopt;
    return step;
}

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

    StepParser parser(variables, error);
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
    const qsizetype index = eventNames.indexOf(name);
    return index < 0 ? std::nullopt : std::optional(ScriptStep::Event(index));
}

QString ScriptParser::eventName(ScriptStep::Event event)
{
    return eventNames.at(int(event));
}

} // namespace Reqscope
