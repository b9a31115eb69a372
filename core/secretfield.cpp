// SPDX-License-Identifier: MIT
#include "secretfield.h"

#include "redactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Reqscope {

bool SecretField::isSecretText(const QString &value)
{
    static const QRegularExpression onlyReferences(u"^(\\{\\{[^{}]+\\}\\})+$"_s);
    return !value.isEmpty() && !onlyReferences.match(value).hasMatch();
}

bool SecretField::isSecretHeader(const KeyValue &header)
{
    if (header.value.isEmpty() || !Redactor::isCredentialHeader(header.name))
        return false;
    static const QRegularExpression reference(u"\\{\\{[^{}]+\\}\\}"_s);
    static const QRegularExpression scheme(
        u"^(bearer|basic|digest|token|negotiate|ntlm|apikey)?$"_s, QRegularExpression::CaseInsensitiveOption);
    QString rest = header.value;
    rest.remove(reference);
    const bool onlyReferences = rest.size() != header.value.size() && scheme.match(rest.trimmed()).hasMatch();
    return !onlyReferences;
}

} // namespace Reqscope
