// SPDX-License-Identifier: MIT
#pragma once

#include "historyentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace Reqscope {

class HistoryStore;

/*!
 * The history as a table for the sidebar: newest first, one row per sent request, filtered by a HistoryQuery.
 * It reads the store on refresh() (when the filter changes), not per paint; a new send is prepend()ed.
 *
 * \code
 * HistoryModel model(&store);
 * model.setQuery({ u"users"_s });
 * view->setModel(&model);
 * const RequestSpec again = store.restore(model.entryAt(row).id).value_or(RequestSpec());
 * \endcode
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { SentAt, Method, Url, Status, TimeMs, Bytes, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit HistoryModel(const HistoryStore *store, QObject *parent = nullptr);

    void setQuery(const HistoryQuery &query);
    HistoryQuery query() const;
    void refresh();
    /// A request just ended and was stored as \a entry: shows it on top if the query matches, without a reload.
    void prepend(const HistoryEntry &entry);
    /// Drops the row of entry \a id (after HistoryStore::remove); false if it is not shown.
    bool removeId(qint64 id);
    HistoryEntry entryAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const HistoryStore *m_store;
    HistoryQuery m_query;
    QList<HistoryEntry> m_rows;
};

} // namespace Reqscope
