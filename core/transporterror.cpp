// SPDX-License-Identifier: MIT
#include "transporterror.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

bool TransportError::isHttpStatusError(QNetworkReply::NetworkError error)
{
    if (error == QNetworkReply::ContentReSendError) // a transport condition despite its enum range
        return false;
    const int value = int(error);
    return (value >= 201 && value <= 299) || (value >= 401 && value <= 499)
        || error == QNetworkReply::ProtocolInvalidOperationError
        || error == QNetworkReply::ProxyAuthenticationRequiredError;
}

bool TransportError::demandsClientCertificate(const QString &qtErrorString)
{
    // OpenSSL's reason for alert 116 (SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED), in 1.1 and 3.x alike.
    return qtErrorString.contains(u"alert certificate required", Qt::CaseInsensitive);
}

std::optional<HResult> TransportError::map(QNetworkReply::NetworkError error, const Context &context)
{
    using E = QNetworkReply::NetworkError;
    if (error == E::NoError)
        return std::nullopt;
    if (isHttpStatusError(error) && context.hasStatus)
        return std::nullopt;
    if (context.clientCertificateDemanded)
        return HResult::fromWinHttp(WinHttpError::ClientAuthCertNeeded);

    switch (error) {
    case E::ConnectionRefusedError:
    case E::ProxyConnectionRefusedError:
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::BackgroundRequestNotAllowedError:
        return HResult::fromWinHttp(WinHttpError::CannotConnect);
    case E::RemoteHostClosedError:
        // Before the headers the server never produced a response; after them the body was cut short.
        return HResult::fromWinHttp(
            context.headersReceived ? WinHttpError::ConnectionError : WinHttpError::InvalidServerResponse);
    case E::HostNotFoundError:
    case E::ProxyNotFoundError:
        return HResult::fromWinHttp(WinHttpError::NameNotResolved);
    case E::TimeoutError:
    case E::ProxyTimeoutError:
        return HResult::fromWinHttp(WinHttpError::Timeout);
    case E::OperationCanceledError:
        switch (context.cancel) {
        case Cancel::Timeout:
            return HResult::fromWinHttp(WinHttpError::Timeout);
        case Cancel::HeaderLimit:
            return HResult::fromWinHttp(WinHttpError::InvalidServerResponse);
        case Cancel::User:
        case Cancel::None:
            break;
        }
        return HResult::fromWinHttp(WinHttpError::OperationCancelled);
    case E::SslHandshakeFailedError:
        // A TLS 1.2 server refusing a missing client certificate sends handshake_failure, the same alert as for
        // no shared cipher or an unknown server name, and Qt shows nothing else of the handshake: 12175.
        return HResult::fromWinHttp(WinHttpError::SecureFailure);
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
        return HResult::fromWinHttp(WinHttpError::RedirectFailed);
    case E::ProtocolUnknownError:
        return HResult::fromWinHttp(
            context.redirected ? WinHttpError::RedirectFailed : WinHttpError::UnrecognizedScheme);
    case E::ProtocolFailure:
        return HResult::fromWinHttp(WinHttpError::InvalidServerResponse);
    case E::ProxyConnectionClosedError:
    case E::UnknownProxyError:
    case E::ContentReSendError:
    case E::UnknownNetworkError:
        return HResult::fromWinHttp(WinHttpError::ConnectionError);
    default:
        break;
    }
    if (isHttpStatusError(error)) // a status error without a status: the response never became usable
        return HResult::fromWinHttp(WinHttpError::InvalidServerResponse);
    return HResult::fromWinHttp(WinHttpError::InternalError);
}

} // namespace Reqscope
