// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QStringDecoder>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
QT_END_NAMESPACE

namespace Reqscope {

class HexView;
class ResponseBodyStore;

/*!
 * The response body as Raw, Pretty, Hex or Image, built so that no body size can freeze the window:
 * - Raw shows a bounded window (rawWindowBytes), grows only on "Load more", and breaks lines longer than
 *   2,000 characters (one-line minified JSON or binary would otherwise take seconds to lay out);
 * - Pretty formats JSON/XML on a worker thread, only for complete bodies up to prettyLimitBytes (2 MiB: a
 *   QPlainTextEdit lays out ~2-4 MB of indented text within a frame or two; larger bodies stay Raw);
 * - Hex paints only visible lines; Image decodes on a worker, only when its tab is opened;
 * - "Save body…" copies the whole body (from the spill file) on a worker.
 */
class BodyView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyView)

public:
    enum class Mode { Raw, Pretty, Hex, Image };
    Q_ENUM(Mode)
    static constexpr qint64 rawWindowBytes = 256 * 1024;
    static constexpr qint64 prettyLimitBytes = 2 * 1024 * 1024;
    static constexpr qint64 imageLimitBytes = 64 * 1024 * 1024;

    explicit BodyView(QWidget *parent = nullptr);
    ~BodyView() override;

    /// A new response begins.
    void setStore(std::shared_ptr<ResponseBodyStore> store);
    void setContentType(const QString &contentType);
    /// Bytes arrived (coalesced); \a complete once the response has ended.
    void refresh(bool complete);

    Mode mode() const;
    void setMode(Mode mode);
    QString rawText() const;
    QString prettyText() const;
    qint64 shownBytes() const;
    bool isFormatting() const;

public Q_SLOTS:
    void loadMore();
    void saveBody();

Q_SIGNALS:
    void prettyReady();
    void message(const QString &text);

private:
    void appendRaw(qint64 upTo);
    void updatePage();
    void startPretty();
    void startImage();
    void updateInfo();
    bool isJsonOrXml() const;
    Mode suggestedMode() const;

    std::shared_ptr<ResponseBodyStore> m_store;
    QString m_contentType;
    bool m_complete = false;
    bool m_userPicked = false;
    qint64 m_shown = 0;
    int m_rawLineLength = 0; // characters since the last line break in Raw
    qint64 m_rawLimit = rawWindowBytes;
    QStringDecoder m_decoder;
    QButtonGroup *m_modes;
    QLabel *m_info;
    QPushButton *m_loadMore;
    QPushButton *m_save;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_raw;
    QPlainTextEdit *m_pretty;
    QLabel *m_prettyNote;
    HexView *m_hex;
    QScrollArea *m_imageArea;
    QLabel *m_image;
    QFutureWatcher<QString> m_prettyWatcher;
    QFutureWatcher<QImage> m_imageWatcher;
    int m_generation = 0; // bumps per response: a worker's late result for an old body is dropped
    int m_prettyFor = -1;
    int m_imageFor = -1;
    bool m_prettyDone = false;
    bool m_imageDone = false;
};

} // namespace Reqscope
