// SPDX-License-Identifier: MIT
#include "playgroundserver.h"

#include <QFile>
#include <QSslServer>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace Reqscope {

// Placeholder: the Foundation issue replaces this with the full server.
struct PlaygroundServer::Private
{
    QTcpServer http;
    QString error;
};

PlaygroundServer::PlaygroundServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

PlaygroundServer::~PlaygroundServer() = default;

bool PlaygroundServer::listen(quint16 httpPort, quint16 httpsPort)
{
    Q_UNUSED(httpsPort);
    if (!d->http.listen(QHostAddress::LocalHost, httpPort)) {
        d->error = d->http.errorString();
        return false;
    }
    return true;
}

void PlaygroundServer::close()
{
    d->http.close();
}

bool PlaygroundServer::isListening() const
{
    return d->http.isListening();
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
    return 0;
}

QUrl PlaygroundServer::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(httpPort()).arg(pathAndQuery));
}

QUrl PlaygroundServer::secureUrl(const QString &pathAndQuery) const
{
    return QUrl(u"https://localhost:%1%2"_s.arg(httpsPort()).arg(pathAndQuery));
}

QList<QSslCertificate> PlaygroundServer::caCertificates()
{
    return QSslCertificate::fromPath(u":/playground/ca.pem"_s);
}

} // namespace Reqscope
