// SPDX-License-Identifier: MIT
#include "historysettingsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
constexpr qint64 megabyte = 1024 * 1024;
const QString entriesKey = u"history/maxEntries"_s;
const QString megabytesKey = u"history/maxMegabytes"_s;
} // namespace

HistorySettingsDialog::HistorySettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_entries(new QSpinBox(this))
    , m_megabytes(new QSpinBox(this))
{
    setWindowTitle(tr("History Settings"));
    m_entries->setRange(1, 1000000);
    m_entries->setAccessibleName(tr("Maximum number of requests"));
    m_megabytes->setRange(1, 100000);
    m_megabytes->setSuffix(tr(" MiB"));
    m_megabytes->setAccessibleName(tr("Maximum history size"));
    auto *note = new QLabel(tr("The oldest requests are deleted when either limit is reached. Passwords, tokens "
                               "and secret variables are never stored."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Keep at most:"), m_entries);
    form->addRow(tr("Up to:"), m_megabytes);
    form->addRow(note);
    form->addRow(buttons);
    setLimits(savedLimits());
}

HistorySettingsDialog::~HistorySettingsDialog() = default;

void HistorySettingsDialog::setLimits(const HistoryLimits &limits)
{
    m_entries->setValue(limits.maxEntries);
    m_megabytes->setValue(int(qBound(qint64(1), limits.maxBytes / megabyte, qint64(m_megabytes->maximum()))));
}

HistoryLimits HistorySettingsDialog::limits() const
{
    HistoryLimits limits;
    limits.maxEntries = m_entries->value();
    limits.maxBytes = m_megabytes->value() * megabyte;
    return limits;
}

QSpinBox *HistorySettingsDialog::entriesField() const
{
    return m_entries;
}

QSpinBox *HistorySettingsDialog::megabytesField() const
{
    return m_megabytes;
}

HistoryLimits HistorySettingsDialog::savedLimits()
{
    const QSettings settings;
    HistoryLimits limits;
    limits.maxEntries = qMax(1, settings.value(entriesKey, limits.maxEntries).toInt());
    limits.maxBytes = qMax<qint64>(1, settings.value(megabytesKey, limits.maxBytes / megabyte).toLongLong()) * megabyte;
    return limits;
}

void HistorySettingsDialog::saveLimits(const HistoryLimits &limits)
{
    QSettings settings;
    settings.setValue(entriesKey, limits.maxEntries);
    settings.setValue(megabytesKey, limits.maxBytes / megabyte);
}

} // namespace Reqscope
