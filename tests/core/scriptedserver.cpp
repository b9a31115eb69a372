// SPDX-License-Identifier: MIT
#include "scriptedserver.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Reqscope::Test {

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_accepted;
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                ++m_disconnected;
                m_buffers.remove(socket);
                socket->deleteLater();
                Q_EMIT clientDisconnected();
            });
        }
    });
    addDefaultRoutes();
}

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QString ScriptedServer::url(const QString &pathAndQuery) const
{
    return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()) + pathAndQuery;
}

void ScriptedServer::route(const QString &path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

QByteArray ScriptedServer::response(
    int status, const QByteArray &reason, const Headers &headers, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    bool framed = false;
    for (const auto &[name, value] : headers) {
        out += name + ": " + value + "\r\n";
        framed = framed || name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0;
    }
    if (!framed)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

QByteArray ScriptedServer::pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char('a' + (i * 7 + i / 251) % 26);
    return bytes;
}

int ScriptedServer::acceptedCount() const
{
    return m_accepted;
}

int ScriptedServer::disconnectedCount() const
{
    return m_disconnected;
}

QList<QByteArray> ScriptedServer::requests() const
{
    return m_requests;
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qint64 length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray request = buffer.left(end + 4 + length);
        buffer.remove(0, request.size());
        m_requests.append(request);
        Q_EMIT requestReceived(request);
        dispatch(socket, request);
        if (!m_buffers.contains(socket))
            return; // the handler closed it
    }
}

void ScriptedServer::dispatch(QTcpSocket *socket, const QByteArray &request)
{
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    const QString target = QString::fromLatin1(requestLine.value(1));
    const QString path = target.section(u'?', 0, 0);
    Handler handler = m_routes.value(path);
    if (!handler) {
        qsizetype best = -1;
        for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
            if (it.key().endsWith(u'/') && path.startsWith(it.key()) && it.key().size() > best) {
                best = it.key().size();
                handler = it.value();
            }
        }
    }
    if (!handler) {
        socket->write(response(404, "Not Found", {}, "no route"));
        return;
    }
    handler(socket, request);
}

void ScriptedServer::addDefaultRoutes()
{
    route(u"/ok"_s, [](QTcpSocket *socket, const QByteArray &) {
        socket->write(response(200, "OK", { { "Content-Type", "text/plain" } }, "hello"));
    });
    route(u"/echo"_s, [](QTcpSocket *socket, const QByteArray &request) {
        socket->write(response(200, "OK", { { "Content-Type", "application/octet-stream" } }, request));
    });
    route(u"/hang"_s, [](QTcpSocket *, const QByteArray &) {});
    route(u"/headers-only"_s, [](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n");
    });
    route(u"/partial"_s, [](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n0123456789");
    });
    route(u"/close-before-headers"_s, [](QTcpSocket *socket, const QByteArray &) { socket->close(); });
    route(u"/reset-mid-body"_s, [](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + pattern(100));
        socket->flush();
        QTimer::singleShot(50, socket, [socket] { socket->abort(); });
    });
    route(u"/bad-status-line"_s, [](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 OK-ish\r\nContent-Length: 2\r\n\r\nhi");
        socket->flush();
        socket->disconnectFromHost();
    });
    route(u"/truncated-chunked"_s, [](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
        socket->flush();
        QTimer::singleShot(50, socket, [socket] { socket->disconnectFromHost(); });
    });
    route(u"/truncated-chunked-reset"_s, [](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
        socket->flush();
        QTimer::singleShot(50, socket, [socket] { socket->abort(); });
    });
    route(u"/until-close"_s, [](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil close");
        socket->flush();
        socket->disconnectFromHost();
    });
    route(u"/status/"_s, [](QTcpSocket *socket, const QByteArray &request) {
        const int status = request.mid(request.indexOf("/status/") + 8, 3).toInt();
        const bool noBody = status == 204 || status == 304 || request.startsWith("HEAD ");
        const QByteArray body = noBody ? QByteArray() : "status " + QByteArray::number(status);
        QByteArray out = response(status, "Some Reason", { { "Content-Type", "text/plain" } }, body);
        if (request.startsWith("HEAD ")) // HEAD: the headers of a GET, no body
            out = response(status, "Some Reason", { { "Content-Length", "9" } }, QByteArray());
        socket->write(out);
    });
    route(u"/redirect"_s, [](QTcpSocket *socket, const QByteArray &) {
        socket->write(response(302, "Found", { { "Location", "/ok" } }, "moved"));
    });
    route(u"/bytes/"_s, [](QTcpSocket *socket, const QByteArray &request) {
        const qsizetype at = request.indexOf("/bytes/") + 7;
        const qint64 size = request.mid(at, request.indexOf(' ', at) - at).toLongLong();
        socket->write(response(200, "OK", { { "Content-Type", "application/octet-stream" } }, pattern(size)));
    });
    route(u"/drip"_s, [](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n");
        socket->flush();
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<int>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent] {
            socket->write("x");
            socket->flush();
            if (++*sent == 10)
                timer->stop();
        });
        timer->start(20);
    });
}

} // namespace Reqscope::Test
