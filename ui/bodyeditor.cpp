// SPDX-License-Identifier: MIT
#include "bodyeditor.h"

#include "keyvaluetable.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
enum Page { NonePage, TextPage, FormPage, FilePage };
}

BodyEditor::BodyEditor(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_form(new KeyValueTable(tr("Form fields"), this))
    , m_file(new QLineEdit(this))
{
    m_kind->addItem(tr("No body"), int(RequestSpec::BodyKind::None));
    m_kind->addItem(tr("Text"), int(RequestSpec::BodyKind::Text));
    m_kind->addItem(tr("JSON"), int(RequestSpec::BodyKind::Json));
    m_kind->addItem(tr("Form (URL-encoded)"), int(RequestSpec::BodyKind::FormUrlEncoded));
    m_kind->addItem(tr("Multipart form (fields and files)"), int(RequestSpec::BodyKind::Multipart));
    m_kind->addItem(tr("Binary file"), int(RequestSpec::BodyKind::BinaryFile));
    m_kind->setAccessibleName(tr("Body kind"));

    auto *none = new QLabel(tr("This request has no body. Choose a kind above, or drop a file onto the window."), this);
    none->setAlignment(Qt::AlignCenter);
    none->setWordWrap(true);
    none->setEnabled(false);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Body text"));
    m_text->setTabChangesFocus(true);

    auto *filePage = new QWidget(this);
    auto *fileRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Choose file…"), filePage);
    m_file->setAccessibleName(tr("Body file"));
    m_file->setPlaceholderText(tr("Path of the file to send as the body"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLayout = new QVBoxLayout(filePage);
    fileLayout->addLayout(fileRow);
    fileLayout->addStretch();

    m_stack->insertWidget(NonePage, none);
    m_stack->insertWidget(TextPage, m_text);
    m_stack->insertWidget(FormPage, m_form);
    m_stack->insertWidget(FilePage, filePage);

    auto *top = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKind();
        Q_EMIT edited();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &BodyEditor::edited);
    connect(m_form, &KeyValueTable::edited, this, &BodyEditor::edited);
    connect(m_file, &QLineEdit::textEdited, this, &BodyEditor::edited);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Choose the body file"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &BodyEditor::setBinaryFile);
        dialog->open();
    });
    showKind();
}

BodyEditor::~BodyEditor() = default;

void BodyEditor::store(RequestSpec &spec) const
{
    spec.bodyKind = RequestSpec::BodyKind(m_kind->currentData().toInt());
    spec.bodyText = m_text->toPlainText();
    spec.formFields = m_form->rows();
    spec.bodyFile = m_file->text();
}

void BodyEditor::load(const RequestSpec &spec)
{
    const QSignalBlocker blocker(this);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(spec.bodyKind))));
    m_text->setPlainText(spec.bodyText);
    m_form->setRows(spec.formFields);
    m_file->setText(spec.bodyFile);
    showKind();
}

void BodyEditor::setBinaryFile(const QString &path)
{
    m_file->setText(path);
    m_kind->setCurrentIndex(m_kind->findData(int(RequestSpec::BodyKind::BinaryFile)));
    Q_EMIT edited();
}

void BodyEditor::showKind()
{
    switch (RequestSpec::BodyKind(m_kind->currentData().toInt())) {
    case RequestSpec::BodyKind::None:
        m_stack->setCurrentIndex(NonePage);
        break;
    case RequestSpec::BodyKind::Text:
    case RequestSpec::BodyKind::Json:
        m_stack->setCurrentIndex(TextPage);
        break;
    case RequestSpec::BodyKind::FormUrlEncoded:
    case RequestSpec::BodyKind::Multipart:
        m_form->setFilesAllowed(
            RequestSpec::BodyKind(m_kind->currentData().toInt()) == RequestSpec::BodyKind::Multipart);
        m_stack->setCurrentIndex(FormPage);
        break;
    case RequestSpec::BodyKind::BinaryFile:
        m_stack->setCurrentIndex(FilePage);
        break;
    }
}

} // namespace Reqscope
