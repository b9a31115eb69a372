// SPDX-License-Identifier: MIT
#include "transporterror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::HResult;
using Reqscope::TransportError;
using NE = QNetworkReply::NetworkError;
namespace E = Reqscope::WinHttpError;

Q_DECLARE_METATYPE(Reqscope::TransportError::Cancel)

class tst_TransportError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void map_data();
    void map();
    void clientCertificate_data();
    void clientCertificate();
};

void tst_TransportError::map_data()
{
    QTest::addColumn<NE>("error");
    QTest::addColumn<bool>("headers");
    QTest::addColumn<bool>("hasStatus");
    QTest::addColumn<bool>("redirected");
    QTest::addColumn<TransportError::Cancel>("cancel");
    QTest::addColumn<int>("winHttp"); // 0: not a failure

    using C = TransportError::Cancel;
    QTest::newRow("no error") << NE::NoError << true << true << false << C::None << 0;
    QTest::newRow("404") << NE::ContentNotFoundError << true << true << false << C::None << 0;
    QTest::newRow("401") << NE::AuthenticationRequiredError << true << true << false << C::None << 0;
    QTest::newRow("400") << NE::ProtocolInvalidOperationError << true << true << false << C::None << 0;
    QTest::newRow("407 with response") << NE::ProxyAuthenticationRequiredError << true << true << false << C::None << 0;
    QTest::newRow("500") << NE::InternalServerError << true << true << false << C::None << 0;
    QTest::newRow("503") << NE::ServiceUnavailableError << true << true << false << C::None << 0;
    QTest::newRow("409") << NE::ContentConflictError << true << true << false << C::None << 0;
    QTest::newRow("status error without status")
        << NE::ContentNotFoundError << false << false << false << C::None << int(E::InvalidServerResponse);
    QTest::newRow("refused") << NE::ConnectionRefusedError << false << false << false << C::None
                             << int(E::CannotConnect);
    QTest::newRow("proxy refused") << NE::ProxyConnectionRefusedError << false << false << false << C::None
                                   << int(E::CannotConnect);
    QTest::newRow("closed before headers")
        << NE::RemoteHostClosedError << false << false << false << C::None << int(E::InvalidServerResponse);
    QTest::newRow("closed after headers")
        << NE::RemoteHostClosedError << true << true << false << C::None << int(E::ConnectionError);
    QTest::newRow("host not found") << NE::HostNotFoundError << false << false << false << C::None
                                    << int(E::NameNotResolved);
    QTest::newRow("proxy not found") << NE::ProxyNotFoundError << false << false << false << C::None
                                     << int(E::NameNotResolved);
    QTest::newRow("timeout") << NE::TimeoutError << false << false << false << C::None << int(E::Timeout);
    QTest::newRow("proxy timeout") << NE::ProxyTimeoutError << false << false << false << C::None << int(E::Timeout);
    QTest::newRow("cancel by user") << NE::OperationCanceledError << false << false << false << C::User
                                    << int(E::OperationCancelled);
    QTest::newRow("cancel by timer") << NE::OperationCanceledError << true << true << false << C::Timeout
                                     << int(E::Timeout);
    QTest::newRow("cancel by header limit")
        << NE::OperationCanceledError << false << true << false << C::HeaderLimit << int(E::InvalidServerResponse);
    QTest::newRow("TLS") << NE::SslHandshakeFailedError << false << false << false << C::None << int(E::SecureFailure);
    QTest::newRow("temporary failure") << NE::TemporaryNetworkFailureError << false << false << false << C::None
                                       << int(E::CannotConnect);
    QTest::newRow("session failed") << NE::NetworkSessionFailedError << false << false << false << C::None
                                    << int(E::CannotConnect);
    QTest::newRow("too many redirects") << NE::TooManyRedirectsError << false << false << true << C::None
                                        << int(E::RedirectFailed);
    QTest::newRow("insecure redirect") << NE::InsecureRedirectError << false << false << true << C::None
                                       << int(E::RedirectFailed);
    QTest::newRow("unknown protocol") << NE::ProtocolUnknownError << false << false << false << C::None
                                      << int(E::UnrecognizedScheme);
    QTest::newRow("unknown protocol on a hop")
        << NE::ProtocolUnknownError << false << false << true << C::None << int(E::RedirectFailed);
    QTest::newRow("protocol failure") << NE::ProtocolFailure << false << false << false << C::None
                                      << int(E::InvalidServerResponse);
    QTest::newRow("proxy closed") << NE::ProxyConnectionClosedError << false << false << false << C::None
                                  << int(E::ConnectionError);
    QTest::newRow("re-send") << NE::ContentReSendError << true << true << false << C::None << int(E::ConnectionError);
    QTest::newRow("unknown network") << NE::UnknownNetworkError << false << false << false << C::None
                                     << int(E::ConnectionError);
    QTest::newRow("unknown proxy") << NE::UnknownProxyError << false << false << false << C::None
                                   << int(E::ConnectionError);
}

void tst_TransportError::map()
{
    QFETCH(NE, error);
    QFETCH(bool, headers);
    QFETCH(bool, hasStatus);
    QFETCH(bool, redirected);
    QFETCH(TransportError::Cancel, cancel);
    QFETCH(int, winHttp);

    TransportError::Context context;
    context.headersReceived = headers;
    context.hasStatus = hasStatus;
    context.redirected = redirected;
    context.cancel = cancel;
    const std::optional<HResult> result = TransportError::map(error, context);
    QCOMPARE(result.has_value(), winHttp != 0);
    if (result)
        QCOMPARE(result->hex(), HResult::fromWinHttp(winHttp).hex());
}

void tst_TransportError::clientCertificate_data()
{
    QTest::addColumn<NE>("error");
    QTest::addColumn<QString>("qtErrorString"); // as Qt 6.4 with OpenSSL 3 words it
    QTest::addColumn<int>("winHttp");

    // openssl s_server -Verify 1: TLS 1.3 reports the alert when reading the response, TLS 1.2 in the handshake.
    QTest::newRow("TLS 1.3 certificate_required")
        << NE::UnknownNetworkError
        << u"Error while reading: error:0A00045C:SSL routines::tlsv13 alert certificate required"_s
        << int(E::ClientAuthCertNeeded);
    QTest::newRow("OpenSSL 1.1 wording") << NE::SslHandshakeFailedError
                                         << u"error:1409445C:SSL routines:ssl3_read_bytes:tlsv13 alert "
                                            u"certificate required"_s
                                         << int(E::ClientAuthCertNeeded);
    QTest::newRow("TLS 1.2 handshake_failure: ambiguous")
        << NE::SslHandshakeFailedError
        << u"SSL handshake failed: Error during SSL handshake: error:0A000410:SSL routines::sslv3 "
           u"alert handshake failure"_s
        << int(E::SecureFailure);
    QTest::newRow("unknown CA") << NE::SslHandshakeFailedError
                                << u"The issuer certificate of a locally looked up certificate could "
                                   u"not be found"_s
                                << int(E::SecureFailure);
    QTest::newRow("other read error") << NE::UnknownNetworkError
                                      << u"Error while reading: error:0A000126:SSL routines::unexpected "
                                         u"eof while reading"_s
                                      << int(E::ConnectionError);
}

void tst_TransportError::clientCertificate()
{
    QFETCH(NE, error);
    QFETCH(QString, qtErrorString);
    QFETCH(int, winHttp);

    TransportError::Context context;
    context.clientCertificateDemanded = TransportError::demandsClientCertificate(qtErrorString);
    const std::optional<HResult> result = TransportError::map(error, context);
    QVERIFY(result);
    QCOMPARE(result->hex(), HResult::fromWinHttp(winHttp).hex());
}

QTEST_GUILESS_MAIN(tst_TransportError)
#include "tst_transporterror.moc"
