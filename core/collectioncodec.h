// SPDX-License-Identifier: MIT
#pragma once

#include "collectionauth.h"
#include "collectionitem.h"
#include "loaderror.h"
#include "variable.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Reqscope {

class SecretStore;

/*!
 * The JSON shapes of collection files, and the byte form they are written in: sorted keys (QJsonObject keeps
 * them sorted), 2-space indent, trailing newline. Secret fields (passwords, tokens, credential headers, secret
 * variables) go through a Secrets context: on write the value goes to the store and the file gets
 * `{"secret": "<key>"}`; on read the reference is looked up again.
 */
class CollectionCodec
{
public:
    struct Secrets
    {
        SecretStore *store = nullptr; // write side; may be null (values are then dropped, never written)
        const SecretStore *lookup = nullptr; // read side; may be null (values come back empty)
        QString scope; // SecretStore scope (SecretStore::scopeForCollection)
        QString legacyScope; // read side: where collections saved before they had an id kept their secrets
        QString prefix; // "" for collection.json, "<path>#" for an item, "env:<slug>#" for an environment
        QStringList *missing = nullptr; // read side: collects fields whose value the store lacks
        QStringList keep; // write side: fields to write as references even when empty (not known here)

        static Secrets writing(SecretStore *store, const QString &scope, const QString &prefix)
        {
            Secrets s;
            s.store = store;
            s.scope = scope;
            s.prefix = prefix;
            return s;
        }
        static Secrets reading(const SecretStore *store, const QString &scope, const QString &prefix)
        {
            Secrets s;
            s.lookup = store;
            s.scope = scope;
            s.prefix = prefix;
            return s;
        }
    };

    static QByteArray serialize(const QJsonObject &object);
    /// Parses \a bytes; on failure appends an error naming \a file with line and column and returns nullopt.
    static std::optional<QJsonObject> parse(const QByteArray &bytes, const QString &file, LoadErrors &errors);

    static QJsonObject requestToJson(const CollectionItem &item, const Secrets &secrets);
    static CollectionItem requestFromJson(const QJsonObject &json, const Secrets &secrets);
    /// A folder's own file (folder.json) or the collection's common part: description, variables, headers, auth.
    static QJsonObject folderToJson(const CollectionItem &folder, const Secrets &secrets);
    static CollectionItem folderFromJson(const QJsonObject &json, const Secrets &secrets);

    static QJsonValue variablesToJson(const VariableList &variables, const Secrets &secrets);
    static VariableList variablesFromJson(const QJsonValue &json, const Secrets &secrets);
    /// Header rows; a credential header's value (SecretField::isSecretHeader) becomes a reference to the
    /// field "header.<lower-case name>" ("header.<name>.2" for a second row of that name).
    static QJsonArray headersToJson(const QList<KeyValue> &headers, const Secrets &secrets);
    static QList<KeyValue> headersFromJson(const QJsonValue &json, const Secrets &secrets);
    static QJsonObject authToJson(const CollectionAuth &auth, const Secrets &secrets);
    static CollectionAuth authFromJson(const QJsonObject &json, const Secrets &secrets);

    /// A secret field: kept in clear when empty or made only of `{{variable}}` references, else a reference.
    static QJsonValue secretToJson(const QString &value, const QString &key, const Secrets &secrets);
    static QString secretFromJson(const QJsonValue &json, const QString &field, const Secrets &secrets);
};

} // namespace Reqscope
