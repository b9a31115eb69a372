// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

namespace Reqscope {

/*!
 * The result of every HttpRequest method: an HRESULT as WinHttp.WinHttpRequest.5.1 returns it.
 * WinHTTP error e becomes 0x80070000 | e; descriptions come from one table (spec §7.1) so the UI, the CLI
 * and the tests agree on the wording.
 *
 * \code
 * const HResult r = request.status(code);
 * if (!r.ok())
 *     qWarning() << r.hex() << r.description();
 * \endcode
 */
class HResult
{
public:
    enum : qint32 {
        Ok = 0,
        InvalidArg = qint32(0x80070057),
        Pending = qint32(0x8000000A),
    };

    constexpr HResult() = default;
    constexpr HResult(qint32 code) // NOLINT(google-explicit-constructor): results read like numbers
        : m_code(code)
    {
    }
    static constexpr HResult fromWinHttp(int winHttpError)
    {
        return HResult(qint32(0x80070000u | quint32(winHttpError)));
    }

    constexpr qint32 code() const
    {
        return m_code;
    }
    constexpr bool ok() const
    {
        return m_code == Ok;
    }
    /// The WinHTTP error number (12xxx) for 0x8007xxxx failures other than E_INVALIDARG, else 0.
    int winHttpError() const;
    /// "0x80072EE2": always 8 upper-case hex digits.
    QString hex() const;
    /// The exact description text of spec §7.1 ("Success" for S_OK).
    QString description() const;

    constexpr operator qint32() const // NOLINT(google-explicit-constructor)
    {
        return m_code;
    }

private:
    qint32 m_code = Ok;
};

/// WinHTTP error numbers (ERROR_WINHTTP_*), spec §7.1.
namespace WinHttpError {
enum : int {
    Timeout = 12002,
    InternalError = 12004,
    InvalidUrl = 12005,
    UnrecognizedScheme = 12006,
    NameNotResolved = 12007,
    InvalidOption = 12009,
    OptionNotSettable = 12011,
    Shutdown = 12012,
    LoginFailure = 12015,
    OperationCancelled = 12017,
    IncorrectHandleType = 12018,
    IncorrectHandleState = 12019,
    CannotConnect = 12029,
    ConnectionError = 12030,
    ResendRequest = 12032,
    SecureCertDateInvalid = 12037,
    SecureCertCnInvalid = 12038,
    ClientAuthCertNeeded = 12044,
    SecureInvalidCa = 12045,
    SecureCertRevFailed = 12057,
    CannotCallBeforeOpen = 12100,
    CannotCallBeforeSend = 12101,
    CannotCallAfterSend = 12102,
    CannotCallAfterOpen = 12103,
    HeaderNotFound = 12150,
    InvalidServerResponse = 12152,
    RedirectFailed = 12156,
    SecureChannelError = 12157,
    SecureInvalidCert = 12169,
    SecureCertRevoked = 12170,
    SecureFailure = 12175,
    SecureCertWrongUsage = 12179,
    HeaderCountExceeded = 12181,
    HeaderSizeOverflow = 12182,
    ChunkedEncodingHeaderSizeOverflow = 12183,
    ResponseDrainOverflow = 12184,
};
} // namespace WinHttpError

} // namespace Reqscope
