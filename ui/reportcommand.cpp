// SPDX-License-Identifier: MIT
#include "reportcommand.h"

#include "bodyview.h"
#include "bugreport.h"
#include "mainwindow.h"
#include "redactor.h"
#include "requestrunner.h"
#include "responseview.h"
#include "savedrequest.h"
#include "windowmasker.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

/// Runs the event loop until \a signal of \a sender fires, or \a ms pass.
template <typename Sender, typename Signal> void waitFor(Sender *sender, Signal signal, int ms)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

ReportCommand::ReportCommand(Printer printError)
    : m_printError(std::move(printError))
{
}

std::optional<ReportCommand::Format> ReportCommand::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "html"_L1 || suffix == "htm"_L1)
        return Format::Html;
    if (suffix == "md"_L1 || suffix == "markdown"_L1)
        return Format::Markdown;
    return std::nullopt;
}

int ReportCommand::run(const Options &options, const SecretStore *secrets) const
{
    const std::optional<Format> format = formatOf(options.output);
    if (!format) {
        m_printError(u"report: -o FILE must end in .html or .md, got '%1'"_s.arg(options.output));
        return 2;
    }
    const bool html = *format == Format::Html;
    QString error;
    const std::optional<SavedRequest> saved = options.requestFile.isEmpty()
        ? SavedRequest::fromCollection(options.collection, options.name, options.environment, secrets, &error)
        : SavedRequest::fromFile(options.requestFile, options.environment, secrets, &error);
    if (!saved) {
        m_printError(u"report: "_s + error);
        return 2;
    }
    for (const LoadError &e : saved->warnings)
        m_printError(u"report: "_s + e.toString());
    for (const QString &u : saved->unresolved)
        m_printError(u"report: unresolved variable %1"_s.arg(u));

    MainWindow window;
    window.loadSpec(saved->spec);
    // Visible to Qt (layouts, polish and paint run as for a real window) without a platform window at all.
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    RequestRunner *runner = window.runner();
    runner->start(saved->spec);
    if (runner->isRunning())
        waitFor(runner, &RequestRunner::finished, 24 * 3600 * 1000); // the engine's own time-outs end it
    BodyView *body = window.responseView()->bodyView();
    if (body->isFormatting()) // Pretty JSON/XML is built on a worker: the shot shows the finished view
        waitFor(body, &BodyView::prettyReady, 10000);
    QCoreApplication::processEvents();

    Redactor redactor;
    redactor.addRequest(saved->spec);
    redactor.addResponseHeaders(runner->rawHeaders());
    for (const Variable &v : saved->secretVariables)
        redactor.addSecretVariable(v.name, v.value);
    QImage shot;
    {
        const WindowMasker masker(&window, redactor);
        shot = masker.grab().toImage();
    }

    BugReport report = BugReport::build(saved->spec, *runner, redactor);
    const QString title = options.title.isEmpty()
        ? (saved->spec.name.isEmpty() ? saved->spec.method + u' ' + saved->spec.url : saved->spec.name)
        : options.title;
    report.title = redactor.apply(title);
    report.expected = redactor.apply(options.expected);
    report.actual = redactor.apply(options.actual);
    QBuffer png(&report.screenshotPng);
    png.open(QIODevice::WriteOnly);
    shot.save(&png, "PNG");

    const bool written = html ? BugReportWriter::writeHtml(report, options.output, &error)
                              : BugReportWriter::writeMarkdown(report, options.output, &error);
    if (!written) {
        m_printError(u"report: "_s + error);
        return 2;
    }
    return runner->outcome() == RequestRunner::Outcome::Failed ? 1 : 0;
}

} // namespace Reqscope
