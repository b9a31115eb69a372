// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QModelIndex>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
QT_END_NAMESPACE

namespace Reqscope {

class CollectionModel;

/// Save As: where (a writable collection or one of its folders, listed as "Collection ▸ Folder") and under
/// which name the request in the editor is kept.
class SaveAsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveAsDialog)

public:
    /// \a preselect: the container chosen at first (invalid: the first collection).
    SaveAsDialog(CollectionModel *model, const QModelIndex &preselect, QWidget *parent = nullptr);
    ~SaveAsDialog() override;

    QModelIndex container() const;
    QString name() const;
    void setName(const QString &name);
    /// How many places are offered (0: no collection is open).
    int placeCount() const;

private:
    void addPlaces(const QModelIndex &parent, const QString &prefix);
    void updateOk();

    CollectionModel *m_model;
    QComboBox *m_place;
    QLineEdit *m_name;
    QPushButton *m_ok = nullptr;
};

} // namespace Reqscope
