// SPDX-License-Identifier: MIT
#include "environmentpicker.h"

#include "environmenteditor.h"
#include "variablecontext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
// One map, directory -> environment name: directory paths contain '/', which QSettings reads as groups.
const QString settingsKey = u"environments/active"_s;
} // namespace

EnvironmentPicker::EnvironmentPicker(VariableContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_combo(new QComboBox(this))
    , m_edit(new QToolButton(this))
{
    auto *label = new QLabel(tr("&Environment:"), this);
    label->setBuddy(m_combo);
    m_combo->setAccessibleName(tr("Environment"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    m_edit->setText(tr("Edit…"));
    m_edit->setAccessibleName(tr("Edit environments"));
    m_edit->setToolTip(tr("Add, rename or delete environments and edit their variables"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_edit);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &EnvironmentPicker::onPicked);
    connect(m_edit, &QToolButton::clicked, this, &EnvironmentPicker::openEditor);
    connect(m_context, &VariableContext::collectionChanged, this, &EnvironmentPicker::refill);
    connect(m_context, &VariableContext::changed, this, [this] { // picked elsewhere (a test, a restore)
        const int index = qMax(0, m_combo->findData(m_context->environment()));
        if (index != m_combo->currentIndex() && !m_filling) {
            m_filling = true;
            m_combo->setCurrentIndex(index);
            m_filling = false;
        }
    });
    refill();
}

EnvironmentPicker::~EnvironmentPicker() = default;

QComboBox *EnvironmentPicker::combo() const
{
    return m_combo;
}

QToolButton *EnvironmentPicker::editButton() const
{
    return m_edit;
}

EnvironmentEditor *EnvironmentPicker::openEditor()
{
    if (!m_context->hasCollection())
        return nullptr;
    auto *editor = new EnvironmentEditor(m_context, this);
    editor->setSecretStore(m_secrets);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    editor->open();
    return editor;
}

void EnvironmentPicker::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

void EnvironmentPicker::refill()
{
    m_filling = true;
    m_combo->clear();
    m_combo->addItem(tr("No environment"), QString());
    const bool open = m_context->hasCollection();
    if (open) {
        // A collection opened again starts with the environment picked last time.
        const QVariantMap remembered = QSettings().value(settingsKey).toMap();
        if (m_context->environment().isEmpty())
            m_context->setEnvironment(remembered.value(m_context->directory()).toString());
        for (const Environment &env : m_context->collection().environments)
            m_combo->addItem(env.name, env.name);
        m_combo->setCurrentIndex(qMax(0, m_combo->findData(m_context->environment())));
    }
    m_combo->setEnabled(open);
    m_edit->setEnabled(open);
    const QString why = tr("Open a collection to use its environments: the Playground has none.");
    m_combo->setToolTip(open ? tr("Variables of this environment fill {{name}} where the request, its folders and "
                                  "the collection do not define it")
                             : why);
    m_edit->setToolTip(open ? tr("Add, rename or delete environments and edit their variables") : why);
    m_filling = false;
}

void EnvironmentPicker::onPicked(int index)
{
    if (m_filling || index < 0)
        return;
    const QString name = m_combo->itemData(index).toString();
    m_context->setEnvironment(name);
    if (m_context->directory().isEmpty())
        return;
    QSettings settings;
    QVariantMap remembered = settings.value(settingsKey).toMap();
    remembered.insert(m_context->directory(), name);
    settings.setValue(settingsKey, remembered);
}

} // namespace Reqscope
