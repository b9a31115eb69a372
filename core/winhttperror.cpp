// SPDX-License-Identifier: MIT
#include "winhttperror.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

struct ErrorText
{
    int number;
    const char16_t *text;
};

// Spec §7.1: the Meaning column, verbatim. These strings are a contract (CLI output, OnError), not UI text,
// so they are deliberately not translated.
constexpr ErrorText errorTexts[] = {
    { 12002, u"The operation timed out" },
    { 12004, u"An internal error occurred" },
    { 12005, u"The URL is invalid" },
    { 12006, u"The URL does not use a recognized protocol" },
    { 12007, u"The server name or address could not be resolved" },
    { 12009, u"Unknown option" },
    { 12011, u"The option is read-only" },
    { 12012, u"The HTTP service is shutting down" },
    { 12015, u"Login failed" },
    { 12017, u"The operation has been canceled" },
    { 12018, u"Wrong handle type" },
    { 12019, u"Handle in the wrong state" },
    { 12029, u"A connection with the server could not be established" },
    { 12030, u"The connection with the server was terminated abnormally" },
    { 12032, u"The request must be sent again" },
    { 12037, u"Certificate expired or not yet valid" },
    { 12038, u"Certificate name does not match the host" },
    { 12044, u"The server requires a client certificate" },
    { 12045, u"Certificate issuer is not trusted" },
    { 12057, u"Revocation status could not be checked" },
    { 12100, u"Call Open first" },
    { 12101, u"Call Send first" },
    { 12102, u"Not allowed after Send" },
    { 12103, u"Not allowed after Open" },
    { 12150, u"The requested header was not found" },
    { 12152, u"The server returned an invalid or unrecognized response" },
    { 12156, u"The redirect could not be followed" },
    { 12157, u"No usable secure protocol" },
    { 12169, u"The certificate is invalid" },
    { 12170, u"The certificate was revoked" },
    { 12175, u"A security error occurred" },
    { 12179, u"Certificate not valid for this use" },
    { 12181, u"Too many response headers" },
    { 12182, u"Response headers too large" },
    { 12183, u"Chunk header too large" },
    { 12184, u"Response exceeded an internal limit" },
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

} // namespace Reqscope
