// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QMainWindow>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QSplitter;
QT_END_NAMESPACE

namespace Reqscope {

class EnvironmentPicker;
class HistoryStore;
class RequestBar;
class RequestDocument;
class RequestEditor;
class RequestRunner;
class ResponseView;
class Sidebar;
class VariableContext;
class VariableHighlighter;

/*!
 * The one window people live in: the collections sidebar on the left, the request bar and request tabs on top,
 * the response (status, Body, Headers, Events) below. Composes one widget per panel and one RequestRunner; keeps
 * geometry, splitters, the last request, mode and abort trigger in QSettings.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Where the embedded playground answers; the window's demo requests point there.
    void setPlaygroundUrl(const QUrl &url);
    QUrl playgroundUrl() const;

    RequestSpec currentSpec() const;
    void loadSpec(const RequestSpec &spec);

    RequestBar *requestBar() const;
    RequestEditor *requestEditor() const;
    ResponseView *responseView() const;
    RequestRunner *runner() const;
    Sidebar *sidebar() const;
    /// Which collection request the editor holds and whether it has unsaved edits.
    RequestDocument *document() const;
    /// The collection, request path, environment and globals `{{name}}` resolves against when sending.
    VariableContext *variables() const;
    EnvironmentPicker *environmentPicker() const;
    /// Marks `{{name}}` in the URL field: unresolved red and underlined, resolved in the link colour.
    VariableHighlighter *urlHighlighter() const;

    /// Where sent requests are recorded (not owned; nullptr: no history). The application opens the per-user
    /// database; tests pass one in a temporary directory.
    void setHistoryStore(HistoryStore *store);
    /// The request as the last send() sent it: variables resolved.
    RequestSpec lastSentSpec() const;

public Q_SLOTS:
    void send();
    void abort();
    void copyAsCurl();
    void pasteCurl(const QString &command);
    /// Help → Report a Bug: the report editor for the request and response on screen, secrets masked.
    void reportBug();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void onUrlEdited(const QString &url);
    void onParamsEdited();
    void onFinished();
    void syncVariables();
    void onEdited();

    QUrl m_playgroundUrl;
    RequestRunner *m_runner;
    Sidebar *m_sidebar;
    RequestBar *m_bar;
    RequestEditor *m_editor;
    ResponseView *m_response;
    RequestDocument *m_document;
    VariableContext *m_variables;
    EnvironmentPicker *m_environments;
    VariableHighlighter *m_urlHighlighter;
    RequestSpec m_sent;
    QStringList m_unresolved; // of the last send, "{{name}} (where)"
    QSplitter *m_outer;
    QSplitter *m_inner;
    bool m_hadLastRequest = false;
};

} // namespace Reqscope
