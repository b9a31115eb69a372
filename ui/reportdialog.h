// SPDX-License-Identifier: MIT
#pragma once

#include "bugreport.h"
#include "redactor.h"
#include "requestspec.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Reqscope {

class AnnotationCanvas;
class MainWindow;
class ReportPreview;
class RequestRunner;

/*!
 * Help → Report a Bug: the reporter's texts (title, expected, actual), the window's screenshot taken with every
 * secret masked before the grab, annotation tools, and a preview of exactly what will be shared. Each hidden value
 * is listed by its label (never its value) with a checkbox: unticking one re-masks the window without it,
 * grabs again and rebuilds the report. "Hide" adds any text as a secret. Save HTML…, Save Markdown… and Copy as
 * Markdown write what the preview shows.
 */
class ReportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    /// \a window is grabbed (masked) now and after each change of the hidden values.
    ReportDialog(QWidget *window,
        const RequestSpec &spec,
        const RequestRunner *runner,
        const Redactor &redactor,
        QWidget *parent = nullptr);
    ~ReportDialog() override;

    /// The secrets of \a window's request: the secret variables it sees (active environment and globals too),
    /// credentials, auth fields and secret-looking parameters as typed and as sent, Set-Cookie values of the
    /// response, and the text selected in the focused field (the user marks it by selecting it).
    static Redactor redactorFor(const MainWindow &window);

    /// What will be shared, as the preview shows it.
    BugReport report() const;
    const Redactor &redactor() const;
    void setRedactionEnabled(int index, bool enabled);
    /// Hides \a text wherever it appears (a user-marked redaction).
    void hideText(const QString &text);

    bool saveHtml(const QString &path, QString *error = nullptr) const;
    bool saveMarkdown(const QString &path, QString *error = nullptr) const;
    /// Markdown as text (the image linked as screenshotFileName()) and the annotated PNG as image data.
    void copyMarkdown();
    static QString screenshotFileName();

    AnnotationCanvas *canvas() const;
    QListWidget *redactionList() const;
    ReportPreview *preview() const;
    QLineEdit *titleField() const;
    QPlainTextEdit *expectedField() const;
    QPlainTextEdit *actualField() const;

private:
    QWidget *createRedactionPane();
    void fillRedactions();
    void grabWindow();
    void updatePreview();
    void chooseFile(const QString &suffix);
    void showMessage(const QString &text);

    QPointer<QWidget> m_window;
    RequestSpec m_spec;
    QPointer<const RequestRunner> m_runner;
    Redactor m_redactor;
    QLineEdit *m_title;
    QPlainTextEdit *m_expected;
    QPlainTextEdit *m_actual;
    AnnotationCanvas *m_canvas;
    ReportPreview *m_preview;
    QListWidget *m_redactions;
    QLineEdit *m_hideField;
    QLabel *m_message;
    QTimer m_previewTimer; // coalesces typing into one rebuild
};

} // namespace Reqscope
