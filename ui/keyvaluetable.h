// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QTableWidget;
class QPushButton;
QT_END_NAMESPACE

namespace Reqscope {

/*!
 * An editable name/value table with an enable toggle per row and always one empty row at the end to type
 * into. Used for Params, Headers and form fields. Optional greyed, read-only rows show what is sent anyway
 * (default headers); optional file rows hold a path (multipart uploads).
 */
class KeyValueTable : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueTable)

public:
    explicit KeyValueTable(const QString &accessibleName, QWidget *parent = nullptr);
    ~KeyValueTable() override;

    QList<KeyValue> rows() const;
    /// Replaces the rows without emitting edited().
    void setRows(const QList<KeyValue> &rows);
    /// Read-only greyed rows shown after the editable ones (name, value, and why in the tooltip).
    void setDefaultRows(const QList<KeyValue> &rows, const QString &tooltip);
    /// Shows an "Add file…" button that appends a file row (multipart).
    void setFilesAllowed(bool allowed);
    /// The table itself (columns: enabled, name, value), e.g. for a delegate.
    QTableWidget *table() const;

Q_SIGNALS:
    void edited();

private:
    void appendRow(const KeyValue &row);
    void ensureTrailingEmptyRow();
    void onItemChanged();
    void removeCurrentRow();
    void addFile();

    QTableWidget *m_table;
    QPushButton *m_addFile;
    QPushButton *m_remove;
    int m_defaultRows = 0;
    bool m_updating = false;
};

} // namespace Reqscope
