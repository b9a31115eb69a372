// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace Reqscope::Test {

/*!
 * A tiny scripted HTTP/1.1 server on 127.0.0.1 for engine tests that need exact control of the bytes on the
 * wire (faults before/after headers, hanging servers, odd reason phrases). Each route gets the socket and the
 * complete raw request; keys ending in '/' match by prefix.
 *
 * \code
 * ScriptedServer server;
 * QVERIFY(server.listen());
 * server.route(u"/x"_s, [](QTcpSocket *socket, const QByteArray &) {
 *     socket->write(ScriptedServer::response(200, "OK"_ba, {}, "hi"_ba));
 * });
 * request.open(u"GET"_s, server.url(u"/x"_s));
 * \endcode
 */
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &request)>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit ScriptedServer(QObject *parent = nullptr);

    bool listen();
    QString url(const QString &pathAndQuery) const;
    void route(const QString &path, Handler handler);
    /// A complete response; adds Content-Length (of \a body) unless \a headers carry one or Transfer-Encoding.
    static QByteArray response(int status, const QByteArray &reason, const Headers &headers, const QByteArray &body);
    static QByteArray pattern(qint64 size);

    int acceptedCount() const;
    int disconnectedCount() const;
    QList<QByteArray> requests() const;

Q_SIGNALS:
    void requestReceived(const QByteArray &request);
    void clientDisconnected();

private:
    void onReadyRead(QTcpSocket *socket);
    void dispatch(QTcpSocket *socket, const QByteArray &request);
    void addDefaultRoutes();

    QTcpServer m_server;
    QHash<QString, Handler> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
    int m_accepted = 0;
    int m_disconnected = 0;
};

} // namespace Reqscope::Test
