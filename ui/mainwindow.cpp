// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "bodyeditor.h"
#include "bodyview.h"
#include "collectionmodel.h"
#include "collectionspanel.h"
#include "curlcommand.h"
#include "environmentpicker.h"
#include "globalvariables.h"
#include "historypanel.h"
#include "historyrecording.h"
#include "historystore.h"
#include "keyvaluetable.h"
#include "playgroundcollection.h"
#include "redactor.h"
#include "reportdialog.h"
#include "requestbar.h"
#include "requestdocument.h"
#include "requesteditor.h"
#include "requestrunner.h"
#include "responseview.h"
#include "sidebar.h"
#include "theme.h"
#include "translationloader.h"
#include "urlparams.h"
#include "variablecelldelegate.h"
#include "variablecontext.h"
#include "variablehighlighter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
// The playground listens on a new port at every start; saved URLs name it by this placeholder instead.
const QString playgroundPlaceholder = u"{{playground}}"_s;

/// The user's globals.json (the broadest scope, shared with `reqscope-cli run`) plus {{playground}}, which no
/// file can define because the port changes at every start.
VariableList globalsWithPlayground(const QString &base, const SecretStore *secrets)
{
    VariableList globals = GlobalVariables::load(QString(), secrets).variables;
    globals.erase(
        std::remove_if(globals.begin(), globals.end(), [](const Variable &v) { return v.name == u"playground"_s; }),
        globals.end());
    globals.append({ u"playground"_s, base });
    return globals;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_runner(new RequestRunner(this))
    , m_sidebar(new Sidebar(this))
    , m_bar(new RequestBar(this))
    , m_editor(new RequestEditor(this))
    , m_response(new ResponseView(this))
    , m_document(new RequestDocument(
          m_sidebar->collections()->model(),
          this,
          [this] { return currentSpec(); },
          [this](const RequestSpec &spec) { loadSpec(spec); }))
    , m_variables(new VariableContext(this))
    , m_environments(new EnvironmentPicker(m_variables, this))
    , m_urlHighlighter(new VariableHighlighter(m_bar->urlField(), m_variables, this))
    , m_outer(new QSplitter(Qt::Horizontal, this))
    , m_inner(new QSplitter(Qt::Vertical, this))
{
    setWindowTitle(tr("Reqscope"));
    setAcceptDrops(true);

    auto *requestPane = new QWidget(this);
    auto *requestLayout = new QVBoxLayout(requestPane);
    requestLayout->setContentsMargins(8, 8, 8, 0);
    requestLayout->addWidget(m_bar);
    requestLayout->addWidget(m_editor, 1);
    m_editor->setCornerWidget(m_environments, Qt::TopRightCorner); // beside the request tabs: no row of its own
    m_environments->setSecretStore(m_sidebar->collections()->model()->secrets());
    auto *responsePane = new QWidget(this);
    auto *responseLayout = new QVBoxLayout(responsePane);
    responseLayout->setContentsMargins(8, 0, 8, 4);
    responseLayout->addWidget(m_response);

    m_inner->setObjectName(u"requestResponseSplitter"_s);
    m_inner->addWidget(requestPane);
    m_inner->addWidget(responsePane);
    m_inner->setSizes({ 240, 560 }); // the response deserves the room; a saved state overrides this
    m_inner->setChildrenCollapsible(false);
    m_outer->setObjectName(u"sidebarSplitter"_s);
    m_outer->addWidget(m_sidebar);
    m_outer->addWidget(m_inner);
    m_outer->setStretchFactor(1, 1);
    m_outer->setSizes({ 240, 1000 });
    setCentralWidget(m_outer);
    m_response->setRunner(m_runner);
    for (KeyValueTable *table : { m_editor->paramsTable(), m_editor->headersTable() }) {
        auto *cells = new VariableCellDelegate(m_variables, table->table());
        table->table()->setItemDelegateForColumn(1, cells); // name
        table->table()->setItemDelegateForColumn(2, cells); // value
    }

    connect(m_bar, &RequestBar::sendRequested, this, &MainWindow::send);
    connect(m_bar, &RequestBar::abortRequested, this, &MainWindow::abort);
    connect(m_bar, &RequestBar::urlEdited, this, &MainWindow::onUrlEdited);
    connect(m_bar, &RequestBar::curlPasted, this, &MainWindow::pasteCurl);
    connect(m_editor, &RequestEditor::paramsEdited, this, &MainWindow::onParamsEdited);
    CollectionsPanel *collections = m_sidebar->collections();
    connect(collections, &CollectionsPanel::requestActivated, m_document, &RequestDocument::open);
    connect(collections, &CollectionsPanel::problem, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
    });
    connect(m_document, &RequestDocument::currentRestored, collections, &CollectionsPanel::setCurrentIndex);
    collections->setCloseGuard([this, collections](const QString &dir, const std::function<void()> &proceed) {
        if (collections->model()->directoryOf(m_document->item()) == dir)
            m_document->whenSaved(proceed); // asks only if the request in the editor has unsaved edits
        else
            proceed();
    });
    connect(m_document, &RequestDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &RequestDocument::titleChanged, this, [this](const QString &title) {
        setWindowTitle(title.isEmpty() ? tr("Reqscope") : tr("%1[*] — Reqscope").arg(title));
    });
    connect(m_document, &RequestDocument::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_editor, &RequestEditor::edited, this, &MainWindow::onEdited);
    connect(m_bar, &RequestBar::methodChanged, this, &MainWindow::onEdited);
    connect(m_document, &RequestDocument::titleChanged, this, &MainWindow::syncVariables);
    connect(m_sidebar->historyPanel(), &HistoryPanel::requestRestored, m_document, &RequestDocument::openScratch);
    connect(m_sidebar->historyPanel(), &HistoryPanel::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_runner, &RequestRunner::finished, this, &MainWindow::onFinished);
    connect(m_response, &ResponseView::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });

    createMenus();
    // Tab order follows reading order: sidebar, method, URL, Send, Abort, mode, trigger, request tabs, response.
    setTabOrder(m_sidebar, m_bar);
    setTabOrder(m_bar, m_editor);
    setTabOrder(m_editor, m_response);
    statusBar()->showMessage(tr("Ready. Ctrl+Return sends, Esc aborts, Ctrl+L jumps to the URL."));
    resize(1280, 820);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(
        tr("&New scratch request"), QKeySequence::New, this, [this] { m_document->openScratch(RequestSpec()); });
    file->addAction(tr("&Save"), QKeySequence::Save, m_document, &RequestDocument::save);
    file->addAction(
        tr("Save &As…"), QKeySequence(u"Ctrl+Shift+S"_s), m_document, qOverload<>(&RequestDocument::saveAs));
    file->addSeparator();
    m_sidebar->collections()->addActionsTo(file);
    file->addSeparator();
    file->addAction(tr("Save &body…"), QKeySequence(u"Ctrl+Alt+S"_s), this, [this] {
        if (!m_runner->isRunning() && m_runner->bytesReceived() > 0)
            m_response->bodyView()->saveBody();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *undo = m_sidebar->collections()->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    edit->addAction(tr("&Copy as curl"), QKeySequence(u"Ctrl+Shift+C"_s), this, &MainWindow::copyAsCurl);
    edit->addAction(tr("&Paste curl command"), QKeySequence(u"Ctrl+Shift+V"_s), this, [this] {
        pasteCurl(QApplication::clipboard()->text());
    });

    QMenu *request = menuBar()->addMenu(tr("&Request"));
    QAction *send = request->addAction(tr("&Send"), this, &MainWindow::send);
    send->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    QAction *abort = request->addAction(tr("&Abort"), this, &MainWindow::abort);
    abort->setShortcut(QKeySequence(Qt::Key_Escape));
    request->addAction(tr("Focus &URL"), QKeySequence(u"Ctrl+L"_s), this, [this] {
        m_bar->urlField()->setFocus();
        m_bar->urlField()->selectAll();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const QString current = QSettings().value(u"ui/theme"_s).toString();
    const QList<QPair<Theme::Choice, QString>> themeChoices = { { Theme::Choice::System, tr("Follow the &system") },
        { Theme::Choice::Light, tr("&Light") },
        { Theme::Choice::Dark, tr("&Dark") } };
    for (const auto &[choice, text] : themeChoices) {
        QAction *a = theme->addAction(text);
        a->setCheckable(true);
        a->setChecked(Theme::fromSettingsValue(current) == choice);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [choice] {
            Theme::apply(choice);
            QSettings().setValue(u"ui/theme"_s, Theme::settingsValue(choice));
        });
    }
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString chosen = QSettings().value(u"ui/language"_s).toString();
    const QList<QPair<QString, QString>> languageChoices
        = { { QString(), tr("Follow the system") }, { u"en"_s, u"English"_s }, { u"de"_s, u"Deutsch"_s } };
    for (const auto &[code, text] : languageChoices) {
        QAction *a = language->addAction(text);
        a->setCheckable(true);
        a->setChecked(chosen == code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(u"ui/language"_s, code);
            statusBar()->showMessage(tr("The language changes when Reqscope starts next time."), 8000);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *report
        = help->addAction(tr("Report a &Bug…"), QKeySequence(u"Ctrl+Shift+R"_s), this, &MainWindow::reportBug);
    report->setToolTip(tr("Screenshot and details of this request for a bug report, secrets hidden (Ctrl+Shift+R)"));
    // No toolbar for one action: a compact button in the menu bar's corner.
    auto *reportButton = new QToolButton(this);
    reportButton->setDefaultAction(report);
    reportButton->setAutoRaise(true);
    menuBar()->setCornerWidget(reportButton);
    help->addAction(tr("&About Reqscope"), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information,
            tr("About Reqscope"),
            tr("Reqscope %1 — a native request inspector with a WinHTTP-faithful engine.")
                .arg(QCoreApplication::applicationVersion()),
            QMessageBox::Ok,
            this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::setPlaygroundUrl(const QUrl &url)
{
    m_playgroundUrl = url;
    m_sidebar->setPlaygroundUrl(url);
    const QString base = url.toString(QUrl::StripTrailingSlash);
    // {{playground}} is a global variable too, so a request that names it resolves wherever it came from.
    if (!url.isEmpty())
        m_variables->setGlobals(globalsWithPlayground(base, m_sidebar->collections()->model()->secrets()));
    if (m_bar->url().startsWith(playgroundPlaceholder) && !url.isEmpty())
        m_bar->setUrl(base + m_bar->url().mid(playgroundPlaceholder.size()));
    QStringList history = m_bar->history();
    for (QString &entry : history) {
        if (entry.startsWith(playgroundPlaceholder))
            entry = base + entry.mid(playgroundPlaceholder.size());
    }
    m_bar->setHistory(history);
    // A newcomer finds a ready request and can press Send at once.
    if (!m_hadLastRequest && !url.isEmpty())
        m_sidebar->choose(PlaygroundCollection::entries(url).constFirst().spec.name);
}

QUrl MainWindow::playgroundUrl() const
{
    return m_playgroundUrl;
}

RequestSpec MainWindow::currentSpec() const
{
    RequestSpec spec;
    spec.method = m_bar->method();
    spec.url = m_bar->url();
    m_editor->store(spec);
    return spec;
}

void MainWindow::loadSpec(const RequestSpec &spec)
{
    m_bar->setMethod(spec.method);
    m_bar->setUrl(spec.url);
    m_editor->load(spec);
}

void MainWindow::send()
{
    if (m_runner->isRunning())
        return;
    const RequestSpec spec = currentSpec();
    if (spec.url.isEmpty()) {
        statusBar()->showMessage(tr("Type a URL first."), 5000);
        m_bar->urlField()->setFocus();
        return;
    }
    m_bar->addToHistory(spec.url);
    m_runner->setMode(m_bar->mode());
    m_runner->setAbortTrigger(m_bar->trigger(), m_bar->triggerValue());
    m_bar->setRunning(true);
    if (m_bar->mode() == RequestRunner::Mode::Sync)
        statusBar()->showMessage(tr("Synchronous Send: input is excluded until it returns."));
    saveSettings();
    // request > folder > collection > environment > global; unknown names stay as written (and are highlighted)
    const VariableResolver resolver = m_variables->resolver();
    m_sent = resolver.apply(spec);
    m_unresolved.clear();
    const QList<UnresolvedVariable> unresolved = resolver.unresolved(spec);
    for (const UnresolvedVariable &u : unresolved)
        m_unresolved << u"{{%1}} (%2)"_s.arg(u.name, u.where);
    m_runner->start(m_sent); // Sync: returns when the request has ended; the window repaints meanwhile
}

void MainWindow::abort()
{
    m_runner->abort();
}

void MainWindow::onFinished()
{
    m_bar->setRunning(false);
    statusBar()->clearMessage();
    if (!m_unresolved.isEmpty())
        statusBar()->showMessage(tr("Sent with unresolved variables: %1").arg(m_unresolved.join(u", "_s)), 10000);
    HistoryPanel *history = m_sidebar->historyPanel();
    if (HistoryStore *store = history->store()) {
        QStringList secrets = m_variables->secretValues();
        secrets << m_sent.authPassword << m_sent.bearerToken << m_sent.proxyPassword;
        secrets.removeAll(QString());
        history->record(HistoryRecording::entryFor(*m_runner, m_sent, store->limits().bodyPrefixBytes), secrets);
    }
}

void MainWindow::syncVariables()
{
    // The context follows the collection request the editor holds. A scratch request (Playground, history, a
    // pasted curl command) keeps the last collection's variables: typed next to a collection, it usually targets it.
    const QModelIndex item = m_document->item();
    if (!item.isValid())
        return;
    CollectionModel *model = m_sidebar->collections()->model();
    const QString directory = model->directoryOf(item);
    const Collection *collection = directory.isEmpty() ? nullptr : model->collection(directory);
    if (!collection) {
        m_variables->clearCollection();
        return;
    }
    Collection copy = *collection;
    // The environment editor writes environments/ itself; the model's copy only knows what was loaded.
    if (m_variables->hasCollection() && m_variables->directory() == directory)
        copy.environments = m_variables->collection().environments;
    m_variables->setCollection(copy, directory);
    m_variables->setRequestPath(model->pathOf(item));
}

void MainWindow::setHistoryStore(HistoryStore *store)
{
    m_sidebar->historyPanel()->setStore(store);
}

RequestSpec MainWindow::lastSentSpec() const
{
    return m_sent;
}

void MainWindow::onUrlEdited(const QString &url)
{
    m_editor->setUrl(url);
    onEdited();
}

void MainWindow::onEdited()
{
    m_document->checkModified();
}

void MainWindow::onParamsEdited()
{
    m_bar->setUrl(UrlParams::withParams(m_bar->url(), m_editor->params()));
}

void MainWindow::copyAsCurl()
{
    QApplication::clipboard()->setText(CurlCommand::fromSpec(currentSpec()));
    statusBar()->showMessage(tr("Copied the request as a curl command."), 5000);
}

void MainWindow::reportBug()
{
    // The response on screen belongs to the request as sent (variables resolved), once there is one.
    const RequestSpec spec = m_runner->outcome() == RequestRunner::Outcome::Idle ? currentSpec() : m_sent;
    auto *dialog = new ReportDialog(this, spec, m_runner, ReportDialog::redactorFor(*this), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::pasteCurl(const QString &command)
{
    const std::optional<RequestSpec> spec = CurlCommand::toSpec(command);
    if (!spec) {
        statusBar()->showMessage(tr("That is not a curl command with a URL."), 5000);
        return;
    }
    loadSpec(*spec);
    statusBar()->showMessage(tr("Filled the request from the curl command."), 5000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().constFirst().toLocalFile();
    m_editor->bodyEditor()->setBinaryFile(path);
    m_editor->setCurrentWidget(m_editor->bodyEditor());
    if (m_bar->method() == u"GET"_s)
        m_bar->setMethod(u"POST"_s); // GET never sends a body (spec §3.4)
    statusBar()->showMessage(tr("%1 is now the body.").arg(path), 5000);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_document->isModified()) {
        event->ignore();
        m_document->whenSaved([this] { close(); }); // asks Save / Discard / Cancel; closes after the first two
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_outer->restoreState(settings.value(u"window/sidebarSplitter"_s).toByteArray());
    m_inner->restoreState(settings.value(u"window/requestSplitter"_s).toByteArray());
    m_bar->setHistory(settings.value(u"request/history"_s).toStringList());
    m_sidebar->collections()->restore();
    m_bar->setMode(RequestRunner::Mode(settings.value(u"request/mode"_s, 0).toInt()));
    m_bar->setTrigger(RequestRunner::AbortTrigger(settings.value(u"request/abortTrigger"_s, 0).toInt()),
        settings.value(u"request/abortTriggerValue"_s, 0).toLongLong());
    const QByteArray last = settings.value(u"request/last"_s).toByteArray();
    if (!last.isEmpty()) {
        loadSpec(RequestSpec::fromJson(QJsonDocument::fromJson(last).object()));
        m_hadLastRequest = true;
    }
    // The collection request that was open comes back attached (so Save writes it) once its collection has
    // loaded, unless another one was opened meanwhile.
    const QStringList current = settings.value(u"collections/current"_s).toStringList();
    if (current.size() == 2) {
        CollectionsPanel *collections = m_sidebar->collections();
        auto *once = new QObject(this);
        connect(collections, &CollectionsPanel::loaded, once, [this, once, collections, current](const QString &dir) {
            if (dir != current.constFirst())
                return;
            once->deleteLater();
            const QModelIndex item = collections->model()->indexForPath(dir, current.constLast());
            if (item.isValid() && !m_document->item().isValid()) {
                collections->setCurrentIndex(item);
                m_document->open(item);
            }
        });
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/sidebarSplitter"_s, m_outer->saveState());
    settings.setValue(u"window/requestSplitter"_s, m_inner->saveState());
    const QString base = m_playgroundUrl.toString(QUrl::StripTrailingSlash);
    const auto portable = [&base](QString url) {
        if (!base.isEmpty() && url.startsWith(base))
            url = playgroundPlaceholder + url.mid(base.size());
        return url;
    };
    QStringList history = m_bar->history();
    for (QString &entry : history)
        entry = portable(entry);
    RequestSpec last = currentSpec();
    last.url = portable(last.url);
    // QSettings is a plain-text file: secrets never go there. The user names stay; passwords, tokens and
    // credential headers are typed again after a restart.
    last.authPassword.clear();
    last.bearerToken.clear();
    last.proxyPassword.clear();
    for (KeyValue &header : last.headers) {
        if (Redactor::isCredentialHeader(header.name))
            header.value.clear();
    }
    settings.setValue(u"request/history"_s, history);
    settings.setValue(u"request/mode"_s, int(m_bar->mode()));
    settings.setValue(u"request/abortTrigger"_s, int(m_bar->trigger()));
    settings.setValue(u"request/abortTriggerValue"_s, m_bar->triggerValue());
    settings.setValue(u"request/last"_s, QJsonDocument(last.toJson()).toJson(QJsonDocument::Compact));
    const CollectionModel *model = m_sidebar->collections()->model();
    const QModelIndex item = m_document->item();
    settings.setValue(u"collections/current"_s,
        item.isValid() ? QStringList { model->directoryOf(item), model->pathOf(item) } : QStringList());
}

RequestBar *MainWindow::requestBar() const
{
    return m_bar;
}

RequestEditor *MainWindow::requestEditor() const
{
    return m_editor;
}

ResponseView *MainWindow::responseView() const
{
    return m_response;
}

RequestRunner *MainWindow::runner() const
{
    return m_runner;
}

Sidebar *MainWindow::sidebar() const
{
    return m_sidebar;
}

RequestDocument *MainWindow::document() const
{
    return m_document;
}

VariableContext *MainWindow::variables() const
{
    return m_variables;
}

EnvironmentPicker *MainWindow::environmentPicker() const
{
    return m_environments;
}

VariableHighlighter *MainWindow::urlHighlighter() const
{
    return m_urlHighlighter;
}

} // namespace Reqscope
