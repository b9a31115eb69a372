// SPDX-License-Identifier: MIT
#include "playgroundechoendpoints.h"

#include "playgroundcharset.h"
#include "playgroundrequest.h"
#include "playgroundresponder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

// Header bytes are shown as UTF-8 when they are valid UTF-8, else as Latin-1 (what HTTP/1.1 once said).
QString headerText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    return decoder.hasError() ? QString::fromLatin1(bytes) : text;
}

// Any JSON text, scalars included: Qt 6.4's QJsonDocument parses only objects and arrays, so wrap it in one.
QJsonValue parseJson(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonValue::Null;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + body + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return QJsonValue::Null; // "1,2" parses as two elements: not one JSON text
    return document.array().at(0);
}

} // namespace

bool PlaygroundEchoEndpoints::serve(PlaygroundResponder &responder)
{
    const PlaygroundRequest &request = responder.request();
    const QStringList segments = request.pathSegments();
    const QString first = segments.value(0);
    if (segments.size() == 1 && first == "get"_L1) {
        responder.respondJson(200, QJsonDocument(getDocument(request)));
    } else if (first == "anything"_L1) {
        responder.respondJson(200, QJsonDocument(anythingDocument(request)));
    } else if (segments.size() == 1 && first == "headers"_L1) {
        responder.respondJson(200, QJsonDocument(QJsonObject { { u"headers"_s, headersObject(request) } }));
    } else if (segments.size() == 2 && first == "charset"_L1) {
        serveCharset(responder, segments.at(1));
    } else {
        return false;
    }
    return true;
}

QJsonObject PlaygroundEchoEndpoints::getDocument(const PlaygroundRequest &request)
{
    return QJsonObject {
        { u"args"_s, argsObject(request) },
        { u"headers"_s, headersObject(request) },
        { u"origin"_s, request.peerAddress },
        { u"url"_s, request.url() },
    };
}

QJsonObject PlaygroundEchoEndpoints::anythingDocument(const PlaygroundRequest &request)
{
    QJsonObject document = getDocument(request);
    document.insert(u"method"_s, QString::fromLatin1(request.method));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(request.body);
    if (decoder.hasError()) {
        document.insert(u"data"_s, QString::fromLatin1(request.body.toBase64()));
        document.insert(u"dataEncoding"_s, u"base64"_s);
    } else {
        document.insert(u"data"_s, text);
    }
    document.insert(u"json"_s, parseJson(request.body));
    return document;
}

QJsonObject PlaygroundEchoEndpoints::headersObject(const PlaygroundRequest &request)
{
    QJsonObject headers;
    for (const auto &[name, value] : request.headers) {
        const QString key = QString::fromLatin1(name);
        const QString text = headerText(value);
        headers.insert(key, headers.contains(key) ? headers.value(key).toString() + u", "_s + text : text);
    }
    return headers;
}

QJsonObject PlaygroundEchoEndpoints::argsObject(const PlaygroundRequest &request)
{
    QJsonObject args;
    for (const auto &[key, value] : request.queryItems()) {
        const QJsonValue existing = args.value(key);
        if (existing.isUndefined()) {
            args.insert(key, value);
        } else {
            QJsonArray values = existing.isArray() ? existing.toArray() : QJsonArray { existing };
            values.append(value);
            args.insert(key, values);
        }
    }
    return args;
}

// /charset/{name}?declare=0&bom=1&quoted=1
void PlaygroundEchoEndpoints::serveCharset(PlaygroundResponder &responder, const QString &name)
{
    const PlaygroundRequest &request = responder.request();
    const std::optional<QByteArray> body
        = PlaygroundCharset::encodedSample(name, request.queryValue(u"bom"_s) == "1"_L1);
    if (!body) {
        responder.respondText(404, "404 Not Found: unsupported charset\n"_ba);
        return;
    }
    QByteArray contentType = "text/plain"_ba;
    if (request.queryValue(u"declare"_s) != "0"_L1) {
        const QByteArray label = name.toLatin1();
        const bool quoted = request.queryValue(u"quoted"_s) == "1"_L1;
        contentType += quoted ? QByteArray("; charset=\""_ba + label + '"') : QByteArray("; charset="_ba + label);
    }
    responder.respond(200, { { "Content-Type"_ba, contentType } }, *body);
}

} // namespace Reqscope
