// SPDX-License-Identifier: MIT
#include "clientcertificateselector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSslKey pemKey(const QByteArray &pem, const QByteArray &password)
{
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        const QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, password);
        if (!key.isNull())
            return key;
    }
    return QSslKey();
}

/// "CN=…, O=…" as far as the certificate names them, for substring matching.
QString subjectLine(const QSslCertificate &certificate)
{
    QStringList parts;
    for (const QByteArray &attribute : certificate.subjectInfoAttributes()) {
        for (const QString &value : certificate.subjectInfo(attribute))
            parts.append(QString::fromLatin1(attribute) + u'=' + value);
    }
    return parts.join(u", "_s);
}

bool subjectMatches(const QSslCertificate &certificate, const QString &subject)
{
    if (subject.isEmpty())
        return true;
    const QString commonName = certificate.subjectInfo(QSslCertificate::CommonName).join(u' ');
    return commonName.contains(subject, Qt::CaseInsensitive)
        || subjectLine(certificate).contains(subject, Qt::CaseInsensitive);
}

} // namespace

std::optional<ClientCertificateSelector::Identity> ClientCertificateSelector::fromFile(
    const QString &path, const QByteArray &password)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    Identity identity;
    if (suffix == u"p12" || suffix == u"pfx") {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)
            || !QSslCertificate::importPkcs12(&file, &identity.key, &identity.certificate, &identity.chain, password))
            return std::nullopt;
        return identity;
    }
    const QByteArray pem = readAll(path);
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        return std::nullopt;
    identity.certificate = certificates.first();
    identity.chain = certificates.mid(1);
    identity.key = pemKey(pem, password);
    if (identity.key.isNull()) // the key beside the certificate
        identity.key = pemKey(readAll(info.path() + u'/' + info.completeBaseName() + u".key"_s), password);
    if (identity.key.isNull())
        return std::nullopt;
    return identity;
}

std::optional<ClientCertificateSelector::Identity> ClientCertificateSelector::select(
    const QString &selector, const QByteArray &password, const QString &storeRoot)
{
    if (selector.contains(u'/'))
        return fromFile(selector, password);

    // [LOCATION\][STORE\]Subject; STORE only after a LOCATION; both locations share the per-user folder.
    QStringList parts = selector.split(u'\\');
    QString store = u"MY"_s;
    const auto isLocation = [](const QString &part) {
        return part == u"CURRENT_USER" || part == u"LOCAL_MACHINE";
    };
    if (parts.size() > 3)
        return std::nullopt;
    if (parts.size() >= 2) {
        if (!isLocation(parts.first()))
            return std::nullopt;
        parts.removeFirst();
        if (parts.size() == 2)
            store = parts.takeFirst();
    }
    const QString subject = parts.constFirst();
    const QDir directory(storeRoot + u"/certs/"_s + store);
    const QStringList files = directory.entryList(
        { u"*.pem"_s, u"*.p12"_s, u"*.pfx"_s, u"*.crt"_s }, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : files) {
        const std::optional<Identity> identity = fromFile(directory.filePath(name), password);
        if (identity && subjectMatches(identity->certificate, subject))
            return identity;
    }
    return std::nullopt;
}

} // namespace Reqscope
