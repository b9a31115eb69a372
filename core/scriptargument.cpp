// SPDX-License-Identifier: MIT
#include "scriptargument.h"

#include "httprequest.h"

#include <QJsonObject>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

std::optional<qint64> integral(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Beyond ±2^53 a double no longer holds every integer; nothing in WinHTTP needs such values.
    if (std::floor(number) != number || std::fabs(number) > 9007199254740992.0)
        return std::nullopt;
    return qint64(number);
}

bool fitsInt(qint64 number)
{
    return number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max();
}

std::optional<QVariant> body(const QJsonValue &value, QString *message)
{
    if (value.isUndefined() || value.isNull())
        return QVariant();
    if (value.isString())
        return QVariant(value.toString());
    if (value.isBool())
        return QVariant(value.toBool());
    if (const std::optional<qint64> number = integral(value))
        return fitsInt(*number) ? QVariant(int(*number)) : QVariant(*number);
    if (value.isDouble())
        return QVariant(value.toDouble());
    const QJsonObject object = value.toObject();
    if (value.isObject() && object.size() == 1 && object.value("base64"_L1).isString()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            object.value("base64"_L1).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return QVariant(*decoded);
        *message = u"invalid base64 in {\"base64\": ...}"_s;
        return std::nullopt;
    }
    *message = u"expected a string, null or {\"base64\": \"...\"}"_s;
    return std::nullopt;
}

} // namespace

std::optional<QVariant> ScriptArgument::convert(Kind kind, const QJsonValue &value, QString *message)
{
    switch (kind) {
    case String:
        if (value.isUndefined() || value.isNull())
            return QVariant(QString());
        if (value.isString())
            return QVariant(value.toString());
        *message = u"expected a string or null"_s;
        return std::nullopt;
    case Long: {
        if (value.isUndefined())
            return QVariant(-1);
        const std::optional<qint64> number = integral(value);
        if (number && fitsInt(*number))
            return QVariant(int(*number));
        *message = u"expected an integer"_s;
        return std::nullopt;
    }
    case Async:
        if (value.isUndefined() || value.isNull())
            return QVariant(false);
        if (value.isBool())
            return QVariant(value.toBool());
        if (value.isDouble())
            return QVariant(value.toDouble() != 0);
        *message = u"expected a boolean"_s;
        return std::nullopt;
    case Body:
        return body(value, message);
    case OptionId:
        if (value.isString()) {
            if (const std::optional<int> id = HttpRequest::optionId(value.toString()))
                return QVariant(*id);
            *message = u"unknown option name \"%1\""_s.arg(value.toString());
            return std::nullopt;
        }
        // Unknown numbers pass: answering them with E_INVALIDARG is the engine's job.
        if (const std::optional<qint64> number = integral(value); number && fitsInt(*number))
            return QVariant(int(*number));
        *message = u"expected an option number or name"_s;
        return std::nullopt;
    case OptionValue:
        if (value.isNull())
            return QVariant(QString());
        if (value.isString())
            return QVariant(value.toString());
        if (value.isBool())
            return QVariant(value.toBool());
        if (const std::optional<qint64> number = integral(value))
            return fitsInt(*number) ? QVariant(int(*number)) : QVariant(*number);
        *message = u"expected a number, boolean, string or null"_s;
        return std::nullopt;
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

} // namespace Reqscope
