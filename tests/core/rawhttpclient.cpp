// SPDX-License-Identifier: MIT
#include "rawhttpclient.h"

#include "playgroundserver.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

QByteArray RawHttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

int RawHttpResponse::headerCount(QByteArrayView name) const
{
    return int(std::count_if(headers.cbegin(), headers.cend(), [name](const auto &header) {
        return name.compare(header.first, Qt::CaseInsensitive) == 0;
    }));
}

RawHttpClient::RawHttpClient(QObject *parent)
    : QObject(parent)
{
}

RawHttpClient::~RawHttpClient()
{
    if (m_socket)
        m_socket->disconnect(this);
}

bool RawHttpClient::connectTo(quint16 port, bool secure, int timeoutMsec)
{
    m_clock.start();
    if (secure) {
        auto *ssl = new QSslSocket;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(Reqscope::PlaygroundServer::caCertificates()); // only the playground CA
        ssl->setSslConfiguration(configuration);
        m_socket.reset(ssl);
        connect(ssl, &QSslSocket::sslErrors, this, [](const QList<QSslError> &errors) {
            qWarning("unexpected TLS errors: %s", qPrintable(errors.value(0).errorString()));
        });
        ssl->connectToHostEncrypted(u"localhost"_s, port);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->connectToHost(u"127.0.0.1"_s, port);
    }
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &RawHttpClient::readAvailable);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, [this] { m_disconnected = true; });
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            m_disconnected = true;
    });
    return QTest::qWaitFor(
        [this, secure] {
            if (secure)
                return static_cast<QSslSocket *>(m_socket.get())->isEncrypted();
            return m_socket->state() == QAbstractSocket::ConnectedState;
        },
        timeoutMsec);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->flush();
}

void RawHttpClient::setReadBufferSize(qint64 size)
{
    m_socket->setReadBufferSize(size);
}

void RawHttpClient::close()
{
    m_socket->disconnectFromHost();
}

void RawHttpClient::abort()
{
    m_socket->abort();
}

QTcpSocket *RawHttpClient::socket() const
{
    return m_socket.get();
}

QByteArray RawHttpClient::received() const
{
    return m_received;
}

bool RawHttpClient::isDisconnected() const
{
    return m_disconnected;
}

QList<qint64> RawHttpClient::arrivalTimes() const
{
    return m_arrivals;
}

qsizetype RawHttpClient::consumed() const
{
    return m_consumed;
}

bool RawHttpClient::waitForBytes(qsizetype count, int timeoutMsec)
{
    return QTest::qWaitFor([this, count] { return m_received.size() >= count; }, timeoutMsec);
}

bool RawHttpClient::waitForDisconnected(int timeoutMsec)
{
    return QTest::qWaitFor([this] { return m_disconnected; }, timeoutMsec);
}

std::optional<RawHttpResponse> RawHttpClient::waitForResponse(bool headRequest, int timeoutMsec)
{
    std::optional<RawHttpResponse> response;
    qsizetype size = 0;
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&] {
            response = parse(m_received.mid(m_consumed), headRequest, &size, m_disconnected);
            return response.has_value() || m_disconnected;
        },
        timeoutMsec);
    if (response)
        m_consumed += size;
    return response;
}

void RawHttpClient::readAvailable()
{
    m_arrivals.append(m_clock.elapsed());
    m_received += m_socket->readAll();
}

std::optional<RawHttpResponse> RawHttpClient::parse(
    const QByteArray &data, bool headRequest, qsizetype *consumed, bool closed)
{
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    RawHttpResponse response;
    response.headSize = headEnd + 4;
    const QList<QByteArray> lines = data.left(headEnd).split('\n');
    response.statusLine = lines.first().endsWith('\r') ? lines.first().chopped(1) : lines.first();
    const QList<QByteArray> parts = response.statusLine.split(' ');
    if (parts.size() < 3 || parts.at(0) != "HTTP/1.1")
        return std::nullopt;
    bool ok = false;
    response.status = parts.at(1).toInt(&ok);
    if (!ok)
        return std::nullopt;
    response.reason = response.statusLine.mid(parts.at(0).size() + parts.at(1).size() + 2);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        response.headers.append({ line.left(colon), line.mid(colon + 1).trimmed() });
    }
    qsizetype position = response.headSize;
    const bool noBody = headRequest || response.status < 200 || response.status == 204 || response.status == 304;
    if (noBody) {
        // nothing
    } else if (response.header("Transfer-Encoding") == "chunked") {
        response.chunked = true;
        while (true) {
            const qsizetype lineEnd = data.indexOf("\r\n", position);
            if (lineEnd < 0)
                return std::nullopt;
            const qsizetype size = data.mid(position, lineEnd - position).toLongLong(&ok, 16);
            if (!ok)
                return std::nullopt;
            position = lineEnd + 2;
            if (size == 0) {
                if (data.mid(position, 2) != "\r\n")
                    return std::nullopt; // (the playground sends no trailers)
                position += 2;
                break;
            }
            if (data.size() < position + size + 2)
                return std::nullopt;
            response.body += data.mid(position, size);
            response.chunkSizes.append(size);
            if (data.mid(position + size, 2) != "\r\n")
                return std::nullopt;
            position += size + 2;
        }
    } else if (!response.header("Content-Length").isNull()) {
        const qint64 length = response.header("Content-Length").toLongLong(&ok);
        if (!ok || data.size() < position + length)
            return std::nullopt;
        response.body = data.mid(position, length);
        position += length;
    } else {
        if (!closed) // delimited by the close
            return std::nullopt;
        response.body = data.mid(position);
        position = data.size();
    }
    *consumed = position;
    return response;
}
