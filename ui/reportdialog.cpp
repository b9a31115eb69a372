// SPDX-License-Identifier: MIT
#include "reportdialog.h"

#include "annotationcanvas.h"
#include "annotationtoolbar.h"
#include "mainwindow.h"
#include "reportpreview.h"
#include "requestrunner.h"
#include "savedrequest.h"
#include "variablecontext.h"
#include "windowmasker.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

QByteArray pngOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString selectedText(const QWidget *focus)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(focus))
        return edit->selectedText();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(focus))
        return plain->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
    return {};
}

} // namespace

ReportDialog::ReportDialog(
    QWidget *window, const RequestSpec &spec, const RequestRunner *runner, const Redactor &redactor, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_spec(spec)
    , m_runner(runner)
    , m_redactor(redactor)
    , m_title(new QLineEdit(this))
    , m_expected(new QPlainTextEdit(this))
    , m_actual(new QPlainTextEdit(this))
    , m_canvas(new AnnotationCanvas(this))
    , m_preview(new ReportPreview(this))
    , m_redactions(new QListWidget(this))
    , m_hideField(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Report a Bug"));
    m_title->setPlaceholderText(tr("What went wrong, in one line"));
    m_title->setAccessibleName(tr("Title"));
    m_expected->setPlaceholderText(tr("What you expected to happen"));
    m_expected->setAccessibleName(tr("Expected"));
    m_actual->setPlaceholderText(tr("What happened instead"));
    m_actual->setAccessibleName(tr("What happened"));
    for (QPlainTextEdit *edit : { m_expected, m_actual }) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Expected:"), m_expected);
    form->addRow(tr("&What happened:"), m_actual);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(new AnnotationToolBar(m_canvas, this));
    leftLayout->addWidget(m_canvas, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_preview);
    right->addWidget(createRedactionPane());
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 760, 520 }); // the preview wide enough to read

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *html = buttons->addButton(tr("Save &HTML…"), QDialogButtonBox::ActionRole);
    QPushButton *markdown = buttons->addButton(tr("Save &Markdown…"), QDialogButtonBox::ActionRole);
    QPushButton *copy = buttons->addButton(tr("&Copy as Markdown"), QDialogButtonBox::ActionRole);
    connect(html, &QPushButton::clicked, this, [this] { chooseFile(u"html"_s); });
    connect(markdown, &QPushButton::clicked, this, [this] { chooseFile(u"md"_s); });
    connect(copy, &QPushButton::clicked, this, &ReportDialog::copyMarkdown);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(250);
    connect(&m_previewTimer, &QTimer::timeout, this, &ReportDialog::updatePreview);
    connect(m_title, &QLineEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_expected, &QPlainTextEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_actual, &QPlainTextEdit::textChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_canvas, &AnnotationCanvas::annotationsChanged, &m_previewTimer, qOverload<>(&QTimer::start));

    resize(1300, 820);
    fillRedactions();
    grabWindow();
    updatePreview();
}

ReportDialog::~ReportDialog() = default;

QWidget *ReportDialog::createRedactionPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Hidden in this report (untick to show a value):"), pane);
    label->setBuddy(m_redactions);
    m_redactions->setAccessibleName(tr("Hidden values"));
    m_hideField->setPlaceholderText(tr("Any other text to hide"));
    m_hideField->setAccessibleName(tr("Text to hide"));
    auto *hide = new QPushButton(tr("Hi&de"), pane);
    const auto hideTyped = [this] {
        hideText(m_hideField->text());
        m_hideField->clear();
    };
    connect(hide, &QPushButton::clicked, this, hideTyped);
    connect(m_hideField, &QLineEdit::returnPressed, this, hideTyped);
    connect(m_redactions, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        setRedactionEnabled(m_redactions->row(item), item->checkState() == Qt::Checked);
    });
    auto *hideRow = new QHBoxLayout;
    hideRow->addWidget(m_hideField, 1);
    hideRow->addWidget(hide);
    layout->addWidget(label);
    layout->addWidget(m_redactions, 1);
    layout->addLayout(hideRow);
    return pane;
}

Redactor ReportDialog::redactorFor(const MainWindow &window)
{
    Redactor redactor;
    // Secret variables first: their label names the variable, wherever its value ended up.
    const VariableContext *variables = window.variables();
    const Collection &collection = variables->collection();
    for (const Variable &v : SavedRequest::secretVariablesFor(collection,
             variables->requestPath(),
             collection.environment(variables->environment()),
             variables->globals()))
        redactor.addSecretVariable(v.name, v.value);
    redactor.addRequest(window.currentSpec());
    redactor.addRequest(window.lastSentSpec()); // variables resolved: what went on the wire
    redactor.addResponseHeaders(window.runner()->rawHeaders());
    const QString selected = selectedText(window.focusWidget());
    if (!selected.trimmed().isEmpty())
        redactor.addUserMarked(selected);
    return redactor;
}

BugReport ReportDialog::report() const
{
    BugReport report = m_runner ? BugReport::build(m_spec, *m_runner, m_redactor) : BugReport();
    // The reporter's own words go through the redactor too: a pasted token must not slip out that way.
    report.title = m_redactor.apply(m_title->text().trimmed());
    report.expected = m_redactor.apply(m_expected->toPlainText().trimmed());
    report.actual = m_redactor.apply(m_actual->toPlainText().trimmed());
    report.screenshotPng = pngOf(m_canvas->annotatedImage());
    return report;
}

const Redactor &ReportDialog::redactor() const
{
    return m_redactor;
}

void ReportDialog::setRedactionEnabled(int index, bool enabled)
{
    if (index < 0 || index >= m_redactor.redactions().size() || m_redactor.redactions().at(index).enabled == enabled)
        return;
    m_redactor.setEnabled(index, enabled);
    fillRedactions();
    grabWindow();
    updatePreview();
}

void ReportDialog::hideText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    m_redactor.addUserMarked(text);
    fillRedactions();
    grabWindow();
    updatePreview();
}

void ReportDialog::fillRedactions()
{
    const QSignalBlocker blocker(m_redactions); // itemChanged is the user's tick, not ours
    m_redactions->clear();
    for (const Redaction &r : m_redactor.redactions()) {
        auto *item = new QListWidgetItem(r.label, m_redactions);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(r.enabled ? tr("Hidden: untick to show this value in the report")
                                   : tr("Shown in the report: tick to hide it again"));
    }
}

void ReportDialog::grabWindow()
{
    if (!m_window)
        return; // the window is gone: keep the last screenshot
    const WindowMasker masker(m_window, m_redactor);
    m_canvas->setScreenshot(masker.grab().toImage());
}

void ReportDialog::updatePreview()
{
    m_previewTimer.stop();
    m_preview->setReportHtml(QString::fromUtf8(BugReportWriter::toHtml(report())));
}

bool ReportDialog::saveHtml(const QString &path, QString *error) const
{
    return BugReportWriter::writeHtml(report(), path, error);
}

bool ReportDialog::saveMarkdown(const QString &path, QString *error) const
{
    return BugReportWriter::writeMarkdown(report(), path, error);
}

QString ReportDialog::screenshotFileName()
{
    return u"reqscope-screenshot.png"_s;
}

void ReportDialog::copyMarkdown()
{
    const BugReport shared = report();
    auto *mime = new QMimeData;
    mime->setText(BugReportWriter::toMarkdown(shared, screenshotFileName()));
    mime->setImageData(m_canvas->annotatedImage());
    QApplication::clipboard()->setMimeData(mime);
    showMessage(
        tr("Copied as Markdown. The screenshot is on the clipboard as an image too: paste or attach it where the "
           "text links %1.")
            .arg(screenshotFileName()));
}

void ReportDialog::chooseFile(const QString &suffix)
{
    const bool html = suffix == "html"_L1;
    auto *dialog = new QFileDialog(this,
        html ? tr("Save the report as HTML") : tr("Save the report as Markdown"),
        QDir::home().filePath(u"reqscope-report."_s + suffix),
        html ? tr("HTML (*.html)") : tr("Markdown (*.md)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    connect(dialog, &QFileDialog::fileSelected, this, [this, html](const QString &path) {
        QString error;
        const bool ok = html ? saveHtml(path, &error) : saveMarkdown(path, &error);
        showMessage(ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error);
    });
    dialog->open();
}

void ReportDialog::showMessage(const QString &text)
{
    m_message->setText(text);
}

AnnotationCanvas *ReportDialog::canvas() const
{
    return m_canvas;
}

QListWidget *ReportDialog::redactionList() const
{
    return m_redactions;
}

ReportPreview *ReportDialog::preview() const
{
    return m_preview;
}

QLineEdit *ReportDialog::titleField() const
{
    return m_title;
}

QPlainTextEdit *ReportDialog::expectedField() const
{
    return m_expected;
}

QPlainTextEdit *ReportDialog::actualField() const
{
    return m_actual;
}

} // namespace Reqscope
