// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QToolButton;
QT_END_NAMESPACE

namespace Reqscope {

class EnvironmentEditor;
class SecretStore;
class VariableContext;

/*!
 * "Environment: [staging ▾] [Edit…]": picks the active environment of the context's collection ("No environment"
 * included) and opens the EnvironmentEditor. Disabled, with a tooltip saying why, while no collection is open.
 * The choice is remembered per collection directory in QSettings.
 */
class EnvironmentPicker : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentPicker)

public:
    explicit EnvironmentPicker(VariableContext *context, QWidget *parent = nullptr);
    ~EnvironmentPicker() override;

    QComboBox *combo() const;
    QToolButton *editButton() const;
    /// Opens the editor (window-modal) and returns it; it deletes itself when closed.
    EnvironmentEditor *openEditor();
    /// The store the editor saves secret values into (not owned; nullptr: the per-user default file).
    void setSecretStore(SecretStore *secrets);

private:
    void refill();
    void onPicked(int index);

    VariableContext *m_context;
    QComboBox *m_combo;
    QToolButton *m_edit;
    SecretStore *m_secrets = nullptr;
    bool m_filling = false;
};

} // namespace Reqscope
