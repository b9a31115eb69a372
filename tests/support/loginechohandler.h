// SPDX-License-Identifier: MIT
#pragma once

#include "playgroundrequest.h"
#include "playgroundresponder.h"
#include "playgroundserver.h"

namespace Reqscope::Test {

/// A playground handler for `/login`: answers 200 with the request echoed as text (method, target, every
/// header, the body) and `Set-Cookie: sid=<cookie>`, so a response carries both kinds of secret a report hides.
inline PlaygroundServer::Handler loginEchoHandler(const QByteArray &cookie)
{
    return [cookie](const PlaygroundRequest &request, PlaygroundResponder &responder) {
        if (request.path() != "/login")
            return false;
        QByteArray echo = request.method + ' ' + request.target + '\n';
        for (const auto &[name, value] : request.headers)
            echo += name + ": " + value + '\n';
        responder.respondText(200, echo + request.body, { { "Set-Cookie", "sid=" + cookie + "; Path=/" } });
        return true;
    };
}

} // namespace Reqscope::Test
