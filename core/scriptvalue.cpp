// SPDX-License-Identifier: MIT
#include "scriptvalue.h"

#include "jsonline.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

QByteArray ScriptValue::string(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= InlineLimit)
        return JsonLine::encode(text);
    // "length" counts UTF-16 code units, as BSTR lengths do.
    return JsonLine().add("length"_L1, qint64(text.size())).add("sha256"_L1, sha256Hex(utf8)).toJson();
}

QByteArray ScriptValue::bytes(const QByteArray &data)
{
    JsonLine object;
    object.add("size"_L1, qint64(data.size())).add("sha256"_L1, sha256Hex(data));
    if (data.size() <= InlineLimit)
        object.add("base64"_L1, QString::fromLatin1(data.toBase64()));
    return object.toJson();
}

QByteArray ScriptValue::variant(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? "true"_ba : "false"_ba;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return QByteArray::number(value.toLongLong());
    case QMetaType::Double:
        return JsonLine::encode(value.toDouble());
    case QMetaType::QString:
        return string(value.toString());
    case QMetaType::QByteArray:
        return bytes(value.toByteArray());
    default:
        return "null"_ba;
    }
}

} // namespace Reqscope
