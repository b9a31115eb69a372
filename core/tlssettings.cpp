// SPDX-License-Identifier: MIT
#include "tlssettings.h"

#include "httprequest.h"
#include "optionstore.h"

#include <QFile>
#include <QSslCertificate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

constexpr int tls10 = 0x80;
constexpr int tls11 = 0x200;
constexpr int tls12 = 0x800;
constexpr int tls13 = 0x2000;

} // namespace

int TlsSettings::ignoreFlagOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::UnableToVerifyFirstCertificate:
        return 0x0100;
    case QSslError::InvalidPurpose:
        return 0x0200;
    case QSslError::HostNameMismatch:
        return 0x1000;
    case QSslError::CertificateNotYetValid:
    case QSslError::CertificateExpired:
    case QSslError::InvalidNotBeforeField:
    case QSslError::InvalidNotAfterField:
        return 0x2000;
    default:
        return 0;
    }
}

bool TlsSettings::allIgnorable(const QList<QSslError> &errors, int flags)
{
    return !errors.isEmpty() && std::all_of(errors.cbegin(), errors.cend(), [flags](const QSslError &error) {
        const int bit = ignoreFlagOf(error.error());
        return bit != 0 && (flags & bit) == bit;
    });
}

std::optional<QSslConfiguration> TlsSettings::configuration(const OptionStore &options)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const int bits = options.intValue(HttpRequest::SecureProtocols);
    // Lowest enabled version = minimum, highest = maximum; gaps are not honoured (spec §4, option 9).
    // TLS 1.0 and 1.1 are deprecated in Qt 6 but still requestable; OpenSSL's security level may refuse them.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    if (bits & tls10)
        config.setProtocol(QSsl::TlsV1_0OrLater);
    else if (bits & tls11)
        config.setProtocol(QSsl::TlsV1_1OrLater);
    else if (bits & tls12)
        config.setProtocol(QSsl::TlsV1_2OrLater);
    else
        config.setProtocol(QSsl::TlsV1_3OrLater);
    QT_WARNING_POP
    const char *maximum = (bits & tls13) ? nullptr : (bits & tls12) ? "TLSv1.2" : (bits & tls11) ? "TLSv1.1" : "TLSv1";
    if (maximum)
        config.setBackendConfigurationOption("MaxProtocol"_ba, QByteArray(maximum));

    const QString caFile = options.stringValue(HttpRequest::ExtraCaCertificates);
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QList<QSslCertificate> extra = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (extra.isEmpty())
            return std::nullopt;
        config.addCaCertificates(extra);
    }
    config.setOcspStaplingEnabled(options.boolValue(HttpRequest::EnableCertificateRevocationCheck));
    return config;
}

QString TlsSettings::connectionKey(const OptionStore &options)
{
    return u"%1|%2|%3|%4"_s.arg(options.intValue(HttpRequest::SecureProtocols))
        .arg(options.stringValue(HttpRequest::ExtraCaCertificates))
        .arg(options.boolValue(HttpRequest::EnableCertificateRevocationCheck))
        .arg(options.stringValue(HttpRequest::SelectCertificate));
}

} // namespace Reqscope
