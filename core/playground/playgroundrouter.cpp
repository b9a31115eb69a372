// SPDX-License-Identifier: MIT
#include "playgroundrouter.h"

#include "playgroundechoendpoints.h"
#include "playgroundfaultendpoints.h"
#include "playgroundresponder.h"
#include "playgroundstatusendpoints.h"
#include "playgroundstreamendpoints.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

void PlaygroundRouter::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void PlaygroundRouter::dispatch(PlaygroundResponder &responder) const
{
    const PlaygroundRequest &request = responder.request();
    if (m_handler) {
        const Handler handler = m_handler; // a copy: the handler may replace itself through setHandler()
        if (handler(request, responder))
            return;
    }
    if (PlaygroundEchoEndpoints::serve(responder) || PlaygroundStatusEndpoints::serve(responder)
        || PlaygroundStreamEndpoints::serve(responder) || PlaygroundFaultEndpoints::serve(responder))
        return;
    responder.respondText(404, "404 Not Found: "_ba + request.path() + '\n');
}

} // namespace Reqscope
