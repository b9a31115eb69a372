// SPDX-License-Identifier: MIT
#include "savedrequest.h"

#include "collectioncodec.h"
#include "collectionstore.h"
#include "secretstore.h"
#include "variableresolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

const QString requestSuffix = u".request.json"_s;

/// The nearest directory at or above \a dir holding a collection.json; empty if none.
QString collectionRootOf(QDir dir)
{
    do {
        if (dir.exists(u"collection.json"_s))
            return dir.absolutePath();
    } while (dir.cdUp());
    return {};
}

void addSecrets(const VariableList &scope, const VariableResolver &resolver, VariableList &out)
{
    for (const Variable &v : scope) {
        if (v.secret && v.enabled && !v.value.isEmpty())
            out.append({ v.name, resolver.resolve(v.value), true, true });
    }
}

std::optional<SavedRequest> resolve(const Collection &collection,
    const QString &path,
    const QString &environment,
    const LoadErrors &warnings,
    QString *error)
{
    const Environment *env = nullptr;
    if (!environment.isEmpty()) {
        env = collection.environment(environment);
        if (!env) {
            *error = u"no environment '%1' in the collection"_s.arg(environment);
            return std::nullopt;
        }
    }
    const VariableResolver resolver = VariableResolver::forRequest(collection, path, env);
    const RequestSpec spec = collection.effectiveRequest(path);
    SavedRequest saved;
    saved.spec = resolver.apply(spec);
    saved.path = path;
    saved.warnings = warnings;
    for (const UnresolvedVariable &u : resolver.unresolved(spec))
        saved.unresolved.append(u.name + u'@' + u.where);
    saved.secretVariables = SavedRequest::secretVariablesFor(collection, path, env, {});
    return saved;
}

} // namespace

VariableList SavedRequest::secretVariablesFor(
    const Collection &collection, const QString &path, const Environment *environment, const VariableList &globals)
{
    const VariableResolver resolver = VariableResolver::forRequest(collection, path, environment, globals);
    VariableList out;
    if (const CollectionItem *item = collection.find(path))
        addSecrets(item->variables, resolver, out);
    for (const CollectionItem *folder : collection.ancestors(path))
        addSecrets(folder->variables, resolver, out);
    addSecrets(collection.variables, resolver, out);
    if (environment)
        addSecrets(environment->variables, resolver, out);
    addSecrets(globals, resolver, out);
    return out;
}

std::optional<SavedRequest> SavedRequest::fromFile(
    const QString &file, const QString &environment, const SecretStore *secrets, QString *error)
{
    const QFileInfo info(file);
    const QString root = collectionRootOf(info.absoluteDir());
    if (!root.isEmpty() && info.fileName().endsWith(requestSuffix)) {
        const QString relative = QDir(root).relativeFilePath(info.absoluteFilePath());
        const QString path = relative.chopped(requestSuffix.size());
        return fromCollection(root, path, environment, secrets, error);
    }
    if (!environment.isEmpty()) {
        *error = u"%1: --env needs a request inside a collection directory"_s.arg(file);
        return std::nullopt;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(file, f.errorString());
        return std::nullopt;
    }
    LoadErrors errors;
    const std::optional<QJsonObject> json = CollectionCodec::parse(f.readAll(), file, errors);
    if (!json) {
        *error = errors.isEmpty() ? u"%1: not JSON"_s.arg(file) : errors.constFirst().toString();
        return std::nullopt;
    }
    const QString slug = info.fileName().endsWith(requestSuffix) ? info.fileName().chopped(requestSuffix.size())
                                                                 : info.completeBaseName();
    const CollectionItem item = CollectionCodec::requestFromJson(*json,
        CollectionCodec::Secrets::reading(secrets, SecretStore::scopeForDirectory(info.absolutePath()), slug + u'#'));
    if (item.request.url.isEmpty()) {
        *error = u"%1: not a Reqscope request: no \"url\""_s.arg(file);
        return std::nullopt;
    }
    VariableResolver resolver;
    resolver.addScope(item.variables);
    SavedRequest saved;
    saved.spec = resolver.apply(item.request);
    for (const UnresolvedVariable &u : resolver.unresolved(item.request))
        saved.unresolved.append(u.name + u'@' + u.where);
    addSecrets(item.variables, resolver, saved.secretVariables);
    return saved;
}

std::optional<SavedRequest> SavedRequest::fromCollection(const QString &directory,
    const QString &name,
    const QString &environment,
    const SecretStore *secrets,
    QString *error)
{
    const CollectionStore::LoadResult loaded = CollectionStore::load(directory, secrets);
    if (!loaded.ok) {
        *error = loaded.errors.isEmpty() ? u"%1: not a collection"_s.arg(directory)
                                         : directory + u'/' + loaded.errors.constFirst().toString();
        return std::nullopt;
    }
    QString path;
    const CollectionItem *item = loaded.collection.find(name);
    if (item && !item->isFolder()) {
        path = name;
    } else {
        for (const QString &candidate : loaded.collection.requestPaths()) {
            if (loaded.collection.find(candidate)->request.name == name) {
                path = candidate;
                break;
            }
        }
    }
    if (path.isEmpty()) {
        for (const LoadError &e : loaded.errors) { // the request is there but its file is broken
            if (e.file == name + requestSuffix) {
                *error = directory + u'/' + e.toString();
                return std::nullopt;
            }
        }
        *error = u"%1: no request named '%2' (give its name or its path, e.g. folder/slug)"_s.arg(directory, name);
        return std::nullopt;
    }
    return resolve(loaded.collection, path, environment, loaded.errors, error);
}

} // namespace Reqscope
