// SPDX-License-Identifier: MIT
#pragma once

#include "timingrecord.h"
#include "winhttperror.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Reqscope {

/*!
 * A WinHttp.WinHttpRequest.5.1 on QNetworkAccessManager: the same methods, states, options and error numbers
 * (../shared/spec/winhttp-behaviour.md), and the four IWinHttpRequestEvents as signals. Every method returns
 * an HResult; out values come back through reference parameters, written only on success.
 *
 * \code
 * HttpRequest request;
 * connect(&request, &HttpRequest::responseDataAvailable, this, [&](const QByteArray &chunk) {
 *     if (abortOnFirstChunk)
 *         request.abort(); // the only way out of a synchronous Send
 * });
 * request.open(u"GET"_s, u"http://127.0.0.1:8080/drip"_s); // synchronous
 * const HResult result = request.send(); // runs a nested event loop; events fire inside
 * \endcode
 */
class HttpRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpRequest)

public:
    /// Spec §2.1.
    enum class State { Created, Opened, Sending, Receiving, Completed, Failed, Aborted };
    Q_ENUM(State)

    /// WinHttpRequestOption ids (spec §4); ids ≥ 1000 are Reqscope's own.
    enum Option : int {
        UserAgentString = 0,
        Url = 1,
        UrlCodePage = 2,
        EscapePercentInUrl = 3,
        SslErrorIgnoreFlags = 4,
        SelectCertificate = 5,
        EnableRedirects = 6,
        UrlEscapeDisable = 7,
        UrlEscapeDisableQuery = 8,
        SecureProtocols = 9,
        EnableTracing = 10,
        RevertImpersonationOverSsl = 11,
        EnableHttpsToHttpRedirects = 12,
        EnablePassportAuthentication = 13,
        MaxAutomaticRedirects = 14,
        MaxResponseHeaderSize = 15,
        MaxResponseDrainSize = 16,
        EnableHttp1_1 = 17,
        EnableCertificateRevocationCheck = 18,
        RejectUserpwd = 19,
        ResponseBodyRetention = 1000,
        ExtraCaCertificates = 1001,
        ClientCertificatePassword = 1002,
    };
    Q_ENUM(Option)

    /// "URLCodePage" → 2 (the WinHTTP spelling, case-insensitive); nullopt for unknown names.
    static std::optional<int> optionId(const QString &name);
    /// 2 → "URLCodePage"; empty for unknown ids.
    static QString optionName(int id);

    explicit HttpRequest(QObject *parent = nullptr);
    ~HttpRequest() override; // cancels a running request; no signal fires

    State state() const;

    HResult open(const QString &method, const QString &url, bool async = false); // Open
    HResult setRequestHeader(const QString &name, const QString &value); // SetRequestHeader
    /// Send: body is invalid/null (none), a QString (string rules of spec §3.4) or a QByteArray (verbatim).
    HResult send(const QVariant &body = QVariant());
    /// WaitForResponse: whole seconds; -1 = infinite, 0 = check without waiting.
    HResult waitForResponse(int timeoutSeconds, bool &succeeded);
    HResult abort(); // Abort: always S_OK; no signal of the running request fires after it returns

    HResult status(int &out) const; // Status
    HResult statusText(QString &out) const; // StatusText
    HResult responseText(QString &out) const; // ResponseText (charset chain of spec §3.7)
    HResult responseBody(QByteArray &out) const; // ResponseBody
    /// ResponseStream: a new independent read-only snapshot at position 0, owned by the caller, valid after
    /// Abort, Open and destruction of this object.
    HResult responseStream(std::unique_ptr<QIODevice> &out) const;
    HResult getResponseHeader(const QString &name, QString &out) const; // GetResponseHeader
    HResult getAllResponseHeaders(QString &out) const; // GetAllResponseHeaders

    HResult setTimeouts(int resolveMs, int connectMs, int sendMs, int receiveMs); // SetTimeouts
    HResult setProxy(int setting, const QString &server = QString(), const QString &bypass = QString()); // SetProxy
    HResult setCredentials(const QString &user, const QString &password, int flags); // SetCredentials
    HResult setClientCertificate(const QString &selector); // SetClientCertificate
    HResult setAutoLogonPolicy(int policy); // SetAutoLogonPolicy
    HResult option(int id, QVariant &out) const; // Option (get)
    HResult setOption(int id, const QVariant &value); // Option (put)

    /// When the steps of the current or last request happened (Reqscope); cleared by Open, kept by Abort.
    TimingRecord timing() const;

Q_SIGNALS:
    void responseStarted(int status, const QString &contentType); // OnResponseStart
    void responseDataAvailable(const QByteArray &chunk); // OnResponseDataAvailable: the new bytes only
    void responseFinished(); // OnResponseFinished
    void errorOccurred(qint32 errorNumber, const QString &description); // OnError

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Reqscope
