// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace Reqscope {

/*!
 * SetClientCertificate / option 5 (spec §3.11): finds the certificate and key a selector names. A selector
 * with `/` is a file (PEM with the key inside or beside it as `<base name>.key`, or PKCS#12 `.p12`/`.pfx`);
 * otherwise it is WinHTTP's `[LOCATION\][STORE\]Subject`, resolved in `<storeRoot>/certs/<STORE>/`. Encrypted
 * keys and PKCS#12 files open with \a password. Anything unreadable, or a wrong password, is no match.
 *
 * \code
 * const auto identity = ClientCertificateSelector::select(u"CURRENT_USER\\MY\\Test Client"_s, "secret",
 *     QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
 * if (identity) { config.setLocalCertificate(identity->certificate); config.setPrivateKey(identity->key); }
 * \endcode
 */
class ClientCertificateSelector
{
public:
    struct Identity
    {
        QSslCertificate certificate;
        QSslKey key;
        QList<QSslCertificate> chain; // further certificates of the file
    };

    [[nodiscard]] static std::optional<Identity> select(
        const QString &selector, const QByteArray &password, const QString &storeRoot);
    [[nodiscard]] static std::optional<Identity> fromFile(const QString &path, const QByteArray &password);
};

} // namespace Reqscope
