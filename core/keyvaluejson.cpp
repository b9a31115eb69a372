// SPDX-License-Identifier: MIT
#include "keyvaluejson.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

QJsonObject keyValueToJson(const KeyValue &row, const QJsonValue &value)
{
    QJsonObject o { { u"name"_s, row.name }, { u"value"_s, value } };
    if (!row.enabled)
        o.insert(u"enabled"_s, false);
    if (row.isFile)
        o.insert(u"file"_s, true);
    return o;
}

KeyValue keyValueFromJson(const QJsonObject &json)
{
    return { json.value(u"name"_s).toString(),
        json.value(u"value"_s).toString(),
        json.value(u"enabled"_s).toBool(true),
        json.value(u"file"_s).toBool(false) };
}

} // namespace Reqscope
