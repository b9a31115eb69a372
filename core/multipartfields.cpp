// SPDX-License-Identifier: MIT
#include "multipartfields.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Reqscope {

std::optional<QList<KeyValue>> MultipartFields::parse(const QString &contentType, const QString &body)
{
    static const QRegularExpression boundaryRe(u"boundary=\"?([^\";]+)\"?"_s);
    const QRegularExpressionMatch m = boundaryRe.match(contentType);
    if (!m.hasMatch())
        return std::nullopt;
    const QString delimiter = u"--"_s + m.captured(1);
    QList<KeyValue> fields;
    const QStringList parts = body.split(delimiter);
    static const QRegularExpression nameRe(u"name=\"([^\"]*)\""_s);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.startsWith(u"--"_s))
            break; // the closing delimiter
        const qsizetype split = part.indexOf(u"\r\n\r\n"_s);
        const QString head = part.left(split);
        if (split < 0 || head.contains(u"filename="_s))
            return std::nullopt;
        QString value = part.mid(split + 4);
        if (value.endsWith(u"\r\n"_s))
            value.chop(2);
        const QRegularExpressionMatch name = nameRe.match(head);
        if (!name.hasMatch() || name.captured(1).isEmpty())
            return std::nullopt; // a part we could not write back as a field
        fields.append({ name.captured(1), value });
    }
    if (fields.isEmpty())
        return std::nullopt;
    return fields;
}

} // namespace Reqscope
