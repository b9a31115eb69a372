// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "optionstore.h"
#include "phasetimer.h"
#include "redirectguard.h"
#include "requestheaders.h"
#include "requesttracer.h"
#include "responsebody.h"
#include "responseheaders.h"

#include <QList>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QAuthenticator;
class QEventLoop;
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace Reqscope {

/*
 * HttpRequest's state and its transport half: building the QNetworkRequest, driving the one QNetworkReply,
 * turning its signals into the four events, and the nested loops of synchronous Send / WaitForResponse.
 * httprequest.cpp holds the WinHTTP-facing rules (states, argument checks, getters).
 */
struct HttpRequest::Private
{
    static constexpr HResult beforeSend = HResult::fromWinHttp(WinHttpError::CannotCallBeforeSend);
    static constexpr HResult cancelled = HResult::fromWinHttp(WinHttpError::OperationCancelled);

    struct Credentials
    {
        QString user;
        QString password;
        bool set = false;
    };

    explicit Private(HttpRequest *owner)
        : q(owner)
    {
    }

    bool isRunning() const
    {
        return state == State::Sending || state == State::Receiving;
    }

    /// A nested loop waiting for the request of one generation to end (sync Send, WaitForResponse).
    struct Waiter
    {
        quint64 generation = 0;
        std::optional<HResult> result; // S_OK, the failure, or CAN once that request ended
        QEventLoop *loop = nullptr;
    };

    void clearResponse();
    void cancelRunning();
    /// Ends the request of the current generation: tells its waiters, wakes every loop, moves on.
    void settle(HResult result);
    void releaseReply();
    /// QNetworkReply::abort() without the second-error warning Qt 6.4 gives for small, already ended replies.
    static void abortReply(QNetworkReply *reply);
    HResult responseAvailability(bool needComplete) const;

    void start(const QByteArray &payload, bool utf8Text);
    QNetworkRequest buildRequest(const QUrl &target, bool utf8Text) const;
    /// Hands the request to QNAM once the name lookup (if any) is done.
    /// Option 4, 9, 1001, 18 on \a request; false when the request already failed (0x80072F8F, queued).
    bool applyTls(QNetworkRequest &request);
    void launch(const QString &verb, const QNetworkRequest &request, const QByteArray &payload);
    void connectReply(quint64 generation);
    /// The finished hop answered \a hopStatus with a Location: check it (RedirectGuard) and send the next one.
    void followRedirect(int hopStatus);
    void onMetaDataChanged(quint64 generation, bool final);
    void onReadyRead(quint64 generation);
    void onFinished(quint64 generation);
    /// \a detail (Qt's or Reqscope's reason) goes to the trace only; the description is the code's (§7.1).
    /// Answers a 401 (proxy false) or 407 challenge once per request with SetCredentials' values (§3.10);
    /// an authenticator left empty makes Qt give up, and the challenge becomes the final response.
    void answerChallenge(QAuthenticator *authenticator, bool proxy);
    /// Ends the request with a final response Qt did not deliver (a refused CONNECT: 407).
    void completeWithoutResponse(int code, const QString &reason);
    void fail(HResult failure, const QString &detail = QString());
    /// Runs a nested loop until the current request ends or the time-out (ms, -1 = none) elapses.
    /// The waiter lives on the caller's stack, so its result is readable even if q was destroyed meanwhile.
    void runLoop(Waiter &waiter, int timeoutMs);
    /// Emits one of q's signals, counting the depth for §3.5; false when a handler destroyed q.
    template <typename Emit> bool emitGuarded(Emit emitSignal);

    HttpRequest *q;
    QNetworkAccessManager *manager = nullptr; // one per object (spec §8 note 1); child of q
    OptionStore options;
    PhaseTimer *phaseTimer = nullptr; // SetTimeouts and the TimingRecord; child of q
    State state = State::Created;

    // Object settings (spec §2.2): stored here; applied by the network-options issue.
    PhaseTimer::Limits timeouts { 0, 60000, 30000, 30000 };
    int proxySetting = 0;
    QString proxyServer;
    QString proxyBypass;
    int autoLogonPolicy = 1;

    // Request data, reset by Open.
    QString method;
    QString givenUrl;
    QUrl url;
    bool async = false;
    RequestHeaders headers;
    Credentials serverCredentials;
    Credentials proxyCredentials;
    Credentials activeServerCredentials; // as they were when the running request started
    Credentials activeProxyCredentials;
    bool serverChallengeAnswered = false;
    bool proxyChallengeAnswered = false;
    bool credentialsUsed = false; // QNAM's caches hold credentials of an earlier request

    // Response of the current or last request.
    int status = 0;
    QString statusText;
    ResponseHeaders responseHeaders;
    QString contentType;
    QString finalUrl;
    ResponseBody body;
    HResult failure;
    bool cancelledRunning = false; // Aborted by an Abort that cancelled a running request (§3.5)

    // The running request. The generation changes with every start and cancel; slots bound to an older one
    // ignore late signals (QNetworkReply::abort() emits synchronously, queued signals may still be pending).
    QNetworkReply *reply = nullptr;
    quint64 generation = 0;
    bool redirected = false;
    bool followRedirects = true;
    RedirectGuard::Rules redirectRules; // options 14 and 12 as they were when this request started
    int redirectHops = 0;
    QUrl hopUrl; // the URL of the hop in flight
    QString hopMethod;
    QNetworkRequest hopRequest;
    QByteArray hopPayload;
    RequestTracer tracer; // option 10
    int ignoreFlags = 0; // option 4 as it was when this request started
    QString tlsConnectionKey; // the TLS options the pooled connections were made with
    qint64 expectedLength = -1; // Content-Length of a final response that must carry a body, else -1
    int maxHeaderSize = 65536; // option 15 as it was when this request started
    int emitting = 0; // depth of this object's own signal emissions
    int syncSends = 0; // synchronous Sends on the stack
    QList<Waiter *> waiters;
};

template <typename Emit> bool HttpRequest::Private::emitGuarded(Emit emitSignal)
{
    const QPointer<HttpRequest> alive(q);
    ++emitting;
    emitSignal();
    if (!alive)
        return false;
    --emitting;
    return true;
}

} // namespace Reqscope
