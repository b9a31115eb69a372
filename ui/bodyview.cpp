// SPDX-License-Identifier: MIT
#include "bodyview.h"

#include "hexview.h"
#include "responsebodystore.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

// Runs on a worker thread: no widgets, no shared state.
QString prettify(const QByteArray &bytes)
{
    QJsonParseError error {};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    QXmlStreamReader reader(bytes);
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            return QString();
        if (reader.tokenType() == QXmlStreamReader::Characters && reader.isWhitespace())
            continue;
        writer.writeCurrentToken(reader);
    }
    return out;
}

// Text layout is quadratic-ish in the length of a line: a 256 KiB one-line body (minified JSON, binary)
// would block the window for seconds. Raw therefore breaks lines after this many characters.
constexpr int maxLineLength = 2000;
// While bytes arrive, Raw grows by at most this much per update, so each update stays within a frame.
constexpr qint64 rawStepBytes = 64 * 1024;

// Makes decoded text safe to lay out: NUL shown as ␀, lines hard-broken at maxLineLength.
QString displayable(const QString &text, int &lineLength)
{
    QString out;
    out.reserve(text.size() + text.size() / maxLineLength + 1);
    for (const QChar c : text) {
        if (c == u'\n') {
            lineLength = 0;
        } else if (++lineLength > maxLineLength) {
            out += u'\n';
            lineLength = 1;
        }
        out += c.unicode() == 0 ? QChar(0x2400) : c;
    }
    return out;
}

} // namespace

BodyView::BodyView(QWidget *parent)
    : QWidget(parent)
    , m_decoder(QStringDecoder::Utf8)
    , m_modes(new QButtonGroup(this))
    , m_info(new QLabel(this))
    , m_loadMore(new QPushButton(tr("Load more"), this))
    , m_save(new QPushButton(tr("Save body…"), this))
    , m_stack(new QStackedWidget(this))
    , m_raw(new QPlainTextEdit(this))
    , m_pretty(new QPlainTextEdit(this))
    , m_prettyNote(new QLabel(this))
    , m_hex(new HexView(this))
    , m_imageArea(new QScrollArea(this))
    , m_image(new QLabel(this))
{
    auto *bar = new QHBoxLayout;
    const QStringList names = { tr("Raw"), tr("Pretty"), tr("Hex"), tr("Image") };
    for (int i = 0; i < names.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setText(names.at(i));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setAccessibleName(tr("%1 view").arg(names.at(i)));
        m_modes->addButton(button, i);
        bar->addWidget(button);
    }
    m_modes->button(int(Mode::Raw))->setChecked(true);
    bar->addSpacing(12);
    bar->addWidget(m_info, 1);
    bar->addWidget(m_loadMore);
    bar->addWidget(m_save);
    m_info->setEnabled(false);
    m_loadMore->setToolTip(tr("Show the next %1 of the body").arg(QLocale().formattedDataSize(rawWindowBytes)));
    m_save->setToolTip(tr("Save the whole body to a file"));

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : { m_raw, m_pretty }) {
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setUndoRedoEnabled(false);
        edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_raw->setAccessibleName(tr("Raw body"));
    m_pretty->setAccessibleName(tr("Pretty body"));
    m_raw->setPlaceholderText(tr("The body appears here as it arrives."));
    auto *prettyPage = new QWidget(this);
    auto *prettyLayout = new QVBoxLayout(prettyPage);
    prettyLayout->setContentsMargins(0, 0, 0, 0);
    m_prettyNote->setWordWrap(true);
    m_prettyNote->setAlignment(Qt::AlignCenter);
    m_prettyNote->setEnabled(false);
    prettyLayout->addWidget(m_prettyNote);
    prettyLayout->addWidget(m_pretty, 1);
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setAccessibleName(tr("Image view of the body"));

    m_stack->addWidget(m_raw);
    m_stack->addWidget(prettyPage);
    m_stack->addWidget(m_hex);
    m_stack->addWidget(m_imageArea);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) {
        m_userPicked = true;
        setMode(Mode(id));
    });
    connect(m_loadMore, &QPushButton::clicked, this, &BodyView::loadMore);
    connect(m_save, &QPushButton::clicked, this, &BodyView::saveBody);
    connect(&m_prettyWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_prettyFor != m_generation)
            return updatePage(); // stale: start over for the current body
        const QString text = m_prettyWatcher.result();
        m_prettyDone = true;
        if (text.isEmpty()) {
            m_prettyNote->setText(tr("The body is not valid JSON or XML; see Raw."));
            m_prettyNote->show();
            m_pretty->hide();
        } else {
            m_prettyNote->hide();
            m_pretty->show();
            m_pretty->setPlainText(text);
        }
        Q_EMIT prettyReady();
    });
    connect(&m_imageWatcher, &QFutureWatcher<QImage>::finished, this, [this] {
        if (m_imageFor != m_generation)
            return updatePage();
        m_imageDone = true;
        const QImage image = m_imageWatcher.result();
        if (image.isNull())
            m_image->setText(tr("The body is not an image Qt can decode."));
        else
            m_image->setPixmap(QPixmap::fromImage(image));
    });
    setStore(std::make_shared<ResponseBodyStore>());
}

BodyView::~BodyView()
{
    m_prettyWatcher.waitForFinished(); // the workers hold only copies, but must not outlive the watchers
    m_imageWatcher.waitForFinished();
}

void BodyView::setStore(std::shared_ptr<ResponseBodyStore> store)
{
    m_store = std::move(store);
    ++m_generation;
    m_contentType.clear();
    m_complete = false;
    m_userPicked = false;
    m_shown = 0;
    m_rawLineLength = 0;
    m_rawLimit = rawWindowBytes;
    m_decoder = QStringDecoder(QStringDecoder::Utf8);
    m_raw->clear();
    m_pretty->clear();
    m_prettyDone = false;
    m_imageDone = false;
    m_image->clear();
    m_hex->setStore(m_store);
    setMode(Mode::Raw); // bytes appear as they arrive; refresh() picks the view that suits the body
    updateInfo();
}

void BodyView::setContentType(const QString &contentType)
{
    m_contentType = contentType;
}

void BodyView::refresh(bool complete)
{
    m_complete = complete;
    appendRaw(complete ? m_rawLimit : qMin(m_rawLimit, m_shown + rawStepBytes));
    if (mode() == Mode::Hex)
        m_hex->refresh();
    updatePage();
    if (!m_userPicked) // the view that suits the body, unless the user chose one for this response
        setMode(suggestedMode());
    updateInfo();
}

void BodyView::appendRaw(qint64 upTo)
{
    const qint64 target = qMin(upTo, m_store->size());
    if (target <= m_shown)
        return;
    const QByteArray bytes = m_store->read(m_shown, target - m_shown);
    m_shown = target;
    QTextCursor cursor(m_raw->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(displayable(m_decoder.decode(bytes), m_rawLineLength));
}

void BodyView::loadMore()
{
    m_rawLimit += rawWindowBytes;
    appendRaw(m_rawLimit);
    updateInfo();
}

BodyView::Mode BodyView::mode() const
{
    return Mode(m_modes->checkedId());
}

void BodyView::setMode(Mode mode)
{
    if (mode == this->mode() && m_stack->currentIndex() == int(mode))
        return;
    m_modes->button(int(mode))->setChecked(true);
    m_stack->setCurrentIndex(int(mode));
    updatePage();
    updateInfo();
}

void BodyView::updatePage()
{
    switch (mode()) {
    case Mode::Raw:
        break;
    case Mode::Pretty:
        startPretty();
        break;
    case Mode::Hex:
        m_hex->refresh();
        break;
    case Mode::Image:
        startImage();
        break;
    }
}

BodyView::Mode BodyView::suggestedMode() const
{
    const qint64 size = m_store->size();
    if (size == 0)
        return mode();
    if (m_complete && m_contentType.startsWith(u"image/"_s, Qt::CaseInsensitive) && size <= imageLimitBytes)
        return Mode::Image;
    if (m_complete && isJsonOrXml() && size <= prettyLimitBytes)
        return Mode::Pretty;
    // Binary (a NUL, or many control characters, in the first KiB) reads best as hex, even while arriving.
    if (size >= 1024 || m_complete) {
        const QByteArray head = m_store->read(0, 1024);
        const auto control = std::count_if(head.cbegin(), head.cend(), [](char c) {
            const auto b = static_cast<unsigned char>(c);
            return b < 0x09 || (b > 0x0D && b < 0x20);
        });
        if (head.contains('\0') || control * 10 > head.size())
            return Mode::Hex;
    }
    return mode();
}

bool BodyView::isJsonOrXml() const
{
    const QString type = m_contentType.toLower();
    if (type.contains(u"json"_s) || type.contains(u"xml"_s))
        return true;
    const QByteArray head = m_store->read(0, 64).trimmed();
    return head.startsWith('{') || head.startsWith('[') || head.startsWith('<');
}

void BodyView::startPretty()
{
    if (m_prettyDone || m_prettyWatcher.isRunning())
        return;
    const auto note = [this](const QString &text) {
        m_prettyNote->setText(text);
        m_prettyNote->show();
        m_pretty->hide();
    };
    if (!m_complete)
        return note(tr("Pretty view is built once the body is complete."));
    if (m_store->size() > prettyLimitBytes)
        return note(
            tr("The body is %1; Pretty view formats bodies up to %2. Use Raw, Hex or Save body…")
                .arg(QLocale().formattedDataSize(m_store->size()), QLocale().formattedDataSize(prettyLimitBytes)));
    if (!isJsonOrXml())
        return note(tr("Pretty view formats JSON and XML; this body is %1.")
                        .arg(m_contentType.isEmpty() ? tr("untyped") : m_contentType));
    note(tr("Formatting…"));
    m_prettyFor = m_generation;
    m_prettyWatcher.setFuture(QtConcurrent::run(prettify, m_store->readAll()));
}

void BodyView::startImage()
{
    if (m_imageDone || m_imageWatcher.isRunning())
        return;
    if (!m_complete) {
        m_image->setText(tr("The image is shown once the body is complete."));
        return;
    }
    if (m_store->size() > imageLimitBytes) {
        m_image->setText(tr("The body is too large to show as an image."));
        return;
    }
    m_image->setText(tr("Decoding…"));
    m_imageFor = m_generation;
    m_imageWatcher.setFuture(QtConcurrent::run([bytes = m_store->readAll()] { return QImage::fromData(bytes); }));
}

void BodyView::updateInfo()
{
    const QLocale locale;
    const qint64 size = m_store->size();
    if (size == 0)
        m_info->setText(m_complete ? tr("Empty body") : QString());
    else if (mode() == Mode::Raw && m_shown < size)
        m_info->setText(tr("Showing %1 of %2").arg(locale.formattedDataSize(m_shown), locale.formattedDataSize(size)));
    else
        m_info->setText(locale.formattedDataSize(size));
    m_loadMore->setVisible(mode() == Mode::Raw && m_shown < size);
    m_save->setEnabled(m_complete && size > 0);
}

void BodyView::saveBody()
{
    auto *dialog = new QFileDialog(this, tr("Save body"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
            const QString error = watcher->result();
            Q_EMIT message(
                error.isEmpty() ? tr("Body saved to %1").arg(path) : tr("Could not save the body: %1").arg(error));
            watcher->deleteLater();
        });
        // The shared_ptr keeps the store alive even if a new request starts meanwhile.
        watcher->setFuture(QtConcurrent::run([store = m_store, path] {
            QString error;
            store->saveTo(path, &error);
            return error;
        }));
    });
    dialog->open();
}

QString BodyView::rawText() const
{
    return m_raw->toPlainText();
}

QString BodyView::prettyText() const
{
    return m_pretty->toPlainText();
}

qint64 BodyView::shownBytes() const
{
    return m_shown;
}

bool BodyView::isFormatting() const
{
    return m_prettyWatcher.isRunning();
}

} // namespace Reqscope
