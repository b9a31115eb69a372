// SPDX-License-Identifier: MIT
#include "opensslserverpeer.h"

#include "testcertificates.h"

using namespace Qt::StringLiterals;

namespace Reqscope::Test {

OpenSslServerPeer::OpenSslServerPeer(const TestCertificates &certificates, Version version, QObject *parent)
    : LoopbackPeer(u"openssl s_server"_s, { u"/usr/bin/openssl"_s }, u"openssl"_s, parent)
    , m_certificates(certificates)
    , m_version(version)
{
    start(1);
}

QUrl OpenSslServerPeer::url() const
{
    return loopbackUrl(u"https"_s, m_port, u"/"_s);
}

bool OpenSslServerPeer::configure(const QList<quint16> &ports, QString *)
{
    m_port = ports.at(0); // everything else is on the command line
    return true;
}

QStringList OpenSslServerPeer::arguments() const
{
    // -Verify (upper case) makes a missing client certificate fatal; -verify would only ask for one.
    return { u"s_server"_s,
        u"-accept"_s,
        u"127.0.0.1:%1"_s.arg(m_port),
        u"-cert"_s,
        m_certificates.path(TestCertificates::ServerCertificate),
        u"-key"_s,
        m_certificates.path(TestCertificates::ServerKey),
        u"-CAfile"_s,
        m_certificates.path(TestCertificates::CaCertificate),
        u"-Verify"_s,
        u"1"_s,
        m_version == Tls12 ? u"-tls1_2"_s : u"-tls1_3"_s,
        u"-www"_s,
        u"-quiet"_s };
}

} // namespace Reqscope::Test
