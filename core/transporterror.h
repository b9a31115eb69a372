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
    };

    /// nullopt: not a failure (NoError, or an HTTP status error with a status present).
    static std::optional<HResult> map(QNetworkReply::NetworkError error, const Context &context);
    /// Errors Qt derives from an HTTP status code (content 2xx, server 4xx enum ranges, 400, 407).
    static bool isHttpStatusError(QNetworkReply::NetworkError error);
};

} // namespace Reqscope
