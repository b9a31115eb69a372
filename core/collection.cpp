// SPDX-License-Identifier: MIT
#include "collection.h"

#include "secretfield.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

template <typename Items, typename Item> Item *findIn(Items &items, const QStringList &parts)
{
    Items *level = &items;
    Item *found = nullptr;
    for (const QString &part : parts) {
        if (!level)
            return nullptr;
        found = nullptr;
        for (auto &item : *level) {
            if (item.slug == part) {
                found = &item;
                break;
            }
        }
        if (!found)
            return nullptr;
        level = found->isFolder() ? &found->children : nullptr;
    }
    return found;
}

void collectPaths(const QList<CollectionItem> &items, const QString &prefix, QStringList &out)
{
    for (const CollectionItem &item : items) {
        const QString path = prefix.isEmpty() ? item.slug : prefix + u'/' + item.slug;
        if (item.isFolder())
            collectPaths(item.children, path, out);
        else
            out.append(path);
    }
}

void mergeHeaders(QList<KeyValue> &into, const QList<KeyValue> &defaults)
{
    // Narrower scopes come later and replace a broader default of the same name.
    for (const KeyValue &h : defaults) {
        if (!h.enabled)
            continue;
        into.erase(std::remove_if(into.begin(),
                       into.end(),
                       [&h](const KeyValue &e) { return e.name.compare(h.name, Qt::CaseInsensitive) == 0; }),
            into.end());
        into.append(h);
    }
}

// "{{pw}}" names a variable; the variable, not the field, holds the secret.
void strip(QString &value)
{
    if (SecretField::isSecretText(value))
        value.clear();
}

void stripHeaders(QList<KeyValue> &headers)
{
    for (KeyValue &h : headers) {
        if (SecretField::isSecretHeader(h))
            h.value.clear();
    }
}

void collectHeaders(const QList<KeyValue> &headers, QStringList &out)
{
    for (const KeyValue &h : headers) {
        if (SecretField::isSecretHeader(h))
            out.append(h.value);
    }
}

void stripVariables(VariableList &variables)
{
    for (Variable &v : variables) {
        if (v.secret)
            v.value.clear();
    }
}

void stripItems(QList<CollectionItem> &items)
{
    for (CollectionItem &item : items) {
        stripVariables(item.variables);
        strip(item.auth.password);
        strip(item.auth.token);
        strip(item.request.authPassword);
        strip(item.request.bearerToken);
        strip(item.request.proxyPassword);
        stripHeaders(item.headers);
        stripHeaders(item.request.headers);
        stripItems(item.children);
    }
}

void collectSecrets(const VariableList &variables, QStringList &out)
{
    for (const Variable &v : variables) {
        if (v.secret)
            out.append(v.value);
    }
}

void collectItemSecrets(const QList<CollectionItem> &items, QStringList &out)
{
    for (const CollectionItem &item : items) {
        collectSecrets(item.variables, out);
        out << item.auth.password << item.auth.token << item.request.authPassword << item.request.bearerToken
            << item.request.proxyPassword; // "{{name}}" references are dropped by the caller
        collectHeaders(item.headers, out);
        collectHeaders(item.request.headers, out);
        collectItemSecrets(item.children, out);
    }
}

} // namespace

void Collection::stripSecrets()
{
    stripVariables(variables);
    strip(auth.password);
    strip(auth.token);
    stripHeaders(headers);
    for (Environment &env : environments)
        stripVariables(env.variables);
    stripItems(items);
}

QStringList Collection::secretValues() const
{
    QStringList out;
    collectSecrets(variables, out);
    out << auth.password << auth.token;
    collectHeaders(headers, out);
    for (const Environment &env : environments)
        collectSecrets(env.variables, out);
    collectItemSecrets(items, out);
    out.removeIf([](const QString &value) { return !SecretField::isSecretText(value); });
    out.removeDuplicates();
    return out;
}

const CollectionItem *Collection::find(const QString &path) const
{
    return findIn<const QList<CollectionItem>, const CollectionItem>(items, path.split(u'/', Qt::SkipEmptyParts));
}

CollectionItem *Collection::find(const QString &path)
{
    return findIn<QList<CollectionItem>, CollectionItem>(items, path.split(u'/', Qt::SkipEmptyParts));
}

QStringList Collection::requestPaths(const QString &folderPath) const
{
    QStringList out;
    if (folderPath.isEmpty()) {
        collectPaths(items, QString(), out);
        return out;
    }
    const CollectionItem *folder = find(folderPath);
    if (!folder)
        return out;
    if (!folder->isFolder())
        return { folderPath };
    collectPaths(folder->children, folderPath, out);
    return out;
}

QList<const CollectionItem *> Collection::ancestors(const QString &path) const
{
    QList<const CollectionItem *> chain;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const CollectionItem *folder = find(parts.mid(0, i).join(u'/'));
        if (!folder)
            break;
        chain.append(folder);
    }
    return chain;
}

const Environment *Collection::environment(const QString &envName) const
{
    for (const Environment &env : environments) {
        if (env.name == envName || (!env.slug.isEmpty() && env.slug == envName))
            return &env;
    }
    return nullptr;
}

RequestSpec Collection::effectiveRequest(const QString &path) const
{
    const CollectionItem *item = find(path);
    if (!item || item->isFolder())
        return {};
    RequestSpec spec = item->request;
    QList<KeyValue> merged;
    mergeHeaders(merged, headers);
    CollectionAuth inherited = auth;
    for (const CollectionItem *folder : ancestors(path)) {
        mergeHeaders(merged, folder->headers);
        if (folder->auth.isSet())
            inherited = folder->auth;
    }
    QList<KeyValue> own = spec.headers;
    mergeHeaders(merged, own);
    // Disabled request rows stay visible to the editor, after the effective ones.
    for (const KeyValue &h : own) {
        if (!h.enabled)
            merged.append(h);
    }
    spec.headers = merged;
    if (spec.authKind == RequestSpec::AuthKind::None && item->inheritAuth && inherited.isSet()) {
        spec.authKind = inherited.kind;
        spec.authUser = inherited.user;
        spec.authPassword = inherited.password;
        spec.bearerToken = inherited.token;
    }
    return spec;
}

} // namespace Reqscope
