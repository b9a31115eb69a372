// SPDX-License-Identifier: MIT
#include "playgroundstatusendpoints.h"

#include "playgroundrequest.h"
#include "playgroundresponder.h"
#include "playgroundstatus.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Reqscope {

bool PlaygroundStatusEndpoints::serve(PlaygroundResponder &responder)
{
    const QStringList segments = responder.request().pathSegments();
    const QString first = segments.value(0);
    if (segments.size() == 2 && first == "status"_L1)
        serveStatus(responder, segments.at(1));
    else if (segments.size() == 2 && first == "redirect"_L1)
        serveRedirect(responder, segments.at(1));
    else if (segments.size() == 1 && first == "redirect-to"_L1)
        serveRedirectTo(responder);
    else if (segments.size() == 3 && first == "basic-auth"_L1)
        serveBasicAuth(responder, segments.at(1), segments.at(2));
    else
        return false;
    return true;
}

// 200–599 with the standard reason phrase; 204 and 304 without a body, the rest with "{code} {reason}\n".
void PlaygroundStatusEndpoints::serveStatus(PlaygroundResponder &responder, const QString &code)
{
    bool ok = false;
    const int status = code.toInt(&ok);
    if (!ok || status < 200 || status > 599) {
        responder.respondText(400, "400 Bad Request: /status takes a code from 200 to 599\n"_ba);
        return;
    }
    if (PlaygroundStatus::forbidsBody(status))
        responder.respond(status);
    else
        responder.respondText(status, QByteArray::number(status) + ' ' + PlaygroundStatus::reasonPhrase(status) + '\n');
}

// /redirect/{n}: 302 to /redirect/{n-1}, and /redirect/1 to /get (relative Locations, like httpbin).
void PlaygroundStatusEndpoints::serveRedirect(PlaygroundResponder &responder, const QString &count)
{
    bool ok = false;
    const int n = count.toInt(&ok);
    if (!ok || n < 1) {
        responder.respondText(400, "400 Bad Request: /redirect takes a count of at least 1\n"_ba);
        return;
    }
    const QByteArray location = n == 1 ? "/get"_ba : "/redirect/"_ba + QByteArray::number(n - 1);
    responder.respond(302, { { "Location"_ba, location } });
}

// /redirect-to?url=U&status=C: C (300–399, default 302) with Location: U exactly as decoded.
void PlaygroundStatusEndpoints::serveRedirectTo(PlaygroundResponder &responder)
{
    const PlaygroundRequest &request = responder.request();
    const std::optional<qint64> status = request.queryInteger(u"status"_s, 302);
    const QString url = request.queryValue(u"url"_s);
    if (url.isEmpty() || !status || *status < 300 || *status > 399) {
        responder.respondText(400, "400 Bad Request: /redirect-to needs url=… and a status from 300 to 399\n"_ba);
        return;
    }
    responder.respond(int(*status), { { "Location"_ba, url.toUtf8() } });
}

// /basic-auth/{user}/{passwd}: 200 if the request's Basic credentials are exactly these, else a 401 challenge.
void PlaygroundStatusEndpoints::serveBasicAuth(
    PlaygroundResponder &responder, const QString &user, const QString &password)
{
    const QByteArray authorization = responder.request().header("Authorization");
    const qsizetype space = authorization.indexOf(' ');
    const bool basic = space > 0 && authorization.left(space).compare("Basic", Qt::CaseInsensitive) == 0;
    const auto decoded = QByteArray::fromBase64Encoding(
        authorization.mid(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray expected = user.toUtf8() + ':' + password.toUtf8();
    if (basic && decoded && *decoded == expected) {
        const QJsonObject answer { { u"authenticated"_s, true }, { u"user"_s, user } };
        responder.respondJson(200, QJsonDocument(answer));
        return;
    }
    responder.respondJson(401,
        QJsonDocument(QJsonObject { { u"authenticated"_s, false } }),
        { { "WWW-Authenticate"_ba, "Basic realm=\"playground\""_ba } });
}

} // namespace Reqscope
