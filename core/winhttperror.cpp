// SPDX-License-Identifier: MIT
#include "winhttperror.h"

#include "hresultname.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

struct ErrorText
{
    int number;
    const char16_t *name; // the Windows SDK's symbol, for bug reports and logs a Windows developer searches for
    const char16_t *text;
};

// Spec §7.1: the Meaning column, verbatim. These strings are a contract (CLI output, OnError), not UI text,
// so they are deliberately not translated.
constexpr ErrorText errorTexts[] = {
    { 12002, u"ERROR_WINHTTP_TIMEOUT", u"The operation timed out" },
    { 12004, u"ERROR_WINHTTP_INTERNAL_ERROR", u"An internal error occurred" },
    { 12005, u"ERROR_WINHTTP_INVALID_URL", u"The URL is invalid" },
    { 12006, u"ERROR_WINHTTP_UNRECOGNIZED_SCHEME", u"The URL does not use a recognized protocol" },
    { 12007, u"ERROR_WINHTTP_NAME_NOT_RESOLVED", u"The server name or address could not be resolved" },
    { 12009, u"ERROR_WINHTTP_INVALID_OPTION", u"Unknown option" },
    { 12011, u"ERROR_WINHTTP_OPTION_NOT_SETTABLE", u"The option is read-only" },
    { 12012, u"ERROR_WINHTTP_SHUTDOWN", u"The HTTP service is shutting down" },
    { 12015, u"ERROR_WINHTTP_LOGIN_FAILURE", u"Login failed" },
    { 12017, u"ERROR_WINHTTP_OPERATION_CANCELLED", u"The operation has been canceled" },
    { 12018, u"ERROR_WINHTTP_INCORRECT_HANDLE_TYPE", u"Wrong handle type" },
    { 12019, u"ERROR_WINHTTP_INCORRECT_HANDLE_STATE", u"Handle in the wrong state" },
    { 12029, u"ERROR_WINHTTP_CANNOT_CONNECT", u"A connection with the server could not be established" },
    { 12030, u"ERROR_WINHTTP_CONNECTION_ERROR", u"The connection with the server was terminated abnormally" },
    { 12032, u"ERROR_WINHTTP_RESEND_REQUEST", u"The request must be sent again" },
    { 12037, u"ERROR_WINHTTP_SECURE_CERT_DATE_INVALID", u"Certificate expired or not yet valid" },
    { 12038, u"ERROR_WINHTTP_SECURE_CERT_CN_INVALID", u"Certificate name does not match the host" },
    { 12044, u"ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED", u"The server requires a client certificate" },
    { 12045, u"ERROR_WINHTTP_SECURE_INVALID_CA", u"Certificate issuer is not trusted" },
    { 12057, u"ERROR_WINHTTP_SECURE_CERT_REV_FAILED", u"Revocation status could not be checked" },
    { 12100, u"ERROR_WINHTTP_CANNOT_CALL_BEFORE_OPEN", u"Call Open first" },
    { 12101, u"ERROR_WINHTTP_CANNOT_CALL_BEFORE_SEND", u"Call Send first" },
    { 12102, u"ERROR_WINHTTP_CANNOT_CALL_AFTER_SEND", u"Not allowed after Send" },
    { 12103, u"ERROR_WINHTTP_CANNOT_CALL_AFTER_OPEN", u"Not allowed after Open" },
    { 12150, u"ERROR_WINHTTP_HEADER_NOT_FOUND", u"The requested header was not found" },
    { 12152, u"ERROR_WINHTTP_INVALID_SERVER_RESPONSE", u"The server returned an invalid or unrecognized response" },
    { 12156, u"ERROR_WINHTTP_REDIRECT_FAILED", u"The redirect could not be followed" },
    { 12157, u"ERROR_WINHTTP_SECURE_CHANNEL_ERROR", u"No usable secure protocol" },
    { 12169, u"ERROR_WINHTTP_SECURE_INVALID_CERT", u"The certificate is invalid" },
    { 12170, u"ERROR_WINHTTP_SECURE_CERT_REVOKED", u"The certificate was revoked" },
    { 12175, u"ERROR_WINHTTP_SECURE_FAILURE", u"A security error occurred" },
    { 12179, u"ERROR_WINHTTP_SECURE_CERT_WRONG_USAGE", u"Certificate not valid for this use" },
    { 12181, u"ERROR_WINHTTP_HEADER_COUNT_EXCEEDED", u"Too many response headers" },
    { 12182, u"ERROR_WINHTTP_HEADER_SIZE_OVERFLOW", u"Response headers too large" },
    { 12183, u"ERROR_WINHTTP_CHUNKED_ENCODING_HEADER_SIZE_OVERFLOW", u"Chunk header too large" },
    { 12184, u"ERROR_WINHTTP_RESPONSE_DRAIN_OVERFLOW", u"Response exceeded an internal limit" },
};

} // namespace

int HResult::winHttpError() const
{
    const auto code = quint32(m_code);
    if ((code & 0xFFFF0000u) != 0x80070000u || m_code == InvalidArg)
        return 0;
    return int(code & 0xFFFFu);
}

QString HResult::hex() const
{
    return "0x"_L1 + QString::number(quint32(m_code), 16).toUpper().rightJustified(8, u'0');
}

QString HResult::description() const
{
    switch (m_code) {
    case Ok:
        return u"Success"_s;
    case InvalidArg:
        return u"Invalid argument"_s;
    case Pending:
        return u"The data is not available yet"_s;
    default:
        break;
    }
    if (const int number = winHttpError()) {
        for (const ErrorText &entry : errorTexts) {
            if (entry.number == number)
                return QString::fromUtf16(entry.text);
        }
        return u"WinHTTP error %1"_s.arg(number);
    }
    return u"Error %1"_s.arg(hex());
}

QString hresultName(HResult result)
{
    switch (result.code()) {
    case HResult::Ok:
        return u"S_OK"_s;
    case HResult::InvalidArg:
        return u"E_INVALIDARG"_s;
    case HResult::Pending:
        return u"E_PENDING"_s;
    default:
        break;
    }
    if (const int number = result.winHttpError()) {
        for (const ErrorText &entry : errorTexts) {
            if (entry.number == number)
                return QString::fromUtf16(entry.name);
        }
    }
    return result.hex();
}

} // namespace Reqscope
