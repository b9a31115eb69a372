// SPDX-License-Identifier: MIT
#include "globalvariables.h"

#include "collectioncodec.h"
#include "secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Reqscope {

QString GlobalVariables::defaultFilePath()
{
    return SecretStore::dataDirectory() + u"/globals.json"_s;
}

QString GlobalVariables::secretScope()
{
    return u"globals"_s;
}

GlobalVariables::LoadResult GlobalVariables::load(const QString &path, const SecretStore *secrets)
{
    LoadResult result;
    QFile file(path.isEmpty() ? defaultFilePath() : path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append({ file.fileName(), 0, 0, file.errorString() });
        return result;
    }
    const std::optional<QJsonObject> json = CollectionCodec::parse(file.readAll(), file.fileName(), result.errors);
    if (!json)
        return result;
    if (json->value(u"version"_s).toInt() > 1) {
        result.errors.append({ file.fileName(), 1, 1, u"format version is newer than this Reqscope reads (1)"_s });
        return result;
    }
    result.variables = CollectionCodec::variablesFromJson(
        json->value(u"variables"_s), CollectionCodec::Secrets::reading(secrets, secretScope(), QString()));
    return result;
}

LoadErrors GlobalVariables::save(const VariableList &variables, const QString &path, SecretStore *secrets)
{
    const QString filePath = path.isEmpty() ? defaultFilePath() : path;
    const QJsonObject json { { u"variables"_s,
                                 CollectionCodec::variablesToJson(
                                     variables, CollectionCodec::Secrets::writing(secrets, secretScope(), QString())) },
        { u"version"_s, 1 } };
    const QByteArray bytes = CollectionCodec::serialize(json);
    LoadErrors errors;
    QFile existing(filePath);
    if (!existing.open(QIODevice::ReadOnly) || existing.readAll() != bytes) {
        existing.close();
        QDir().mkpath(QFileInfo(filePath).absolutePath());
        QSaveFile file(filePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            errors.append({ filePath, 0, 0, file.errorString() });
    }
    if (secrets && secrets->isDirty())
        errors.append(secrets->save());
    return errors;
}

} // namespace Reqscope
