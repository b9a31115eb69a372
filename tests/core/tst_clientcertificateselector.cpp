// SPDX-License-Identifier: MIT
#include "clientcertificateselector.h"
#include "peers.h"
#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::ClientCertificateSelector;
using Reqscope::Test::Peers;
using Reqscope::Test::TestCertificates;

class tst_ClientCertificateSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fromFile_data();
    void fromFile();
    void store_data();
    void store();

private:
    QTemporaryDir m_root;
};

void tst_ClientCertificateSelector::initTestCase()
{
    QVERIFY2(Peers::certificates().isValid(), qPrintable(Peers::certificates().problem()));
    QVERIFY(m_root.isValid());
    // A per-user store: MY holds the bundle; OTHER the PKCS#12 file.
    QVERIFY(QDir(m_root.path()).mkpath(u"certs/MY"_s));
    QVERIFY(QDir(m_root.path()).mkpath(u"certs/OTHER"_s));
    QVERIFY(
        QFile::copy(Peers::certificates().path(TestCertificates::ClientBundle), m_root.filePath(u"certs/MY/b.pem"_s)));
    QVERIFY(QFile::copy(
        Peers::certificates().path(TestCertificates::ClientPkcs12), m_root.filePath(u"certs/OTHER/a.p12"_s)));
    QVERIFY(
        QFile::copy(Peers::certificates().path(TestCertificates::CaCertificate), m_root.filePath(u"ca-only.pem"_s)));
}

void tst_ClientCertificateSelector::fromFile_data()
{
    QTest::addColumn<int>("file");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("found");
    const QByteArray secret = TestCertificates::password();
    QTest::newRow("bundle") << int(TestCertificates::ClientBundle) << QByteArray() << true;
    QTest::newRow("key beside") << int(TestCertificates::ClientCertificate) << QByteArray() << true;
    QTest::newRow("encrypted bundle") << int(TestCertificates::ClientEncryptedBundle) << secret << true;
    QTest::newRow("encrypted bundle, no password")
        << int(TestCertificates::ClientEncryptedBundle) << QByteArray() << false;
    QTest::newRow("PKCS#12") << int(TestCertificates::ClientPkcs12) << secret << true;
    QTest::newRow("PKCS#12, wrong password") << int(TestCertificates::ClientPkcs12) << "wrong"_ba << false;
    QTest::newRow("certificate without a key") << -1 << QByteArray() << false; // a copy of ca.pem, alone
}

void tst_ClientCertificateSelector::fromFile()
{
    QFETCH(int, file);
    QFETCH(QByteArray, password);
    QFETCH(bool, found);
    const QString path
        = file < 0 ? m_root.filePath(u"ca-only.pem"_s) : Peers::certificates().path(TestCertificates::File(file));
    const auto identity = ClientCertificateSelector::select(path, password, m_root.path());
    QCOMPARE(identity.has_value(), found);
    if (identity) {
        QCOMPARE(identity->certificate, Peers::certificates().clientCertificate());
        QVERIFY(!identity->key.isNull());
    }
}

void tst_ClientCertificateSelector::store_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<bool>("found");
    QTest::newRow("subject only") << u"test client"_s << true;
    QTest::newRow("empty: first in MY") << u""_s << true;
    QTest::newRow("CURRENT_USER\\MY\\") << u"CURRENT_USER\\MY\\"_s << true;
    QTest::newRow("LOCAL_MACHINE\\subject") << u"LOCAL_MACHINE\\Reqscope"_s << true;
    QTest::newRow("CN= in the subject line") << u"CN=Reqscope Test Client"_s << true;
    QTest::newRow("other store, needs its password") << u"CURRENT_USER\\OTHER\\"_s << false;
    QTest::newRow("no such subject") << u"nobody"_s << false;
    QTest::newRow("location is case-sensitive") << u"current_user\\MY\\"_s << false;
    QTest::newRow("store without location") << u"MY\\Reqscope"_s << false;
    QTest::newRow("no such store") << u"CURRENT_USER\\NONE\\"_s << false;
}

void tst_ClientCertificateSelector::store()
{
    QFETCH(QString, selector);
    QFETCH(bool, found);
    QCOMPARE(ClientCertificateSelector::select(selector, QByteArray(), m_root.path()).has_value(), found);
}

QTEST_GUILESS_MAIN(tst_ClientCertificateSelector)
#include "tst_clientcertificateselector.moc"
