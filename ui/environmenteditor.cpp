// SPDX-License-Identifier: MIT
#include "environmenteditor.h"

#include "collectionstore.h"
#include "secretstore.h"
#include "variablecontext.h"
#include "variabletable.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Reqscope {

EnvironmentEditor::EnvironmentEditor(VariableContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_table(new VariableTable(this))
    , m_error(new QLabel(this))
    , m_environments(context->collection().environments)
{
    setWindowTitle(tr("Environments of %1").arg(context->collection().name));
    m_list->setAccessibleName(tr("Environments"));
    for (const Environment &env : std::as_const(m_environments)) {
        m_list->addItem(env.name);
        m_loadedNames.append(env.name);
    }
    auto *add = new QPushButton(tr("Add"), this);
    auto *rename = new QPushButton(tr("Rename…"), this);
    auto *remove = new QPushButton(tr("Delete"), this);
    add->setAccessibleName(tr("Add environment"));
    rename->setAccessibleName(tr("Rename environment"));
    remove->setAccessibleName(tr("Delete environment"));
    connect(add, &QPushButton::clicked, this, [this] { addEnvironment(tr("New environment")); });
    connect(rename, &QPushButton::clicked, this, [this] {
        if (m_list->currentRow() < 0)
            return;
        auto *ask = new QInputDialog(this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Rename Environment"));
        ask->setLabelText(tr("Name:"));
        ask->setTextValue(m_list->currentItem()->text());
        connect(ask, &QInputDialog::textValueSelected, this, &EnvironmentEditor::renameCurrent);
        ask->open();
    });
    connect(remove, &QPushButton::clicked, this, &EnvironmentEditor::deleteCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &EnvironmentEditor::onCurrentRowChanged);

    auto *left = new QWidget(this);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(add);
    leftButtons->addWidget(rename);
    leftButtons->addWidget(remove);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(leftButtons);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_table);
    split->setStretchFactor(1, 1);
    split->setSizes({ 200, 460 });

    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #D03535"_s);
    m_error->hide();
    auto *hint
        = new QLabel(tr("Secret values are stored only on this computer, never in the collection's files."), this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 420);

    const int active = m_context->environment().isEmpty() ? 0 : m_loadedNames.indexOf(m_context->environment());
    m_list->setCurrentRow(m_environments.isEmpty() ? -1 : qMax(0, active));
    m_table->setEnabled(!m_environments.isEmpty());
}

EnvironmentEditor::~EnvironmentEditor() = default;

QList<Environment> EnvironmentEditor::environments() const
{
    QList<Environment> out = m_environments;
    if (m_shown >= 0 && m_shown < out.size())
        out[m_shown].variables = m_table->variables();
    return out;
}

QListWidget *EnvironmentEditor::list() const
{
    return m_list;
}

VariableTable *EnvironmentEditor::variableTable() const
{
    return m_table;
}

void EnvironmentEditor::setSecretsFile(const QString &filePath)
{
    m_secretsFile = filePath;
}

void EnvironmentEditor::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

QString EnvironmentEditor::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString EnvironmentEditor::uniqueName(const QString &wanted, int exceptRow) const
{
    // Unique by file name, since each environment is one environments/<slug>.json.
    QString name = wanted.trimmed();
    const auto taken = [this, exceptRow](const QString &candidate) {
        for (int row = 0; row < m_environments.size(); ++row) {
            if (row != exceptRow
                && CollectionStore::slugify(m_environments.at(row).name) == CollectionStore::slugify(candidate))
                return true;
        }
        return false;
    };
    for (int n = 2; taken(name); ++n)
        name = u"%1 %2"_s.arg(wanted.trimmed()).arg(n);
    return name;
}

void EnvironmentEditor::addEnvironment(const QString &name)
{
    storeTable();
    Environment env;
    env.name = uniqueName(name);
    m_environments.append(env);
    m_loadedNames.append(QString());
    m_list->addItem(env.name);
    m_list->setCurrentRow(m_list->count() - 1);
    m_table->setEnabled(true);
}

void EnvironmentEditor::renameCurrent(const QString &name)
{
    const int row = m_list->currentRow();
    if (row < 0 || name.trimmed().isEmpty() || name.trimmed() == m_environments.at(row).name)
        return;
    m_environments[row].name = uniqueName(name, row);
    m_environments[row].slug.clear(); // the file follows the new name; the save removes the old one
    m_list->item(row)->setText(m_environments.at(row).name);
}

void EnvironmentEditor::deleteCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_shown = -1; // its table is discarded, not stored
    m_environments.removeAt(row);
    m_loadedNames.removeAt(row);
    delete m_list->takeItem(row);
    m_table->setEnabled(!m_environments.isEmpty());
    if (m_environments.isEmpty())
        m_table->setVariables({});
}

void EnvironmentEditor::storeTable()
{
    if (m_shown >= 0 && m_shown < m_environments.size())
        m_environments[m_shown].variables = m_table->variables();
}

void EnvironmentEditor::onCurrentRowChanged(int row)
{
    storeTable();
    m_shown = row;
    m_table->setVariables(row >= 0 && row < m_environments.size() ? m_environments.at(row).variables : VariableList());
}

bool EnvironmentEditor::save()
{
    storeTable();
    m_error->hide();
    const auto fail = [this](const QString &text) {
        m_error->setText(text);
        m_error->show();
        return false;
    };
    const QString directory = m_context->directory();
    if (directory.isEmpty()) {
        // Not on disk yet: the collection's owner writes the environments with it.
        m_context->setEnvironments(m_environments);
        return true;
    }
    SecretStore own(m_secretsFile);
    if (!m_secrets) {
        if (const LoadErrors errors = own.load(); !errors.isEmpty())
            return fail(errors.constFirst().toString());
    }
    SecretStore &secrets = m_secrets ? *m_secrets : own;
    CollectionStore::LoadResult fresh = CollectionStore::load(directory, &secrets);
    if (!fresh.ok)
        return fail(
            fresh.errors.isEmpty() ? tr("%1 cannot be read.").arg(directory) : fresh.errors.constFirst().toString());
    fresh.collection.environments = m_environments;
    const CollectionStore::SaveResult saved = CollectionStore::save(fresh.collection, directory, &secrets);
    if (!saved.ok())
        return fail(saved.errors.constFirst().toString());
    m_environments = fresh.collection.environments; // with the slugs the save chose
    m_context->setEnvironments(m_environments);
    return true;
}

} // namespace Reqscope
