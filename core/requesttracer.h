// SPDX-License-Identifier: MIT
#pragma once

#include "timingrecord.h"
#include "winhttperror.h"

#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QSslConfiguration;
QT_END_NAMESPACE

namespace Reqscope {

class ResponseHeaders;

Q_DECLARE_LOGGING_CATEGORY(lcHttpTrace)

/*!
 * Option 10 (EnableTracing, spec §4): one line per step of a request to the `reqscope.http.trace` logging
 * category: request line and headers, redirects, TLS outcome, response head, byte counts and the final code.
 * Credentials (Authorization, Proxy-Authorization, Cookie, Set-Cookie, URL passwords) are masked; bodies are
 * never traced. Silent unless enabled, so an object without option 10 costs nothing.
 *
 * \code
 * RequestTracer tracer;
 * tracer.setEnabled(options.boolValue(HttpRequest::EnableTracing));
 * tracer.request(u"GET"_s, request, 0); // "> GET http://127.0.0.1:8080/get HTTP/1.1", one line per header
 * \endcode
 */
class RequestTracer
{
public:
    void setEnabled(bool enabled);
    bool isEnabled() const;

    void request(const QString &method, const QNetworkRequest &request, qint64 bodyBytes) const;
    void redirect(int status, const QUrl &target) const;
    void proxy(const QNetworkProxy &proxy) const;
    void challenge(bool proxy, const QString &realm, bool answering) const;
    void encrypted(const QSslConfiguration &configuration) const;
    void response(int status, const QString &reason, const ResponseHeaders &headers, const QString &url) const;
    void end(HResult result, qint64 bodyBytes, const TimingRecord &timing, const QString &detail) const;

    void line(const QString &text) const;

    /// The value as traced: credentials replaced by asterisks (the auth scheme stays visible).
    static QString masked(const QString &name, const QString &value);

private:
    bool m_enabled = false;
};

} // namespace Reqscope
