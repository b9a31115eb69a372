// SPDX-License-Identifier: MIT
#pragma once

#include "winhttperror.h"

#include <QNetworkReply>

#include <optional>

namespace Reqscope {

/*!
 * Spec §7.2: which QNetworkReply errors are transport failures, and their HRESULT. Errors Qt derives from
 * an HTTP status (404, 401, 500, …) are not failures: the status is the final response.
 *
 * \code
 * TransportError::Context context;
 * context.headersReceived = true;
 * if (const std::optional<HResult> failure = TransportError::map(reply->error(), context))
 *     fail(*failure);
 * \endcode
 */
class TransportError
{
public:
    /// Why Reqscope itself aborted the reply (OperationCanceledError has several meanings).
    enum class Cancel { None, User, Timeout, HeaderLimit };

    struct Context
    {
        bool headersReceived = false; // the final response's headers had arrived (Receiving)
        bool hasStatus = false; // the reply carries an HTTP status code
        bool redirected = false; // at least one redirect hop was followed
        Cancel cancel = Cancel::None;
        bool clientCertificateDemanded = false; // see demandsClientCertificate()
    };

    /// nullopt: not a failure (NoError, or an HTTP status error with a status present).
    static std::optional<HResult> map(QNetworkReply::NetworkError error, const Context &context);
    /// True when Qt's error text carries TLS 1.3's certificate_required alert: the server demanded a client
    /// certificate and none was offered. Qt has no enum for it: OpenSSL's reason text is the only trace, and it
    /// comes as UnknownNetworkError after the handshake (a TLS 1.3 server checks the client's certificate then).
    static bool demandsClientCertificate(const QString &qtErrorString);
    /// Errors Qt derives from an HTTP status code (content 2xx, server 4xx enum ranges, 400, 407).
    static bool isHttpStatusError(QNetworkReply::NetworkError error);
};

} // namespace Reqscope
