// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

namespace Reqscope {

struct PlaygroundRequest;
class PlaygroundResponder;

/// Sends each request to the test handler first, then to the built-in endpoint groups, else answers 404.
class PlaygroundRouter
{
public:
    /// Returns true if it answered (or will answer later through the responder), false to pass.
    using Handler = std::function<bool(const PlaygroundRequest &, PlaygroundResponder &)>;

    void setHandler(Handler handler);
    void dispatch(PlaygroundResponder &responder) const;

private:
    Handler m_handler;
};

} // namespace Reqscope
