// SPDX-License-Identifier: MIT
#include "scriptstepparser.h"

#include "scriptparser.h"
#include "scriptsubstitution.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

const QStringList stepKinds
    = { u"call"_s, u"get"_s, u"set"_s, u"stream"_s, u"on"_s, u"wait_ms"_s, u"new"_s, u"release"_s };

} // namespace

bool ScriptStepParser::text(const QJsonObject &object, const QString &key, QString *out)
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

bool ScriptStepParser::count(const QJsonObject &object, const QString &key, qint64 *out)
{
    const double number = object.value(key).toDouble(-1);
    if (!object.value(key).isDouble() || number < 0 || number != qint64(number) || number > 2147483647.0)
        return fail("$."_L1 + key, u"expected a non-negative integer"_s);
    *out = qint64(number);
    return true;
}

bool ScriptStepParser::checkKeys(const QJsonObject &object, const QString &kind, const QStringList &allowed)
{
    for (const QString &key : object.keys()) {
        if (key != kind && !allowed.contains(key))
            return fail("$."_L1 + key, u"unknown key in a \"%1\" step"_s.arg(kind));
    }
    return true;
}

bool ScriptStepParser::parseCall(const QJsonObject &object, const QString &kind, ScriptStep *step)
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

bool ScriptStepParser::parseOn(const QJsonObject &object, ScriptStep *step)
{
    QString name;
    if (!checkKeys(object, u"on"_s, { u"nth"_s, u"do"_s }) || !text(object, u"on"_s, &name))
        return false;
    const std::optional<ScriptStep::Event> event = ScriptParser::eventFromName(name);
    if (!event)
        return fail(u"$.on"_s,
            u"unknown event \"%1\" (expected one of %2)"_s.arg(name, ScriptParser::eventNames().join(", "_L1)));
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

std::optional<ScriptStep> ScriptStepParser::parse(const QJsonValue &value, const QString &label)
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

} // namespace Reqscope
