// SPDX-License-Identifier: MIT
#include "httprequest.h"

#include "optionstore.h"
#include "requestheaders.h"
#include "requesturl.h"
#include "responsebody.h"
#include "responseheaders.h"
#include "responsetextdecoder.h"
#include "transporterror.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

constexpr HResult beforeOpen = HResult::fromWinHttp(WinHttpError::CannotCallBeforeOpen);
constexpr HResult beforeSend = HResult::fromWinHttp(WinHttpError::CannotCallBeforeSend);
constexpr HResult afterSend = HResult::fromWinHttp(WinHttpError::CannotCallAfterSend);
constexpr HResult cancelled = HResult::fromWinHttp(WinHttpError::OperationCancelled);

// Bounded so a slow consumer applies back-pressure to the socket instead of growing memory.
constexpr qint64 readBufferSize = 512 * 1024;
// Option 9 bits Qt can actually speak: TLS 1.0, 1.1, 1.2 and Reqscope's 0x2000 = TLS 1.3.
constexpr int usableTlsBits = 0x80 | 0x200 | 0x800 | 0x2000;

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 305 || status == 307 || status == 308;
}

} // namespace

struct HttpRequest::Private
{
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
    HResult responseAvailability(bool needComplete) const;

    void start(const QByteArray &payload, bool utf8Text);
    QNetworkRequest buildRequest(bool utf8Text) const;
    void onMetaDataChanged(quint64 generation, bool final);
    void onReadyRead(quint64 generation);
    void onFinished(quint64 generation);
    void fail(HResult failure);
    /// Runs a nested loop until the current request ends or the time-out (ms, -1 = none) elapses.
    /// The waiter lives on the caller's stack, so its result is readable even if q was destroyed meanwhile.
    void runLoop(Waiter &waiter, int timeoutMs);
    /// Emits one of q's signals, counting the depth for §3.5; false when a handler destroyed q.
    template <typename Emit> bool emitGuarded(Emit emitSignal);

    HttpRequest *q;
    QNetworkAccessManager *manager = nullptr; // one per object (spec §8 note 1); child of q
    OptionStore options;
    State state = State::Created;

    // Object settings (spec §2.2): stored here; applied by the network-options issue.
    int timeouts[4] = { 0, 60000, 30000, 30000 };
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
    qint64 expectedLength = -1; // Content-Length of a final response that must carry a body, else -1
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

void HttpRequest::Private::cancelRunning()
{
    if (reply) {
        QNetworkReply *old = reply;
        // Disconnect first: Qt 6.4's abort() emits errorOccurred(OperationCanceledError) and finished()
        // synchronously, and no signal of this request may fire once Abort/Open returns (§3.6).
        QObject::disconnect(old, nullptr, q, nullptr);
        reply = nullptr;
        old->abort(); // closes the connection now
        old->deleteLater();
    }
    settle(cancelled);
}

void HttpRequest::Private::settle(HResult result)
{
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

QNetworkRequest HttpRequest::Private::buildRequest(bool utf8Text) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false); // HTTP/1.x only (spec §5)
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy : QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(options.intValue(HttpRequest::MaxAutomaticRedirects));
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
    body.start(options.intValue(HttpRequest::ResponseBodyRetention) != 0);

    const QNetworkRequest request = buildRequest(utf8Text);
    // GET (exact) never sends a body; HEAD has none in QNAM; everything else goes through
    // sendCustomRequest, because post() would add a form Content-Type (spec §8 note 3).
    if (method == u"GET")
        reply = manager->get(request);
    else if (method == u"HEAD")
        reply = manager->head(request);
    else
        reply = manager->sendCustomRequest(request, method.toLatin1(), payload);
    reply->setReadBufferSize(readBufferSize);
    state = State::Sending;

    // Direct connections (same thread): QNAM delivers these from the event loop, never inside send().
    QObject::connect(reply, &QNetworkReply::metaDataChanged, q, [this, current] { onMetaDataChanged(current, false); });
    QObject::connect(reply, &QNetworkReply::readyRead, q, [this, current] { onReadyRead(current); });
    QObject::connect(reply, &QNetworkReply::finished, q, [this, current] { onFinished(current); });
    QObject::connect(reply, &QNetworkReply::redirected, q, [this, current] {
        if (current == generation)
            redirected = true;
    });
}

void HttpRequest::Private::onMetaDataChanged(quint64 current, bool final)
{
    if (current != generation || state != State::Sending || !reply)
        return;
    const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!code.isValid())
        return;
    // A hop QNAM is about to follow is not the final response and emits nothing (spec §6.1).
    if (!final && followRedirects && isRedirectStatus(code.toInt()) && reply->hasRawHeader("Location"_ba))
        return;

    const ResponseHeaders parsed = ResponseHeaders::fromRawPairs(reply->rawHeaderPairs());
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    // Option 15: status line + CRLF + the GetAllResponseHeaders text, in bytes.
    const qsizetype headerSize
        = qsizetype(u"HTTP/1.1 000 "_s.size()) + reason.size() + 2 + parsed.allHeadersText().toLatin1().size();
    if (headerSize > options.intValue(HttpRequest::MaxResponseHeaderSize)) {
        fail(HResult::fromWinHttp(WinHttpError::InvalidServerResponse));
        return;
    }

    status = code.toInt();
    statusText = reason;
    responseHeaders = parsed;
    contentType = parsed.value(u"Content-Type"_s).value_or(QString());
    finalUrl = reply->url().toString(QUrl::FullyEncoded);
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool bodyless = method == u"HEAD" || status == 204 || status == 304 || status < 200;
    expectedLength = (length.isValid() && !bodyless) ? length.toLongLong() : -1;
    body.start(body.isRetaining(), expectedLength);
    state = State::Receiving;
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

void HttpRequest::Private::fail(HResult result)
{
    if (reply) {
        QObject::disconnect(reply, nullptr, q, nullptr);
        reply->abort();
    }
    releaseReply();
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

    TransportError::Context context;
    context.hasStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    context.headersReceived = state == State::Receiving;
    context.redirected = redirected;
    std::optional<HResult> transportFailure = TransportError::map(reply->error(), context);
    // Qt 6.4's HTTP/1 channel treats a connection closed in the middle of a body as its end (meant for
    // bodies without Content-Length), so a short Content-Length body can finish without an error.
    if (!transportFailure && context.headersReceived && expectedLength >= 0 && body.receivedSize() < expectedLength)
        transportFailure = HResult::fromWinHttp(WinHttpError::ConnectionError);
    if (transportFailure) {
        fail(*transportFailure);
        return;
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

// ---------------------------------------------------------------------------------------------------------

std::optional<int> HttpRequest::optionId(const QString &name)
{
    return OptionStore::idOf(name);
}

QString HttpRequest::optionName(int id)
{
    return OptionStore::nameOf(id);
}

HttpRequest::HttpRequest(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->manager = new QNetworkAccessManager(this);
    // TODO(engine): proxy settings (SetProxy, spec §3.9) belong to the network-options issue; until then
    // never pick up a proxy implicitly, so loopback traffic stays direct.
    d->manager->setProxy(QNetworkProxy::NoProxy);
}

HttpRequest::~HttpRequest()
{
    d->cancelRunning(); // no signal fires; nested loops of this object return
}

HttpRequest::State HttpRequest::state() const
{
    return d->state;
}

HResult HttpRequest::open(const QString &method, const QString &url, bool async)
{
    if (method.isNull() || url.isNull())
        return HResult::InvalidArg;
    if (!RequestHeaders::isToken(method))
        return HResult::InvalidArg;
    QUrl parsed;
    if (const HResult result = RequestUrl::parse(url, parsed); !result.ok())
        return result;

    d->cancelRunning(); // the old request emits nothing more; a sync Send on the stack returns CAN
    d->clearResponse();
    d->method = method;
    d->givenUrl = url;
    d->url = parsed;
    d->async = async;
    d->headers.clear();
    d->headers.set(u"Accept"_s, u"*/*"_s); // a default the caller may replace or remove (spec §3.4)
    d->serverCredentials = {};
    d->proxyCredentials = {};
    d->cancelledRunning = false;
    d->state = State::Opened;
    return HResult::Ok;
}

HResult HttpRequest::setRequestHeader(const QString &name, const QString &value)
{
    if (name.isNull())
        return HResult::InvalidArg;
    switch (d->state) {
    case State::Created:
    case State::Aborted:
        return beforeOpen;
    case State::Sending:
    case State::Receiving:
    case State::Completed:
        return afterSend;
    case State::Opened:
    case State::Failed:
        break;
    }
    if (!RequestHeaders::isToken(name) || !RequestHeaders::isValidValue(value))
        return HResult::InvalidArg;
    d->headers.set(name, value);
    return HResult::Ok;
}

HResult HttpRequest::send(const QVariant &body)
{
    switch (d->state) {
    case State::Created:
    case State::Aborted:
        return beforeOpen;
    case State::Sending:
    case State::Receiving:
    case State::Completed:
        return HResult::Ok; // no-op (spec §3.2)
    case State::Opened:
    case State::Failed:
        break;
    }

    QByteArray payload;
    bool utf8Text = false;
    if (!body.isValid() || body.isNull()) {
        // none
    } else if (body.typeId() == QMetaType::QString) {
        const QString text = body.toString();
        const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() <= 0x7F; });
        payload = ascii ? text.toLatin1() : text.toUtf8();
        utf8Text = !ascii;
    } else if (body.typeId() == QMetaType::QByteArray) {
        payload = body.toByteArray();
    } else {
        return HResult::InvalidArg;
    }

    // Pre-flight (spec §3.4): before any network activity, no signal, state unchanged.
    if (d->options.boolValue(RejectUserpwd) && !d->url.userInfo().isEmpty())
        return HResult::fromWinHttp(WinHttpError::InvalidUrl);
    if (d->url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0
        && (d->options.intValue(SecureProtocols) & usableTlsBits) == 0)
        return HResult::fromWinHttp(WinHttpError::SecureChannelError);

    d->start(payload, utf8Text);
    if (d->async)
        return HResult::Ok;

    Private::Waiter waiter;
    waiter.generation = d->generation;
    const QPointer<HttpRequest> alive(this);
    ++d->syncSends;
    d->runLoop(waiter, -1);
    if (alive)
        --d->syncSends;
    // S_OK, the failure, or CAN when Abort, Open or destruction ended it (spec §3.6).
    return waiter.result.value_or(cancelled);
}

HResult HttpRequest::waitForResponse(int timeoutSeconds, bool &succeeded)
{
    if (timeoutSeconds < -1)
        return HResult::InvalidArg;
    switch (d->state) {
    case State::Created:
    case State::Opened:
        succeeded = false;
        return HResult::Ok;
    case State::Completed:
        succeeded = true;
        return HResult::Ok;
    case State::Failed:
        return d->failure;
    case State::Aborted:
        if (d->cancelledRunning)
            return cancelled;
        succeeded = false;
        return HResult::Ok;
    case State::Sending:
    case State::Receiving:
        break;
    }
    // §3.5: from a handler of this object or under its synchronous Send, never nest another wait.
    if (timeoutSeconds == 0 || d->emitting > 0 || d->syncSends > 0) {
        succeeded = false;
        return HResult::Ok;
    }

    Private::Waiter waiter;
    waiter.generation = d->generation;
    const qint64 timeoutMs = timeoutSeconds < 0 ? -1 : qMin<qint64>(qint64(timeoutSeconds) * 1000, INT_MAX);
    d->runLoop(waiter, int(timeoutMs));
    if (!waiter.result) { // timed out; the request goes on (Doc)
        succeeded = false;
        return HResult::Ok;
    }
    if (waiter.result->ok())
        succeeded = true;
    // The failure, or CAN when Abort, Open or destruction ended the request (the Open case is a decision).
    return *waiter.result;
}

HResult HttpRequest::abort()
{
    switch (d->state) {
    case State::Created:
    case State::Aborted:
        return HResult::Ok;
    case State::Sending:
    case State::Receiving:
        d->cancelRunning();
        d->cancelledRunning = true;
        break;
    case State::Opened:
    case State::Completed:
    case State::Failed:
        d->cancelledRunning = false;
        break;
    }
    d->clearResponse(); // devices from responseStream() are snapshots and stay readable
    d->state = State::Aborted;
    return HResult::Ok;
}

HResult HttpRequest::status(int &out) const
{
    const HResult result = d->responseAvailability(false);
    if (result.ok())
        out = d->status;
    return result;
}

HResult HttpRequest::statusText(QString &out) const
{
    const HResult result = d->responseAvailability(false);
    if (result.ok())
        out = d->statusText;
    return result;
}

HResult HttpRequest::responseText(QString &out) const
{
    const HResult result = d->responseAvailability(true);
    if (result.ok())
        out = ResponseTextDecoder::decode(d->body.data(), d->contentType);
    return result;
}

HResult HttpRequest::responseBody(QByteArray &out) const
{
    const HResult result = d->responseAvailability(true);
    if (result.ok())
        out = d->body.data();
    return result;
}

HResult HttpRequest::responseStream(std::unique_ptr<QIODevice> &out) const
{
    const HResult result = d->responseAvailability(true);
    if (!result.ok())
        return result;
    // QByteArray is implicitly shared and copy-on-write: the buffer's copy is an independent snapshot that
    // outlives Abort, Open and this object, at the cost of one reference.
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(d->body.data());
    buffer->open(QIODevice::ReadOnly);
    out = std::move(buffer);
    return result;
}

HResult HttpRequest::getResponseHeader(const QString &name, QString &out) const
{
    const HResult result = d->responseAvailability(false);
    if (!result.ok())
        return result; // state first, even with a null name (Obs)
    if (name.isNull())
        return HResult::InvalidArg;
    const std::optional<QString> value = d->responseHeaders.value(name);
    if (!value)
        return HResult::fromWinHttp(WinHttpError::HeaderNotFound);
    out = *value;
    return HResult::Ok;
}

HResult HttpRequest::getAllResponseHeaders(QString &out) const
{
    const HResult result = d->responseAvailability(false);
    if (result.ok())
        out = d->responseHeaders.allHeadersText();
    return result;
}

HResult HttpRequest::setTimeouts(int resolveMs, int connectMs, int sendMs, int receiveMs)
{
    const int values[4] = { resolveMs, connectMs, sendMs, receiveMs };
    if (std::any_of(std::begin(values), std::end(values), [](int v) { return v < -1; }))
        return HResult::InvalidArg; // none of the four changes
    std::copy(std::begin(values), std::end(values), std::begin(d->timeouts));
    return HResult::Ok;
}

HResult HttpRequest::setProxy(int setting, const QString &server, const QString &bypass)
{
    if (setting < 0 || setting > 2)
        return HResult::InvalidArg;
    d->proxySetting = setting;
    d->proxyServer = server;
    d->proxyBypass = bypass;
    return HResult::Ok;
}

HResult HttpRequest::setCredentials(const QString &user, const QString &password, int flags)
{
    if (d->state == State::Created || d->state == State::Aborted)
        return beforeOpen; // state first, even with bad arguments (Obs)
    if (user.isNull() || password.isNull() || (flags != 0 && flags != 1))
        return HResult::InvalidArg;
    // Stored only; the running request ignores it (footnote 1), the next Open clears it.
    Private::Credentials &target = flags == 0 ? d->serverCredentials : d->proxyCredentials;
    target = { user, password, true };
    return HResult::Ok;
}

HResult HttpRequest::setClientCertificate(const QString &selector)
{
    if (selector.isNull())
        return HResult::InvalidArg;
    return d->options.set(SelectCertificate, selector); // option 5 holds the same value
}

HResult HttpRequest::setAutoLogonPolicy(int policy)
{
    if (policy < 0 || policy > 2)
        return HResult::InvalidArg;
    d->autoLogonPolicy = policy;
    return HResult::Ok;
}

HResult HttpRequest::option(int id, QVariant &out) const
{
    if (id != Url)
        return d->options.get(id, out);
    if (d->state == State::Created || d->state == State::Aborted)
        return beforeOpen;
    // From header arrival on, the final URL after redirects; before that, the URL as given to Open.
    out = d->finalUrl.isEmpty() ? d->givenUrl : d->finalUrl;
    return HResult::Ok;
}

HResult HttpRequest::setOption(int id, const QVariant &value)
{
    if (id == Url)
        return HResult::fromWinHttp(WinHttpError::OptionNotSettable);
    return d->options.set(id, value);
}

} // namespace Reqscope
