// SPDX-License-Identifier: MIT
#include "scriptsubstitution.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Reqscope {

ScriptSubstitution::ScriptSubstitution(QHash<QString, QString> variables)
    : m_variables(std::move(variables))
{
}

std::optional<QString> ScriptSubstitution::apply(const QString &text, QString *message) const
{
    if (!text.contains("${"_L1))
        return text; // keeps a null QString null; callers never see one here, but "" stays ""
    QString result;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = text.indexOf("${"_L1, from);
        if (start < 0)
            break;
        const qsizetype end = text.indexOf(u'}', start + 2);
        if (end < 0) {
            *message = u"unterminated ${ in \"%1\""_s.arg(text);
            return std::nullopt;
        }
        const QString name = text.mid(start + 2, end - start - 2);
        const auto it = m_variables.constFind(name);
        if (it == m_variables.constEnd()) {
            *message = u"undefined variable ${%1} (pass --var %1=VALUE)"_s.arg(name);
            return std::nullopt;
        }
        result += QStringView(text).mid(from, start - from) + *it;
        from = end + 1;
    }
    return result + QStringView(text).mid(from);
}

std::optional<QJsonValue> ScriptSubstitution::apply(const QJsonValue &value, QString *path, QString *message) const
{
    if (value.isString()) {
        const std::optional<QString> text = apply(value.toString(), message);
        return text ? std::optional<QJsonValue>(*text) : std::nullopt;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString itemPath = *path + u'[' + QString::number(i) + u']';
            const std::optional<QJsonValue> item = apply(array.at(i), &itemPath, message);
            if (!item) {
                *path = itemPath;
                return std::nullopt;
            }
            array.replace(i, *item);
        }
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString memberPath = *path + u'.' + it.key();
            const std::optional<QJsonValue> member = apply(it.value(), &memberPath, message);
            if (!member) {
                *path = memberPath;
                return std::nullopt;
            }
            it.value() = *member;
        }
        return object;
    }
    return value;
}

} // namespace Reqscope
