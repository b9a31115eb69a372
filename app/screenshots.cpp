// SPDX-License-Identifier: MIT
// reqscope-screenshots: drives the window into one of its main states against the embedded playground and
// grabs it into a PNG (offscreen works). scripts/screenshots runs it for every state into docs/.
#include "annotationcanvas.h"
#include "bodyview.h"
#include "collectionmodel.h"
#include "collectionspanel.h"
#include "collectionstore.h"
#include "mainwindow.h"
#include "playgroundserver.h"
#include "reportdialog.h"
#include "requestbar.h"
#include "requesteditor.h"
#include "requestrunner.h"
#include "responseview.h"
#include "sidebar.h"
#include "theme.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Reqscope::RequestRunner;

namespace {

template <typename Sender, typename Signal> void waitFor(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Reqscope"_s);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QSettings().clear();

    QCommandLineParser parser;
    const QCommandLineOption state(u"state"_s,
        u"first-launch, get-json, events, sync-abort, headers, receiving, collections, report"_s,
        u"name"_s);
    const QCommandLineOption out(u"out"_s, u"PNG file"_s, u"file"_s);
    const QCommandLineOption language(u"language"_s, u"en or de"_s, u"lang"_s, u"en"_s);
    const QCommandLineOption theme(u"theme"_s, u"light or dark"_s, u"theme"_s, u"light"_s);
    const QCommandLineOption requestTab(u"request-tab"_s, u"index of the request tab to show"_s, u"index"_s, u"0"_s);
    parser.addOptions({ state, out, language, theme, requestTab });
    parser.process(app);
    Reqscope::TranslationLoader::install(parser.value(language));
    Reqscope::Theme::apply(Reqscope::Theme::fromSettingsValue(parser.value(theme)));

    Reqscope::PlaygroundServer playground;
    if (!playground.listen())
        qFatal("playground: %s", qPrintable(playground.errorString()));
    Reqscope::MainWindow window;
    window.setPlaygroundUrl(playground.url());
    window.resize(1280, 800);
    window.show();
    settle(100);

    RequestRunner *runner = window.runner();
    const QString name = parser.value(state);
    const auto sendAndWait = [&] {
        window.send();
        if (runner->isRunning())
            waitFor(runner, &RequestRunner::finished, 60000);
    };
    if (name == u"get-json"_s) {
        sendAndWait();
        Reqscope::BodyView *body = window.responseView()->bodyView();
        if (body->isFormatting())
            waitFor(body, &Reqscope::BodyView::prettyReady, 10000);
    } else if (name == u"events"_s) {
        window.sidebar()->choose(u"Stream 100 MiB"_s);
        window.responseView()->tabs()->setCurrentIndex(2);
        sendAndWait();
    } else if (name == u"sync-abort"_s) {
        window.sidebar()->choose(u"Drip (slow chunks)"_s);
        window.requestBar()->setMode(RequestRunner::Mode::Sync);
        window.requestBar()->setTrigger(RequestRunner::AbortTrigger::FirstChunk, 0);
        window.responseView()->tabs()->setCurrentIndex(2);
        sendAndWait();
    } else if (name == u"receiving"_s) {
        Reqscope::RequestSpec drip;
        drip.url = playground.url(u"/drip?numbytes=4000&duration=8&delay=0"_s).toString();
        window.loadSpec(drip);
        window.send();
        settle(2500); // mid-transfer: progress, rate and ETA
    } else if (name == u"collections"_s) {
        // A collection on disk with folders; one request opened and edited but not saved (the marker).
        const QTemporaryDir demo;
        Reqscope::Collection shop;
        shop.name = u"Shop API"_s;
        const auto request = [&playground](const QString &title, const QString &method, const QString &path) {
            Reqscope::RequestSpec spec;
            spec.name = title;
            spec.method = method;
            spec.url = playground.url(path).toString();
            return Reqscope::CollectionItem::fromRequest(spec);
        };
        Reqscope::CollectionItem users = Reqscope::CollectionItem::folder(u"Users"_s);
        users.children = { request(u"List users"_s, u"GET"_s, u"/anything/users"_s),
            request(u"Create user"_s, u"POST"_s, u"/anything/users"_s),
            request(u"Update user"_s, u"PATCH"_s, u"/anything/users/1"_s),
            request(u"Delete user"_s, u"DELETE"_s, u"/anything/users/1"_s) };
        Reqscope::CollectionItem orders = Reqscope::CollectionItem::folder(u"Orders"_s);
        orders.children = { request(u"List orders"_s, u"GET"_s, u"/anything/orders"_s) };
        shop.items = { users, orders, request(u"Health"_s, u"GET"_s, u"/get"_s) };
        const QString dir = demo.filePath(u"shop-api"_s);
        (void)Reqscope::CollectionStore::save(shop, dir);
        Reqscope::CollectionsPanel *panel = window.sidebar()->collections();
        panel->view()->collapse(panel->model()->index(0, 0)); // the Playground folded away
        panel->openCollection(dir);
        waitFor(panel, &Reqscope::CollectionsPanel::loaded, 10000);
        panel->view()->expandRecursively(panel->model()->collectionIndex(dir));
        window.sidebar()->choose(u"Create user"_s);
        window.requestBar()->setMethod(u"PUT"_s); // edited: "•" in the tree, "*" in the title
    } else if (name == u"headers"_s) {
        sendAndWait();
        window.responseView()->tabs()->setCurrentIndex(1);
    } else if (name == u"report"_s) {
        // A request with a token and an API key, then Help → Report a Bug with one arrow drawn: the dialog is grabbed.
        Reqscope::RequestSpec spec;
        spec.method = u"POST"_s;
        spec.url = playground.url(u"/anything?api_key=k-93f1c0de&page=2"_s).toString();
        spec.headers = { { u"X-Request-Id"_s, u"demo-42"_s } };
        spec.authKind = Reqscope::RequestSpec::AuthKind::Bearer;
        spec.bearerToken = u"eyJhbGciOiJIUzI1NiJ9.demo.c2lnbmF0dXJl"_s;
        spec.bodyKind = Reqscope::RequestSpec::BodyKind::Json;
        spec.bodyText = u"{\"user\": \"ada\"}"_s;
        window.loadSpec(spec);
        window.requestEditor()->setCurrentIndex(1);
        sendAndWait();
        window.requestEditor()->setCurrentIndex(parser.value(requestTab).toInt());
        settle(200);
        Reqscope::ReportDialog dialog(
            &window, window.currentSpec(), runner, Reqscope::ReportDialog::redactorFor(window), &window);
        dialog.titleField()->setText(u"The echo drops the request id"_s);
        dialog.canvas()->addAnnotation({ Reqscope::Annotation::Kind::Arrow, { 700, 330 }, { 560, 225 }, {} });
        dialog.show();
        settle(600); // the preview is rebuilt after typing settles
        if (!dialog.grab().save(parser.value(out)))
            qFatal("cannot write %s", qPrintable(parser.value(out)));
        return 0;
    }
    window.requestEditor()->setCurrentIndex(parser.value(requestTab).toInt());
    settle(200);
    if (!window.grab().save(parser.value(out)))
        qFatal("cannot write %s", qPrintable(parser.value(out)));
    return 0;
}
