// SPDX-License-Identifier: MIT
#include "historypanel.h"

#include "curlcommand.h"
#include "historydelegate.h"
#include "historymodel.h"
#include "historysettingsdialog.h"
#include "historystore.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Reqscope {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_settings(new QToolButton(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search history"));
    m_search->setAccessibleName(tr("Search history"));
    m_search->setClearButtonEnabled(true);
    m_settings->setText(tr("Settings…"));
    m_settings->setIcon(QIcon::fromTheme(u"configure"_s, QIcon::fromTheme(u"preferences-system"_s)));
    m_settings->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_settings->setToolTip(tr("History settings: how many requests to keep"));
    m_settings->setAccessibleName(tr("History settings"));
    if (m_settings->icon().isNull())
        m_settings->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_view->setAccessibleName(tr("History"));
    m_view->setItemDelegate(new HistoryDelegate(m_view));
    m_view->setUniformItemSizes(true); // rows are all two lines: lets the view skip measuring each one
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->installEventFilter(this);
    m_search->setEnabled(false); // until setStore()
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setEnabled(false); // greyed hint text
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150); // one query per pause in typing, not per key

    // No title of its own: the sidebar names its sections.
    auto *header = new QHBoxLayout;
    header->addWidget(m_search, 1);
    header->addWidget(m_settings);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1); // in place of the empty list

    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &HistoryPanel::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryPanel::applySearch);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { restoreRow(index.row()); });
    connect(m_view, &QListView::customContextMenuRequested, this, &HistoryPanel::showContextMenu);
    connect(m_settings, &QToolButton::clicked, this, &HistoryPanel::editSettings);
    updatePlaceholder();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::setStore(HistoryStore *store)
{
    m_store = store;
    delete m_model;
    m_model = nullptr;
    if (m_store) {
        applyLimits(HistorySettingsDialog::savedLimits());
        m_model = new HistoryModel(m_store, this);
        m_view->setModel(m_model);
        m_view->setModelColumn(HistoryModel::Url);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updatePlaceholder);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryPanel::updatePlaceholder);
        connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updatePlaceholder);
        applySearch();
    }
    m_search->setEnabled(m_store);
    updatePlaceholder();
}

HistoryStore *HistoryPanel::store() const
{
    return m_store;
}

HistoryModel *HistoryPanel::model() const
{
    return m_model;
}

QListView *HistoryPanel::view() const
{
    return m_view;
}

QLineEdit *HistoryPanel::searchField() const
{
    return m_search;
}

qint64 HistoryPanel::record(const HistoryEntry &entry, const QStringList &secretValues)
{
    if (!m_store)
        return 0;
    const int before = m_store->count();
    const qint64 id = m_store->add(entry, secretValues);
    if (id == 0) {
        Q_EMIT message(tr("The request was not added to the history: %1").arg(m_store->errorString()));
        return 0;
    }
    if (m_store->count() != before + 1) {
        m_model->refresh(); // pruning dropped older rows: rare, so a reload is fine
    } else if (const std::optional<HistoryEntry> stored = m_store->entry(id)) {
        HistoryEntry row = *stored; // as the store keeps it: redacted
        row.bodyPrefix.clear();
        row.request = RequestSpec();
        m_model->prepend(row);
    }
    return id;
}

bool HistoryPanel::restoreRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return false;
    const std::optional<RequestSpec> spec = m_store->restore(m_model->entryAt(row).id);
    if (!spec)
        return false;
    Q_EMIT requestRestored(*spec);
    return true;
}

bool HistoryPanel::deleteRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return false;
    const qint64 id = m_model->entryAt(row).id;
    return m_store->remove(id) && m_model->removeId(id);
}

void HistoryPanel::copyRowAsCurl(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    if (const std::optional<RequestSpec> spec = m_store->restore(m_model->entryAt(row).id)) {
        QApplication::clipboard()->setText(CurlCommand::fromSpec(*spec));
        Q_EMIT message(tr("Copied the request as a curl command."));
    }
}

void HistoryPanel::clearHistory()
{
    if (!m_store)
        return;
    auto *box = new QMessageBox(QMessageBox::Question,
        tr("Clear History"),
        tr("Delete all %n request(s) from the history? This cannot be undone.", nullptr, m_store->count()),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || !m_store)
            return;
        m_store->clear();
        m_model->refresh();
        Q_EMIT message(tr("History cleared."));
    });
    box->open();
}

void HistoryPanel::editSettings()
{
    auto *dialog = new HistorySettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const HistoryLimits limits = dialog->limits();
        HistorySettingsDialog::saveLimits(limits);
        if (!m_store)
            return;
        applyLimits(limits);
        m_model->refresh();
    });
    dialog->open();
}

void HistoryPanel::applyLimits(const HistoryLimits &limits)
{
    HistoryLimits applied = m_store->limits(); // the body prefix size is the application's, not a setting
    applied.maxEntries = limits.maxEntries;
    applied.maxBytes = limits.maxBytes;
    m_store->setLimits(applied); // prunes at once
}

void HistoryPanel::applySearch()
{
    m_searchDelay.stop();
    if (!m_model)
        return;
    HistoryQuery query = m_model->query();
    query.text = m_search->text().trimmed();
    m_model->setQuery(query);
}

void HistoryPanel::updatePlaceholder()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    if (!m_store)
        m_empty->setText(tr("History is off."));
    else if (!m_search->text().trimmed().isEmpty())
        m_empty->setText(tr("No request matches."));
    else
        m_empty->setText(tr("Requests you send appear here."));
}

void HistoryPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid()) {
        const int row = index.row();
        menu->addAction(tr("&Open in editor"), this, [this, row] { restoreRow(row); });
        menu->addAction(tr("Copy as &curl"), this, [this, row] { copyRowAsCurl(row); });
        menu->addAction(tr("&Delete entry"), this, [this, row] { deleteRow(row); });
        menu->addSeparator();
    }
    QAction *clear = menu->addAction(tr("C&lear history…"), this, &HistoryPanel::clearHistory);
    clear->setEnabled(m_model && m_store && m_store->count() > 0);
    menu->addAction(tr("&Settings…"), this, &HistoryPanel::editSettings);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) && m_view->currentIndex().isValid()) {
            deleteRow(m_view->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Reqscope
