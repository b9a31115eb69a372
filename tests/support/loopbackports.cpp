// SPDX-License-Identifier: MIT
#include "loopbackports.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <vector>

namespace Reqscope::Test {

QList<quint16> freeLoopbackPorts(int count)
{
    // All servers stay bound until every port is chosen, so the ports are distinct.
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports;
}

bool acceptsConnections(quint16 port, std::chrono::milliseconds timeout)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool connected = socket.waitForConnected(int(timeout.count()));
    socket.abort();
    return connected;
}

} // namespace Reqscope::Test
