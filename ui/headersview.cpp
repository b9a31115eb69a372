// SPDX-License-Identifier: MIT
#include "headersview.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Reqscope {

HeadersView::HeadersView(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_raw(new QPlainTextEdit(this))
{
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 220);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Response headers"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Raw response headers"));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"headersSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_raw);
    splitter->setSizes({ 300, 120 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(splitter);
}

HeadersView::~HeadersView() = default;

void HeadersView::setHeaders(const QString &statusLine, const QString &rawHeaders)
{
    m_table->setRowCount(0);
    const QStringList lines = rawHeaders.split(u"\r\n"_s, Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(colon < 0 ? line : line.left(colon)));
        m_table->setItem(r, 1, new QTableWidgetItem(colon < 0 ? QString() : line.mid(colon + 1).trimmed()));
    }
    m_raw->setPlainText(statusLine + u"\n"_s + QString(rawHeaders).remove(u'\r'));
}

void HeadersView::clear()
{
    m_table->setRowCount(0);
    m_raw->clear();
}

int HeadersView::rowCount() const
{
    return m_table->rowCount();
}

} // namespace Reqscope
