// SPDX-License-Identifier: MIT
#include "urlparams.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Reqscope::UrlParams {

namespace {

struct Split
{
    QString base; // up to, not including, '?'
    QString query;
    QString fragment; // including '#', or empty
};

Split split(const QString &url)
{
    Split s;
    const qsizetype hash = url.indexOf(u'#');
    const QString beforeHash = hash < 0 ? url : url.left(hash);
    s.fragment = hash < 0 ? QString() : url.mid(hash);
    const qsizetype question = beforeHash.indexOf(u'?');
    s.base = question < 0 ? beforeHash : beforeHash.left(question);
    s.query = question < 0 ? QString() : beforeHash.mid(question + 1);
    return s;
}

QString decode(const QString &part)
{
    QString plusAsSpace = part;
    plusAsSpace.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(plusAsSpace.toUtf8());
}

QString encode(const QString &part)
{
    // Keep template variables ({{var}}) and the characters RFC 3986 allows in a query readable.
    return QString::fromLatin1(QUrl::toPercentEncoding(part, "!$'()*,;:@/?{}[]"_ba));
}

} // namespace

QList<KeyValue> parse(const QString &url)
{
    QList<KeyValue> rows;
    const QString query = split(url).query;
    if (query.isEmpty())
        return rows;
    for (const QString &pair : query.split(u'&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf(u'=');
        rows.append({ decode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1)) });
    }
    return rows;
}

QString withParams(const QString &url, const QList<KeyValue> &params)
{
    const Split s = split(url);
    QStringList parts;
    for (const KeyValue &p : params) {
        if (!p.enabled || (p.name.isEmpty() && p.value.isEmpty()))
            continue;
        parts.append(p.value.isEmpty() ? encode(p.name) : QString(encode(p.name) + u'=' + encode(p.value)));
    }
    if (parts.isEmpty())
        return s.base + s.fragment;
    return s.base + u'?' + parts.join(u'&') + s.fragment;
}

QList<KeyValue> merge(const QString &url, const QList<KeyValue> &previous)
{
    QList<KeyValue> rows = parse(url);
    for (const KeyValue &p : previous) {
        if (!p.enabled)
            rows.append(p);
    }
    return rows;
}

} // namespace Reqscope::UrlParams
