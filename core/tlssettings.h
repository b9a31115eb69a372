// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <optional>

namespace Reqscope {

class OptionStore;

/*!
 * The TLS side of the options (spec §4, §5, §8 note 7): the QSslConfiguration of one request from option 9
 * (protocol range), 1001 (extra CA file) and 18 (OCSP stapling), and which certificate errors option 4 lets
 * through. A configuration that cannot be built (extra CA file unreadable or without a certificate) is nullopt:
 * the request fails with 0x80072F8F.
 *
 * \code
 * const std::optional<QSslConfiguration> tls = TlsSettings::configuration(options);
 * if (!tls)
 *     fail(HResult::fromWinHttp(WinHttpError::SecureFailure));
 * // in sslErrors: if (TlsSettings::allIgnorable(errors, options.intValue(4))) reply->ignoreSslErrors(errors);
 * \endcode
 */
class TlsSettings
{
public:
    [[nodiscard]] static std::optional<QSslConfiguration> configuration(const OptionStore &options);
    /// True when option 4's \a flags cover every error in \a errors (and there is at least one).
    static bool allIgnorable(const QList<QSslError> &errors, int flags);
    /// The option 4 bit that covers \a error, or 0 when no bit can ignore it.
    static int ignoreFlagOf(QSslError::SslError error);
    /// A key that changes whenever the options that shape a TLS connection change (connection reuse).
    static QString connectionKey(const OptionStore &options);
};

} // namespace Reqscope
