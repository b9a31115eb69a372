// SPDX-License-Identifier: MIT
#include "secretfield.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_SecretField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretText_data();
    void secretText();
    void secretHeader_data();
    void secretHeader();
};

void tst_SecretField::secretText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("secret");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("typed") << u"hunter2"_s << true;
    QTest::newRow("reference") << u"{{pw}}"_s << false;
    QTest::newRow("two references") << u"{{user}}{{pw}}"_s << false;
    QTest::newRow("reference and text") << u"x{{pw}}"_s << true;
}

void tst_SecretField::secretText()
{
    QFETCH(QString, value);
    QTEST(SecretField::isSecretText(value), "secret");
}

void tst_SecretField::secretHeader_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("secret");
    QTest::newRow("bearer") << u"Authorization"_s << u"Bearer abc"_s << true;
    QTest::newRow("lower-case name") << u"authorization"_s << u"Basic dXNlcjpwdw=="_s << true;
    QTest::newRow("api key") << u"X-Api-Key"_s << u"k-123"_s << true;
    QTest::newRow("auth token") << u"X-Auth-Token"_s << u"t"_s << true;
    QTest::newRow("cookie") << u"Cookie"_s << u"sid=1"_s << true;
    QTest::newRow("proxy") << u"Proxy-Authorization"_s << u"Basic eA=="_s << true;
    QTest::newRow("scheme and reference") << u"Authorization"_s << u"Bearer {{token}}"_s << false;
    QTest::newRow("only reference") << u"X-Api-Key"_s << u"{{apiKey}}"_s << false;
    QTest::newRow("reference and text") << u"Cookie"_s << u"sid={{sid}}; theme=dark"_s << true;
    QTest::newRow("empty") << u"Authorization"_s << QString() << false;
    QTest::newRow("ordinary header") << u"Accept"_s << u"application/json"_s << false;
}

void tst_SecretField::secretHeader()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QTEST(SecretField::isSecretHeader({ name, value }), "secret");
}

QTEST_GUILESS_MAIN(tst_SecretField)
#include "tst_secretfield.moc"
