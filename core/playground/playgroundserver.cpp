// SPDX-License-Identifier: MIT
#include "playgroundserver.h"

#include "playgroundconnection.h"
#include "playgroundrouter.h"

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

#include <optional>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

constexpr int ListenBacklog = 1024; // many clients connecting at once must not wait for SYN retries

std::optional<QSslConfiguration> playgroundTlsConfiguration(QString *error)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(u":/playground/localhost.pem"_s);
    QFile keyFile(u":/playground/localhost.key"_s);
    const QSslKey key = keyFile.open(QIODevice::ReadOnly) ? QSslKey(&keyFile, QSsl::Rsa) : QSslKey();
    if (certificates.isEmpty() || key.isNull()) {
        *error = u"the playground's TLS certificate or key is missing from the resources"_s;
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificates.first());
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setAllowedNextProtocols({ "http/1.1"_ba }); // HTTP/1.1 only, also for clients offering h2
    return configuration;
}

} // namespace

struct PlaygroundServer::Private
{
    QTcpServer http;
    QSslServer https;
    PlaygroundRouter router;
    QString error;
};

PlaygroundServer::PlaygroundServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    const auto accept = [this](QTcpServer *server, bool secure) {
        while (server->hasPendingConnections()) {
            QTcpSocket *socket = server->nextPendingConnection();
            if (!isListening()) { // a TLS handshake that finished after close()
                socket->abort();
                socket->deleteLater();
                continue;
            }
            auto *connection = new PlaygroundConnection(socket, secure, &d->router, this);
            connect(connection, &PlaygroundConnection::closed, this, [connection] { connection->deleteLater(); });
        }
    };
    // Not newConnection: QSslServer emits that before the handshake, and queues the socket only once encrypted.
    connect(&d->http, &QTcpServer::pendingConnectionAvailable, this, [this, accept] { accept(&d->http, false); });
    connect(&d->https, &QTcpServer::pendingConnectionAvailable, this, [this, accept] { accept(&d->https, true); });
    d->http.setListenBacklogSize(ListenBacklog);
    d->https.setListenBacklogSize(ListenBacklog);
}

PlaygroundServer::~PlaygroundServer()
{
    close();
    // Connections use d->router: delete them now, not in ~QObject after d is gone.
    qDeleteAll(findChildren<PlaygroundConnection *>(Qt::FindDirectChildrenOnly));
}

bool PlaygroundServer::listen(quint16 httpPort, quint16 httpsPort)
{
    if (isListening()) {
        d->error = u"the playground is already listening"_s;
        return false;
    }
    const std::optional<QSslConfiguration> tls = playgroundTlsConfiguration(&d->error);
    if (!tls)
        return false;
    d->https.setSslConfiguration(*tls);
    if (!d->http.listen(QHostAddress::LocalHost, httpPort)) {
        d->error = u"HTTP port %1: %2"_s.arg(httpPort).arg(d->http.errorString());
        return false;
    }
    if (!d->https.listen(QHostAddress::LocalHost, httpsPort)) {
        d->error = u"HTTPS port %1: %2"_s.arg(httpsPort).arg(d->https.errorString());
        d->http.close();
        return false;
    }
    d->error.clear();
    return true;
}

void PlaygroundServer::close()
{
    d->http.close();
    d->https.close();
    // TLS sockets still in their handshake belong to the QSslServer; aborting one makes it delete the socket.
    const QList<QSslSocket *> handshaking = d->https.findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly);
    for (QSslSocket *socket : handshaking)
        socket->abort();
    const QList<PlaygroundConnection *> connections = findChildren<PlaygroundConnection *>(Qt::FindDirectChildrenOnly);
    for (PlaygroundConnection *connection : connections)
        connection->abort(); // emits closed(), which deleteLater()s it
}

bool PlaygroundServer::isListening() const
{
    return d->http.isListening() && d->https.isListening();
}

QString PlaygroundServer::errorString() const
{
    return d->error;
}

quint16 PlaygroundServer::httpPort() const
{
    return d->http.serverPort();
}

quint16 PlaygroundServer::httpsPort() const
{
    return d->https.serverPort();
}

QUrl PlaygroundServer::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(httpPort()).arg(pathAndQuery));
}

QUrl PlaygroundServer::secureUrl(const QString &pathAndQuery) const
{
    return QUrl(u"https://localhost:%1%2"_s.arg(httpsPort()).arg(pathAndQuery));
}

void PlaygroundServer::setHandler(Handler handler)
{
    d->router.setHandler(std::move(handler));
}

int PlaygroundServer::connectionCount() const
{
    int count = 0;
    for (const PlaygroundConnection *connection : findChildren<PlaygroundConnection *>(Qt::FindDirectChildrenOnly))
        count += connection->isOpen() ? 1 : 0;
    return count;
}

QList<QSslCertificate> PlaygroundServer::caCertificates()
{
    return QSslCertificate::fromPath(u":/playground/ca.pem"_s);
}

} // namespace Reqscope
