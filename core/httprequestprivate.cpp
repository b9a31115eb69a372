// SPDX-License-Identifier: MIT
#include "httprequestprivate.h"

#include "clientcertificateselector.h"
#include "hostlookup.h"
#include "proxyresolver.h"
#include "responsetextdecoder.h"
#include "tlssettings.h"
#include "transporterror.h"
#include "urlescaper.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

// Bounded so a slow consumer applies back-pressure to the socket instead of growing memory.
constexpr qint64 readBufferSize = 512 * 1024;

// The statuses WinHTTP follows (spec §5); 300 and 305 are final responses.
bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

void HttpRequest::Private::clearResponse()
{
    status = 0;
    statusText.clear();
    responseHeaders = ResponseHeaders();
    contentType.clear();
    finalUrl.clear();
    body.clear();
    failure = HResult::Ok;
}

void HttpRequest::Private::releaseReply()
{
    if (!reply)
        return;
    // Never delete a reply inside its own signal (style rule 15).
    QObject::disconnect(reply, nullptr, q, nullptr);
    reply->deleteLater();
    reply = nullptr;
}

void HttpRequest::Private::abortReply(QNetworkReply *reply)
{
    // Qt 6.4 warns "QNetworkReplyImplPrivate::error: Internal problem, this method must only be called once"
    // when a reply gets a second error. A small response can end on the HTTP thread before its first event is
    // handled here: its HTTP error status (a 404) is then already queued to the reply, or already recorded.
    // Nothing of an aborted reply is wanted any more, and one that holds an error has nothing left to stop.
    QCoreApplication::removePostedEvents(reply, QEvent::MetaCall);
    if (reply->error() == QNetworkReply::NoError)
        reply->abort();
}

void HttpRequest::Private::cancelRunning()
{
    if (reply) {
        QNetworkReply *old = reply;
        // Disconnect first: Qt 6.4's abort() emits errorOccurred(OperationCanceledError) and finished()
        // synchronously, and no signal of this request may fire once Abort/Open returns (§3.6).
        QObject::disconnect(old, nullptr, q, nullptr);
        reply = nullptr;
        abortReply(old); // closes the connection now
        old->deleteLater();
    }
    settle(cancelled);
}

void HttpRequest::Private::settle(HResult result)
{
    if (phaseTimer)
        phaseTimer->stop(); // a deadline never outlives its request
    for (Waiter *waiter : std::as_const(waiters)) {
        if (waiter->generation == generation && !waiter->result)
            waiter->result = result;
        waiter->loop->quit(); // each loop re-checks its own condition
    }
    ++generation;
}

HResult HttpRequest::Private::responseAvailability(bool needComplete) const
{
    switch (state) {
    case State::Created:
    case State::Opened:
    case State::Aborted:
        return beforeSend;
    case State::Sending:
        return HResult::Pending;
    case State::Receiving:
        return needComplete ? HResult(HResult::Pending) : HResult(HResult::Ok);
    case State::Completed:
        return HResult::Ok;
    case State::Failed:
        return failure;
    }
    return beforeSend;
}

QNetworkRequest HttpRequest::Private::buildRequest(const QUrl &target, bool utf8Text) const
{
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false); // HTTP/1.x only (spec §5)
    // Reqscope follows redirects itself (followRedirect): Qt 6.4's UserVerifiedRedirectPolicy ends the reply
    // with status 100 and no body when a second hop is allowed, and NoLessSafe cannot allow https→http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    for (const RequestHeaders::Field &field : headers.fields()) {
        // Content-Length and Transfer-Encoding are computed, never taken from the caller (spec §3.4).
        if (field.first.compare("Content-Length"_ba, Qt::CaseInsensitive) == 0
            || field.first.compare("Transfer-Encoding"_ba, Qt::CaseInsensitive) == 0)
            continue;
        request.setRawHeader(field.first, field.second);
    }
    // The user agent belongs to the object: a removed User-Agent falls back to option 0.
    if (!headers.contains("User-Agent"_ba))
        request.setRawHeader("User-Agent"_ba, options.userAgent().toUtf8());
    // Ruling 10: without it QNAM asks for gzip and decompresses, and ResponseBody would not be byte-exact.
    if (!headers.contains("Accept-Encoding"_ba))
        request.setRawHeader("Accept-Encoding"_ba, "identity"_ba);
    if (utf8Text) {
        const QByteArray type = headers.value("Content-Type"_ba);
        if (type.isEmpty())
            request.setRawHeader("Content-Type"_ba, "text/plain; charset=UTF-8"_ba);
        else if (ResponseTextDecoder::charsetOf(QString::fromUtf8(type)).isEmpty())
            request.setRawHeader("Content-Type"_ba, type + "; charset=UTF-8"_ba);
    }
    return request;
}

void HttpRequest::Private::start(const QByteArray &payload, bool utf8Text)
{
    cancelRunning(); // nothing runs in Opened/Failed, but keep the generation rule in one place
    const quint64 current = generation;
    clearResponse();
    cancelledRunning = false;
    redirected = false;
    expectedLength = -1;
    // Settings are read once here: a change during the request applies to the next one (§2.2).
    followRedirects = options.boolValue(HttpRequest::EnableRedirects);
    redirectRules = { options.intValue(HttpRequest::MaxAutomaticRedirects),
        options.boolValue(HttpRequest::EnableHttpsToHttpRedirects) };
    redirectHops = 0;
    // Options 2, 3, 7, 8 decide the bytes of the path and query (spec §5).
    hopUrl = UrlEscaper::wireUrl(url,
        givenUrl,
        { options.intValue(HttpRequest::UrlCodePage),
            options.boolValue(HttpRequest::EscapePercentInUrl),
            options.boolValue(HttpRequest::UrlEscapeDisable),
            options.boolValue(HttpRequest::UrlEscapeDisableQuery) });
    // Credentials never carry over to another request (§3.10). Qt 6.4 does not resend an answered challenge
    // under AuthenticationReuseAttribute Manual (§8 note 4), so its caches are flushed instead, only after a
    // request that used credentials, to keep connection reuse otherwise.
    if (credentialsUsed)
        manager->clearAccessCache();
    credentialsUsed = !url.userInfo().isEmpty();
    activeServerCredentials = serverCredentials;
    activeProxyCredentials = proxyCredentials;
    serverChallengeAnswered = false;
    proxyChallengeAnswered = false;
    tracer.setEnabled(options.boolValue(HttpRequest::EnableTracing));
    maxHeaderSize = options.intValue(HttpRequest::MaxResponseHeaderSize);
    body.start(options.intValue(HttpRequest::ResponseBodyRetention) != 0);
    phaseTimer->start(timeouts, (method == u"GET" || method == u"HEAD") ? 0 : payload.size());
    state = State::Sending;

    QNetworkRequest request = buildRequest(hopUrl, utf8Text);
    tracer.request(method, request, payload.size());
    if (!applyTls(request))
        return;
    // The proxy is chosen at each Send (§3.9); the environment is read now, never Qt's system proxy query.
    const QNetworkProxy proxy = ProxyResolver::resolve(proxySetting,
        proxyServer,
        proxyBypass,
        proxySetting == 0 ? ProxyResolver::Environment::fromProcess() : ProxyResolver::Environment(),
        url);
    manager->setProxy(proxy);
    tracer.proxy(proxy);
    // With a proxy, the Resolve phase looks up the proxy (§3.8).
    const QString host = proxy.type() == QNetworkProxy::HttpProxy ? proxy.hostName() : url.host();
    if (!QHostAddress(host).isNull()) { // an IP literal: nothing to resolve
        phaseTimer->enter(PhaseTimer::Phase::Connect);
        launch(method, request, payload);
        return;
    }
    // Our own lookup gives the Resolve phase its deadline and the record its dns time; QNAM's lookup that
    // follows is answered from QHostInfo's cache.
    phaseTimer->enter(PhaseTimer::Phase::Resolve);
    HostLookup::lookup(host, q, [this, current, request, payload](const QHostInfo &info) {
        if (current != generation)
            return; // cancelled, timed out or replaced meanwhile
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            fail(HResult::fromWinHttp(WinHttpError::NameNotResolved), info.errorString());
            return;
        }
        phaseTimer->markResolved();
        launch(method, request, payload);
    });
}

bool HttpRequest::Private::applyTls(QNetworkRequest &request)
{
    ignoreFlags = options.intValue(HttpRequest::SslErrorIgnoreFlags);
    // Qt 6.4 reuses a pooled TLS connection whatever a later request's configuration says.
    const QString key = TlsSettings::connectionKey(options);
    if (key != tlsConnectionKey) {
        manager->clearConnectionCache();
        tlsConnectionKey = key;
    }
    if (url.scheme().compare(u"https"_s, Qt::CaseInsensitive) != 0)
        return true;
    std::optional<QSslConfiguration> tls = TlsSettings::configuration(options);
    if (tls) {
        // Nothing set means CURRENT_USER\MY\ (§3.11); TLS offers a certificate only when the server asks.
        const QString selector = options.stringValue(HttpRequest::SelectCertificate);
        const auto identity = ClientCertificateSelector::select(selector.isEmpty() ? u"CURRENT_USER\\MY\\"_s : selector,
            options.stringValue(HttpRequest::ClientCertificatePassword).toUtf8(),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        if (identity) {
            tls->setLocalCertificate(identity->certificate);
            tls->setPrivateKey(identity->key);
            tracer.line(u"client certificate: "_s + identity->certificate.subjectDisplayName());
        }
        request.setSslConfiguration(*tls);
        return true;
    }
    // Never inside send(): async signals come from the event loop (§6.2).
    const quint64 current = generation;
    QTimer::singleShot(0, q, [this, current] {
        if (current == generation && isRunning())
            fail(HResult::fromWinHttp(WinHttpError::SecureFailure), u"option 1001: no CA certificate readable"_s);
    });
    return false;
}

void HttpRequest::Private::launch(const QString &verb, const QNetworkRequest &request, const QByteArray &payload)
{
    hopMethod = verb;
    hopRequest = request;
    hopPayload = payload;
    // GET (exact) never sends a body; HEAD has none in QNAM; everything else goes through
    // sendCustomRequest, because post() would add a form Content-Type (spec §8 note 3).
    if (verb == u"GET")
        reply = manager->get(request);
    else if (verb == u"HEAD")
        reply = manager->head(request);
    else
        reply = manager->sendCustomRequest(request, verb.toLatin1(), payload);
    reply->setReadBufferSize(readBufferSize);
    connectReply(generation);
}

void HttpRequest::Private::connectReply(quint64 current)
{
    // Direct connections (same thread): QNAM delivers these from the event loop, never inside send().
    QObject::connect(reply, &QNetworkReply::metaDataChanged, q, [this, current] { onMetaDataChanged(current, false); });
    QObject::connect(reply, &QNetworkReply::readyRead, q, [this, current] { onReadyRead(current); });
    QObject::connect(reply, &QNetworkReply::finished, q, [this, current] { onFinished(current); });
    QObject::connect(reply, &QNetworkReply::sslErrors, q, [this, current](const QList<QSslError> &errors) {
        if (current != generation)
            return;
        // Option 4: ignore only when every problem is covered; otherwise the handshake fails (12175).
        const bool ignore = TlsSettings::allIgnorable(errors, ignoreFlags);
        for (const QSslError &error : errors)
            tracer.line(u"TLS: %1%2"_s.arg(error.errorString(), ignore ? u" (ignored, option 4)"_s : QString()));
        if (ignore)
            reply->ignoreSslErrors(errors);
    });
    // The phases of §3.8 and the TimingRecord.
    QObject::connect(reply, &QNetworkReply::socketStartedConnecting, q, [this, current] {
        if (current == generation)
            phaseTimer->markConnecting();
    });
    QObject::connect(reply, &QNetworkReply::encrypted, q, [this, current] {
        if (current != generation)
            return;
        phaseTimer->markEncrypted();
        tracer.encrypted(reply->sslConfiguration());
    });
    QObject::connect(reply, &QNetworkReply::uploadProgress, q, [this, current](qint64 sent, qint64) {
        if (current == generation && sent > 0)
            phaseTimer->markUploading(sent);
    });
    QObject::connect(reply, &QNetworkReply::requestSent, q, [this, current] {
        if (current == generation)
            phaseTimer->markSent();
    });
}

void HttpRequest::Private::followRedirect(int hopStatus)
{
    const QUrl next = hopUrl.resolved(QUrl::fromEncoded(reply->rawHeader("Location"_ba)));
    tracer.redirect(hopStatus, next);
    if (const std::optional<HResult> refused = RedirectGuard::check(hopUrl, next, redirectHops, redirectRules)) {
        fail(*refused, u"redirect refused (limit, target scheme or https→http)"_s);
        return;
    }
    ++redirectHops;
    hopUrl = next;
    redirected = true;
    // 301/302/303 continue with GET and no body (HEAD stays HEAD); 307/308 keep method and body (§5).
    const bool keepsBody = hopStatus == 307 || hopStatus == 308;
    const QString verb = keepsBody || hopMethod == u"HEAD" ? hopMethod : u"GET"_s;
    QNetworkRequest request = hopRequest;
    request.setUrl(next);
    if (!keepsBody)
        request.setRawHeader("Content-Type"_ba, QByteArray()); // removes it
    releaseReply();
    phaseTimer->markNewHop(keepsBody);
    launch(verb, request, keepsBody ? hopPayload : QByteArray());
}

void HttpRequest::Private::onMetaDataChanged(quint64 current, bool final)
{
    if (current != generation || state != State::Sending || !reply)
        return;
    const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!code.isValid())
        return;
    phaseTimer->touch(); // the hop's head is data for the Receive phase
    if (!final && code.toInt() < 200)
        return; // interim (1xx) responses are consumed silently (§5)
    // A hop QNAM is about to follow is not the final response and emits nothing (spec §6.1); one that cannot
    // be followed for want of a Location fails (§5).
    if (!final && followRedirects && isRedirectStatus(code.toInt())) {
        if (!reply->hasRawHeader("Location"_ba))
            fail(HResult::fromWinHttp(WinHttpError::RedirectFailed), u"redirect without Location"_s);
        return;
    }

    const ResponseHeaders parsed = ResponseHeaders::fromRawPairs(reply->rawHeaderPairs());
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const bool bodyless = method == u"HEAD" || code.toInt() == 204 || code.toInt() == 304 || code.toInt() < 200;
    // Option 15: status line + CRLF + the GetAllResponseHeaders text, in bytes.
    const qsizetype headerSize
        = qsizetype(u"HTTP/1.1 000 "_s.size()) + reason.size() + 2 + parsed.allHeadersText().toLatin1().size();
    // Qt 6.4 silently drops a whole header block of more than 100 fields, leaving a response without framing
    // that never ends; WinHTTP reports HEADER_COUNT_EXCEEDED, which §7.1 maps to 12152. A response that must
    // carry a body but has no header field at all is refused the same way: QNetworkReply cannot tell them apart.
    if (headerSize > maxHeaderSize || (parsed.isEmpty() && !bodyless)) {
        fail(HResult::fromWinHttp(WinHttpError::InvalidServerResponse), u"response head over option 15 or lost"_s);
        return;
    }

    status = code.toInt();
    statusText = reason;
    responseHeaders = parsed;
    contentType = parsed.value(u"Content-Type"_s).value_or(QString());
    finalUrl = reply->url().toString(QUrl::FullyEncoded);
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    expectedLength = (length.isValid() && !bodyless) ? length.toLongLong() : -1;
    body.start(body.isRetaining(), expectedLength);
    state = State::Receiving;
    phaseTimer->markFirstByte();
    tracer.response(status, statusText, responseHeaders, finalUrl);
    emitGuarded([this] { Q_EMIT q->responseStarted(status, contentType); });
}

void HttpRequest::Private::onReadyRead(quint64 current)
{
    if (current != generation || !reply)
        return;
    if (state == State::Sending)
        onMetaDataChanged(current, false);
    if (current != generation || state != State::Receiving)
        return;
    phaseTimer->touch(); // Receive measures inactivity: each piece of data restarts it
    // Read what is buffered as one chunk at a time; a handler may Abort (generation changes) or delete q.
    while (current == generation && reply && reply->bytesAvailable() > 0) {
        // Qt's read buffer limit is soft; cap chunks so listeners see bounded pieces.
        const QByteArray chunk = reply->read(qMin(reply->bytesAvailable(), readBufferSize));
        if (chunk.isEmpty())
            return;
        body.append(chunk);
        if (!emitGuarded([this, &chunk] { Q_EMIT q->responseDataAvailable(chunk); }))
            return;
    }
}

void HttpRequest::Private::answerChallenge(QAuthenticator *authenticator, bool proxy)
{
    const Credentials &credentials = proxy ? activeProxyCredentials : activeServerCredentials;
    bool &answered = proxy ? proxyChallengeAnswered : serverChallengeAnswered;
    const bool answering = credentials.set && !answered;
    tracer.challenge(proxy, authenticator->realm(), answering);
    if (!answering)
        return;
    answered = true;
    credentialsUsed = true;
    authenticator->setUser(credentials.user);
    authenticator->setPassword(credentials.password);
    phaseTimer->markNewHop(true); // the retry starts its phases anew (§3.8)
}

void HttpRequest::Private::fail(HResult result, const QString &detail)
{
    if (reply) {
        QObject::disconnect(reply, nullptr, q, nullptr);
        abortReply(reply);
    }
    releaseReply();
    phaseTimer->markDone();
    tracer.end(result, body.receivedSize(), phaseTimer->record(), detail);
    state = State::Failed;
    failure = result;
    settle(result); // this request is over; nothing of it may fire again
    emitGuarded([this, result] { Q_EMIT q->errorOccurred(result.code(), result.description()); });
}

void HttpRequest::Private::onFinished(quint64 current)
{
    if (current != generation || !reply)
        return;
    const QPointer<HttpRequest> alive(q);
    onReadyRead(current); // whatever arrived with the end
    if (!alive || current != generation || !reply)
        return;

    if (reply->error() == QNetworkReply::ProxyAuthenticationRequiredError && state == State::Sending
        && !reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
        completeWithoutResponse(407, u"Proxy Authentication Required"_s); // a refused CONNECT (§7.2)
        return;
    }
    TransportError::Context context;
    context.hasStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    context.headersReceived = state == State::Receiving;
    context.redirected
        = redirected || isRedirectStatus(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    context.clientCertificateDemanded = TransportError::demandsClientCertificate(reply->errorString());
    std::optional<HResult> transportFailure = TransportError::map(reply->error(), context);
    // Qt 6.4's HTTP/1 channel treats a connection closed in the middle of a body as its end (meant for
    // bodies without Content-Length), so a short Content-Length body can finish without an error.
    if (!transportFailure && context.headersReceived && expectedLength >= 0 && body.receivedSize() < expectedLength)
        transportFailure = HResult::fromWinHttp(WinHttpError::ConnectionError);
    if (transportFailure) {
        fail(*transportFailure, reply->errorString());
        return;
    }
    if (state == State::Sending && followRedirects) {
        const int hopStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (isRedirectStatus(hopStatus) && reply->hasRawHeader("Location"_ba)) {
            followRedirect(hopStatus);
            return;
        }
    }
    if (state == State::Sending) { // a final response that never announced itself (e.g. 3xx not followed)
        onMetaDataChanged(current, true);
        if (!alive || current != generation || state != State::Receiving)
            return;
        onReadyRead(current);
        if (!alive || current != generation)
            return;
    }
    releaseReply();
    phaseTimer->markDone();
    tracer.end(HResult::Ok, body.receivedSize(), phaseTimer->record(), QString());
    state = State::Completed;
    settle(HResult::Ok);
    emitGuarded([this] { Q_EMIT q->responseFinished(); });
}

void HttpRequest::Private::completeWithoutResponse(int code, const QString &reason)
{
    // Qt keeps the proxy's answer to a refused CONNECT to itself: the final response has no headers, no body.
    releaseReply();
    const quint64 current = generation;
    status = code;
    statusText = reason;
    finalUrl = hopUrl.toString(QUrl::FullyEncoded);
    state = State::Receiving;
    phaseTimer->markFirstByte();
    if (!emitGuarded([this] { Q_EMIT q->responseStarted(status, contentType); }) || current != generation)
        return; // destroyed, aborted or reopened by a handler
    phaseTimer->markDone();
    tracer.end(HResult::Ok, 0, phaseTimer->record(), reason);
    state = State::Completed;
    settle(HResult::Ok);
    emitGuarded([this] { Q_EMIT q->responseFinished(); });
}

void HttpRequest::Private::runLoop(Waiter &waiter, int timeoutMs)
{
    const QPointer<HttpRequest> alive(q);
    QEventLoop loop;
    QTimer timer;
    bool timedOut = false;
    if (timeoutMs >= 0) {
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, [&timedOut, &loop] {
            timedOut = true;
            loop.quit();
        });
        timer.start(timeoutMs);
    }
    waiter.loop = &loop;
    waiters.append(&waiter);
    // settle() wakes every loop of this object, so re-check after each wake-up. The destructor settles
    // everything first, so a destroyed q always leaves a result behind.
    while (!waiter.result && !timedOut)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (alive)
        waiters.removeOne(&waiter);
}

} // namespace Reqscope
