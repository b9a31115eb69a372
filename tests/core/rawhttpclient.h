// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>

#include <memory>
#include <optional>

class QTcpSocket;

/// One HTTP/1.1 response as it was on the wire, parsed by the tests' own little parser (not the playground's).
struct RawHttpResponse
{
    QByteArray statusLine; ///< without CRLF
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    qsizetype headSize = 0; ///< status line + headers + blank line, in bytes
    QByteArray body; ///< de-chunked
    bool chunked = false;
    QList<qsizetype> chunkSizes; ///< data sizes of the chunks, without the last (zero) chunk

    [[nodiscard]] QByteArray header(QByteArrayView name) const; ///< first value, or null
    [[nodiscard]] int headerCount(QByteArrayView name) const;
};

/*!
 * A raw HTTP client for wire-level tests: a QTcpSocket (or a QSslSocket trusting only the playground's CA)
 * that records every received byte with its arrival time, and waits by spinning the event loop, so that a
 * server in the same thread keeps running.
 */
class RawHttpClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawHttpClient)

public:
    explicit RawHttpClient(QObject *parent = nullptr);
    ~RawHttpClient() override;

    /// Connects to 127.0.0.1:\a port, or with TLS to localhost:\a port; waits until connected (encrypted).
    bool connectTo(quint16 port, bool secure = false, int timeoutMsec = 10000);
    void send(const QByteArray &bytes);
    /// Stops reading: bytes stay in the kernel, so the server meets TCP back-pressure.
    void setReadBufferSize(qint64 size);
    void close();
    void abort();

    [[nodiscard]] QTcpSocket *socket() const;
    [[nodiscard]] QByteArray received() const; ///< everything received so far
    [[nodiscard]] bool isDisconnected() const; ///< the server closed (or reset) the connection
    [[nodiscard]] QList<qint64> arrivalTimes() const; ///< msec since connectTo() of each read
    [[nodiscard]] qsizetype consumed() const; ///< bytes taken by takeResponse()

    bool waitForBytes(qsizetype count, int timeoutMsec = 10000);
    bool waitForDisconnected(int timeoutMsec = 10000);
    /// Waits for one complete response after those already taken and returns it.
    std::optional<RawHttpResponse> waitForResponse(bool headRequest = false, int timeoutMsec = 10000);

    /// Parses one response at the front of \a data; nullopt if incomplete or malformed. \a consumed gets its size.
    static std::optional<RawHttpResponse> parse(
        const QByteArray &data, bool headRequest, qsizetype *consumed, bool closed = false);

private:
    void readAvailable();

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_received;
    QList<qint64> m_arrivals;
    QElapsedTimer m_clock;
    qsizetype m_consumed = 0;
    bool m_disconnected = false;
};
