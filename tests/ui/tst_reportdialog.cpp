// SPDX-License-Identifier: MIT
// The report editor: what it shares hides every secret, each redaction can be revealed on its own, and Save HTML,
// Save Markdown and Copy as Markdown write what the preview shows.
#include "annotationcanvas.h"
#include "mainwindow.h"
#include "playgroundserver.h"
#include "redactor.h"
#include "reportdialog.h"
#include "reportpreview.h"
#include "requesteditor.h"
#include "requestrunner.h"
#include "responsebodystore.h"
#include "variablecontext.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;
using Reqscope::BugReport;
using Reqscope::BugReportWriter;
using Reqscope::MainWindow;
using Reqscope::ReportDialog;
using Reqscope::RequestSpec;

namespace {
const QString apiKey = u"key4801secret"_s;
const QString token = u"auth4802secret"_s;
} // namespace

class tst_ReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sharesNoSecret();
    void uncheckingRevealsExactlyThatOne();
    void hideTextAddsARedaction();
    void annotationsReachTheReport();
    void savesXhtmlWithOneEmbeddedPng();
    void savesMarkdownWithThePngBeside();
    void copiesMarkdownAndTheImage();
    void openedFromTheHelpMenu();
    void hidesSecretVariablesOfTheEnvironment();

private:
    QString html() const;

    Reqscope::PlaygroundServer m_server;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ReportDialog> m_dialog;
};

void tst_ReportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
}

void tst_ReportDialog::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    RequestSpec spec;
    spec.method = u"POST"_s;
    spec.url = m_server.url(u"/anything"_s).toString();
    spec.headers = { { u"X-Api-Key"_s, apiKey }, { u"Authorization"_s, u"Bearer "_s + token } };
    spec.bodyKind = RequestSpec::BodyKind::Json;
    spec.bodyText = u"{\"hello\": \"world\"}"_s;
    m_window->loadSpec(spec);
    m_window->requestEditor()->setCurrentIndex(1); // the Headers tab: the secrets are on screen
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy finished(m_window->runner(), &Reqscope::RequestRunner::finished);
    m_window->send();
    QVERIFY(finished.wait(10000));
    m_dialog = std::make_unique<ReportDialog>(
        m_window.get(), m_window->currentSpec(), m_window->runner(), ReportDialog::redactorFor(*m_window));
}

void tst_ReportDialog::cleanup()
{
    m_dialog.reset();
    m_window.reset();
}

QString tst_ReportDialog::html() const
{
    return QString::fromUtf8(BugReportWriter::toHtml(m_dialog->report()));
}

void tst_ReportDialog::sharesNoSecret()
{
    const QString shared = html();
    QVERIFY(shared.contains(m_server.url(u"/anything"_s).toString()));
    QVERIFY(!shared.contains(apiKey));
    QVERIFY(!shared.contains(token));
    const QString markdown = BugReportWriter::toMarkdown(m_dialog->report(), u"shot.png"_s);
    QVERIFY(!markdown.contains(apiKey));
    QVERIFY(!markdown.contains(token));
    // The list names what is hidden, never the value.
    QListWidget *list = m_dialog->redactionList();
    QCOMPARE(list->count(), int(m_dialog->redactor().redactions().size()));
    for (int i = 0; i < list->count(); ++i) {
        QVERIFY(!list->item(i)->text().contains(apiKey));
        QVERIFY(!list->item(i)->text().contains(token));
        QCOMPARE(list->item(i)->checkState(), Qt::Checked);
    }
    QVERIFY(!m_dialog->preview()->toPlainText().contains(token));
}

void tst_ReportDialog::uncheckingRevealsExactlyThatOne()
{
    const QList<Reqscope::Redaction> redactions = m_dialog->redactor().redactions();
    const auto found
        = std::find_if(redactions.cbegin(), redactions.cend(), [](const auto &r) { return r.value == apiKey; });
    QVERIFY(found != redactions.cend());
    const int index = int(found - redactions.cbegin());
    const QByteArray shotBefore = m_dialog->report().screenshotPng;

    m_dialog->redactionList()->item(index)->setCheckState(Qt::Unchecked); // what the user's click does

    QVERIFY(!m_dialog->redactor().redactions().at(index).enabled);
    const QString shared = html();
    QVERIFY(shared.contains(apiKey));
    QVERIFY(!shared.contains(token));
    QVERIFY(m_dialog->preview()->toPlainText().contains(apiKey));
    QVERIFY(!m_dialog->preview()->toPlainText().contains(token));
    QVERIFY(m_dialog->report().screenshotPng != shotBefore); // grabbed again, the header now readable
    for (qsizetype i = 0; i < redactions.size(); ++i) {
        if (i != index)
            QVERIFY(m_dialog->redactor().redactions().at(i).enabled);
    }

    m_dialog->redactionList()->item(index)->setCheckState(Qt::Checked);
    QVERIFY(!html().contains(apiKey));
}

void tst_ReportDialog::hideTextAddsARedaction()
{
    QVERIFY(html().contains(u"/anything"_s));
    const int rows = m_dialog->redactionList()->count();
    m_dialog->hideText(u"/anything"_s);
    QCOMPARE(m_dialog->redactionList()->count(), rows + 1);
    QVERIFY(!html().contains(u"/anything"_s));
    QVERIFY(!m_dialog->preview()->toPlainText().contains(u"/anything"_s));
}

void tst_ReportDialog::annotationsReachTheReport()
{
    const QByteArray before = m_dialog->report().screenshotPng;
    m_dialog->canvas()->addAnnotation({ Reqscope::Annotation::Kind::Rectangle, { 10, 10 }, { 300, 120 }, {} });
    const QByteArray after = m_dialog->report().screenshotPng;
    QVERIFY(after != before);
    QCOMPARE(QImage::fromData(after), m_dialog->canvas()->annotatedImage().convertToFormat(QImage::Format_ARGB32));
    m_dialog->canvas()->undo();
    QCOMPARE(m_dialog->report().screenshotPng, before);
}

void tst_ReportDialog::savesXhtmlWithOneEmbeddedPng()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.html"_s);
    QString error;
    QVERIFY2(m_dialog->saveHtml(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + u" at line "_s + QString::number(xml.lineNumber())));
    QCOMPARE(bytes.count("data:image/png;base64,"), 1);
    const QRegularExpressionMatch png
        = QRegularExpression(u"data:image/png;base64,([A-Za-z0-9+/=]+)"_s).match(QString::fromLatin1(bytes));
    QVERIFY(png.hasMatch());
    const QByteArray decoded = QByteArray::fromBase64(png.captured(1).toLatin1());
    QVERIFY2(decoded.size() > 1024, qPrintable(QString::number(decoded.size())));
    QCOMPARE(QImage::fromData(decoded).size(), m_dialog->canvas()->annotatedImage().size());
    QVERIFY(!bytes.contains(apiKey.toUtf8()));
    QVERIFY(!bytes.contains(token.toUtf8()));
}

void tst_ReportDialog::savesMarkdownWithThePngBeside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.md"_s);
    QString error;
    QVERIFY2(m_dialog->saveMarkdown(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray markdown = file.readAll();
    QVERIFY(markdown.contains("report.png"));
    QVERIFY(!markdown.contains(apiKey.toUtf8()));
    QVERIFY(!QImage(dir.filePath(u"report.png"_s)).isNull());
}

void tst_ReportDialog::copiesMarkdownAndTheImage()
{
    m_dialog->copyMarkdown();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->text().contains(ReportDialog::screenshotFileName()));
    QVERIFY(!mime->text().contains(token));
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), m_dialog->canvas()->annotatedImage().size());
}

void tst_ReportDialog::openedFromTheHelpMenu()
{
    m_dialog.reset();
    QAction *report = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (a->shortcut() == QKeySequence(u"Ctrl+Shift+R"_s))
                report = a;
        }
    }
    QVERIFY(report);
    report->trigger();
    auto *dialog = m_window->findChild<ReportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!QString::fromUtf8(BugReportWriter::toHtml(dialog->report())).contains(token));
    dialog->close();
}

void tst_ReportDialog::hidesSecretVariablesOfTheEnvironment()
{
    m_dialog.reset();
    Reqscope::Collection collection;
    collection.name = u"Vars"_s;
    collection.variables = { { u"base"_s, m_server.url(u"/"_s).toString().chopped(1) } };
    Reqscope::Environment local;
    local.name = u"local"_s;
    local.variables = { { u"token"_s, u"envtok4803secret"_s, true } };
    collection.environments = { local };
    RequestSpec spec;
    spec.name = u"Echo"_s;
    spec.url = u"{{base}}/anything"_s;
    spec.headers = { { u"X-Trace"_s, u"{{token}}"_s } }; // no credential name: only the variable says it is secret
    collection.items = { Reqscope::CollectionItem::fromRequest(spec, u"echo"_s) };
    Reqscope::VariableContext *variables = m_window->variables();
    variables->setCollection(collection, QString());
    variables->setRequestPath(u"echo"_s);
    variables->setEnvironment(u"local"_s);
    m_window->loadSpec(spec);
    QSignalSpy finished(m_window->runner(), &Reqscope::RequestRunner::finished);
    m_window->send();
    QVERIFY(finished.wait(10000));
    QVERIFY(m_window->runner()->body()->readAll().contains("envtok4803secret")); // echoed: planted

    m_window->reportBug();
    auto *dialog = m_window->findChild<ReportDialog *>();
    QVERIFY(dialog);
    const BugReport report = dialog->report();
    QVERIFY(report.url.startsWith(m_server.url(u"/anything"_s).toString())); // as sent, variables resolved
    const QString html = QString::fromUtf8(BugReportWriter::toHtml(report));
    QVERIFY(!html.contains(u"envtok4803secret"_s));
    QVERIFY(!BugReportWriter::toMarkdown(report, u"s.png"_s).contains(u"envtok4803secret"_s));
    const auto labels = dialog->redactionList()->findItems(u"token"_s, Qt::MatchContains);
    QCOMPARE(labels.size(), 1);
    dialog->close();
}

QTEST_MAIN(tst_ReportDialog)
#include "tst_reportdialog.moc"
