// SPDX-License-Identifier: MIT
#pragma once

#include "variable.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QTableWidget;
QT_END_NAMESPACE

namespace Reqscope {

/*!
 * Variables as an editable table: name, value, secret, enabled. A secret's value is shown as dots and typed in a
 * password field, so it does not appear on screen (or in a bug report's screenshot). Rows without a name are
 * dropped by variables().
 */
class VariableTable : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariableTable)

public:
    enum Column { NameColumn, ValueColumn, SecretColumn, EnabledColumn };

    explicit VariableTable(QWidget *parent = nullptr);
    ~VariableTable() override;

    void setVariables(const VariableList &variables);
    VariableList variables() const;
    void addVariable(const Variable &variable);
    QTableWidget *table() const;

private:
    void removeSelected();

    QTableWidget *m_table;
};

} // namespace Reqscope
