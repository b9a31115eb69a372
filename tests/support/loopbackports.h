// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <chrono>

namespace Reqscope::Test {

/// `count` distinct ports that were free on 127.0.0.1 a moment ago. Another process may take one before the peer
/// binds it, so callers retry on fresh ports when a peer fails to start.
QList<quint16> freeLoopbackPorts(int count);

/// Whether something on 127.0.0.1:port accepts a TCP connection within `timeout`.
bool acceptsConnections(quint16 port, std::chrono::milliseconds timeout);

} // namespace Reqscope::Test
