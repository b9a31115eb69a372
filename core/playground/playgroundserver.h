// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

namespace Reqscope {

struct PlaygroundRequest;
class PlaygroundResponder;

/*!
 * The embedded playground: an HTTP/1.1 server (QTcpServer) and its HTTPS twin (QSslServer) on 127.0.0.1,
 * serving demo endpoints and faults. The GUI starts one at launch, `reqscope-cli playground` runs one, and
 * most tests use one. The TLS certificate is TEST-ONLY (resources/playground/README.md). Its endpoints, their
 * parameters and exact wire behaviour are listed in core/playground/README.md.
 *
 * Tests can answer requests themselves with setHandler(); the handler sees every request first.
 *
 * \code
 * PlaygroundServer server;
 * if (!server.listen())
 *     qFatal("%s", qPrintable(server.errorString()));
 * const QUrl url = server.url(u"/get"_s);
 *
 * server.setHandler([](const PlaygroundRequest &request, PlaygroundResponder &responder) {
 *     if (request.path() != "/teapot")
 *         return false; // the built-in endpoints answer
 *     responder.respondText(418, "short and stout\n");
 *     return true;
 * });
 * \endcode
 */
class PlaygroundServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundServer)

public:
    /// Answers \a request through the responder and returns true, or returns false (having done nothing) to
    /// let the built-in endpoints answer. See PlaygroundResponder for what it can do.
    using Handler = std::function<bool(const PlaygroundRequest &request, PlaygroundResponder &responder)>;

    explicit PlaygroundServer(QObject *parent = nullptr);
    ~PlaygroundServer() override;

    /// Binds both servers to 127.0.0.1; port 0 picks a free ephemeral port.
    bool listen(quint16 httpPort = 0, quint16 httpsPort = 0);
    /// Stops accepting and closes every open connection at once; requests in flight are dropped.
    void close();
    bool isListening() const;
    QString errorString() const;

    quint16 httpPort() const;
    quint16 httpsPort() const;
    /// http://127.0.0.1:PORT + pathAndQuery ("/get?a=1").
    QUrl url(const QString &pathAndQuery = QString()) const;
    /// https://localhost:PORT + pathAndQuery (the certificate names localhost, 127.0.0.1 and ::1).
    QUrl secureUrl(const QString &pathAndQuery = QString()) const;

    /// Installs \a handler (or removes it, if empty); it applies to requests that arrive from now on.
    void setHandler(Handler handler);
    /// Connections currently open on both listeners (TLS connections count once their handshake is done).
    [[nodiscard]] int connectionCount() const;

    /// The TEST-ONLY CA that signed the playground's certificate.
    static QList<QSslCertificate> caCertificates();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Reqscope
