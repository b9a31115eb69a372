// SPDX-License-Identifier: MIT
#include "playgroundcollection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Reqscope::PlaygroundCollection {

QList<Entry> entries(const QUrl &base)
{
    const QString root = base.toString(QUrl::StripTrailingSlash);
    const auto make = [&root](const QString &folder,
                          const QString &name,
                          const QString &method,
                          const QString &path,
                          const QString &hint) {
        Entry e;
        e.folder = folder;
        e.spec.name = name;
        e.spec.method = method;
        e.spec.url = root + path;
        e.hint = hint;
        return e;
    };
    const QString basics = QCoreApplication::translate("PlaygroundCollection", "Basics");
    const QString streaming = QCoreApplication::translate("PlaygroundCollection", "Streaming");
    const QString auth = QCoreApplication::translate("PlaygroundCollection", "Redirects and auth");
    const QString faults = QCoreApplication::translate("PlaygroundCollection", "Faults");

    QList<Entry> list;
    list << make(basics,
        QCoreApplication::translate("PlaygroundCollection", "Get JSON"),
        u"GET"_s,
        u"/get?hello=world"_s,
        QCoreApplication::translate("PlaygroundCollection", "A small JSON answer: try the Pretty view."));
    Entry post = make(basics,
        QCoreApplication::translate("PlaygroundCollection", "Post JSON"),
        u"POST"_s,
        u"/anything"_s,
        QCoreApplication::translate("PlaygroundCollection", "Echoes what you send."));
    post.spec.bodyKind = RequestSpec::BodyKind::Json;
    post.spec.bodyText = u"{\n  \"name\": \"Reqscope\",\n  \"native\": true\n}"_s;
    list << post;
    list << make(basics,
        QCoreApplication::translate("PlaygroundCollection", "Status 404"),
        u"GET"_s,
        u"/status/404"_s,
        QCoreApplication::translate("PlaygroundCollection", "An HTTP error is a response, not a failure."));
    list << make(basics,
        QCoreApplication::translate("PlaygroundCollection", "Random bytes (1 MiB)"),
        u"GET"_s,
        u"/bytes/1048576"_s,
        QCoreApplication::translate("PlaygroundCollection", "Binary body: try the Hex view."));
    list << make(basics,
        QCoreApplication::translate("PlaygroundCollection", "Charset ISO-8859-1"),
        u"GET"_s,
        u"/charset/iso-8859-1"_s,
        QCoreApplication::translate("PlaygroundCollection", "Text in a legacy charset."));
    list << make(streaming,
        QCoreApplication::translate("PlaygroundCollection", "Stream 100 MiB"),
        u"GET"_s,
        u"/stream/104857600?chunk=65536"_s,
        QCoreApplication::translate(
            "PlaygroundCollection", "Chunked download: watch progress, rate and the bytes-over-time plot."));
    list << make(streaming,
        QCoreApplication::translate("PlaygroundCollection", "Drip (slow chunks)"),
        u"GET"_s,
        u"/drip?numbytes=20&duration=10&delay=1"_s,
        QCoreApplication::translate(
            "PlaygroundCollection", "One byte every half second: switch to Sync and arm \"Abort on first chunk\"."));
    list << make(streaming,
        QCoreApplication::translate("PlaygroundCollection", "Delay 3 s"),
        u"GET"_s,
        u"/delay/3"_s,
        QCoreApplication::translate("PlaygroundCollection", "Nothing for three seconds: press Esc to abort."));
    list << make(streaming,
        QCoreApplication::translate("PlaygroundCollection", "Server-sent events"),
        u"GET"_s,
        u"/sse?n=10&interval=500"_s,
        QCoreApplication::translate("PlaygroundCollection", "Ten events, one every 500 ms."));
    list << make(auth,
        QCoreApplication::translate("PlaygroundCollection", "Redirect 3 times"),
        u"GET"_s,
        u"/redirect/3"_s,
        QCoreApplication::translate("PlaygroundCollection", "Followed automatically (Options → Redirects)."));
    Entry basic = make(auth,
        QCoreApplication::translate("PlaygroundCollection", "Basic auth"),
        u"GET"_s,
        u"/basic-auth/user/passwd"_s,
        QCoreApplication::translate("PlaygroundCollection", "User \"user\", password \"passwd\"."));
    basic.spec.authKind = RequestSpec::AuthKind::Basic;
    basic.spec.authUser = u"user"_s;
    basic.spec.authPassword = u"passwd"_s;
    list << basic;
    const QStringList faultNames = { u"reset-mid-body"_s,
        u"truncated-chunked"_s,
        u"bad-status-line"_s,
        u"huge-headers"_s,
        u"hang-before-headers"_s,
        u"redirect-loop"_s,
        u"gzip-bomb"_s };
    for (const QString &fault : faultNames)
        list << make(faults,
            fault,
            u"GET"_s,
            u"/fault/"_s + fault,
            QCoreApplication::translate("PlaygroundCollection", "A broken server: see how the engine reports it."));
    return list;
}

} // namespace Reqscope::PlaygroundCollection
