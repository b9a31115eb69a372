// SPDX-License-Identifier: MIT
#pragma once

#include "environment.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
QT_END_NAMESPACE

namespace Reqscope {

class SecretStore;
class VariableContext;
class VariableTable;

/*!
 * Edits the environments of the context's collection: add, rename and delete environments, and their variables
 * (name, value, secret, enabled). Save writes them through CollectionStore: `environments/<slug>.json` holds
 * names and plain values, secret values go to the per-user SecretStore. Only the environment files change, even
 * when the collection has unsaved edits elsewhere: the editor saves onto a fresh load of the directory.
 */
class EnvironmentEditor : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentEditor)

public:
    explicit EnvironmentEditor(VariableContext *context, QWidget *parent = nullptr);
    ~EnvironmentEditor() override;

    /// The environments as edited so far (the current one's table included).
    QList<Environment> environments() const;
    QListWidget *list() const;
    VariableTable *variableTable() const;
    /// Appends an environment called \a name (made unique) and selects it.
    void addEnvironment(const QString &name);
    void renameCurrent(const QString &name);
    void deleteCurrent();
    /// Validates, writes and updates the context; on failure shows why and returns false.
    bool save();
    QString errorText() const;

    /// Where secrets go; empty: SecretStore's per-user default.
    void setSecretsFile(const QString &filePath);
    /// The window's SecretStore (not owned), used instead of a file of its own: one store in memory, so a later
    /// save of the collections tree cannot write an older copy over the values saved here.
    void setSecretStore(SecretStore *secrets);

private:
    void onCurrentRowChanged(int row);
    void storeTable();
    QString uniqueName(const QString &wanted, int exceptRow = -1) const;

    VariableContext *m_context;
    QListWidget *m_list;
    VariableTable *m_table;
    QLabel *m_error;
    QList<Environment> m_environments;
    QStringList m_loadedNames; // per row: the name it was loaded with (empty: new); finds the active one
    int m_shown = -1;
    QString m_secretsFile;
    SecretStore *m_secrets = nullptr;
};

} // namespace Reqscope
