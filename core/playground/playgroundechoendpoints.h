// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

namespace Reqscope {

struct PlaygroundRequest;
class PlaygroundResponder;

/// /get, /anything[/…], /headers and /charset/{name}: answers that echo the request or show off encodings.
class PlaygroundEchoEndpoints
{
public:
    /// Answers if the path is one of this group's; false otherwise.
    static bool serve(PlaygroundResponder &responder);

    /// The /get document: {"args", "headers", "origin", "url"} (also /delay's answer).
    [[nodiscard]] static QJsonObject getDocument(const PlaygroundRequest &request);
    /// The /anything document: /get's plus "method", "data" (+ "dataEncoding") and "json".
    [[nodiscard]] static QJsonObject anythingDocument(const PlaygroundRequest &request);
    /// Header names as received; repeated headers joined with ", ".
    [[nodiscard]] static QJsonObject headersObject(const PlaygroundRequest &request);
    /// Query items; a repeated key becomes an array of its values.
    [[nodiscard]] static QJsonObject argsObject(const PlaygroundRequest &request);

private:
    static void serveCharset(PlaygroundResponder &responder, const QString &name);
};

} // namespace Reqscope
