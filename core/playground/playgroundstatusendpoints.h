// SPDX-License-Identifier: MIT
#pragma once

class QString;

namespace Reqscope {

class PlaygroundResponder;

/// /status/{code}, /redirect/{n}, /redirect-to and /basic-auth/{user}/{passwd}.
class PlaygroundStatusEndpoints
{
public:
    /// Answers if the path is one of this group's; false otherwise.
    static bool serve(PlaygroundResponder &responder);

private:
    static void serveStatus(PlaygroundResponder &responder, const QString &code);
    static void serveRedirect(PlaygroundResponder &responder, const QString &count);
    static void serveRedirectTo(PlaygroundResponder &responder);
    static void serveBasicAuth(PlaygroundResponder &responder, const QString &user, const QString &password);
};

} // namespace Reqscope
