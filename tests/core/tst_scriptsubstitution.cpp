// SPDX-License-Identifier: MIT
#include "scriptsubstitution.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::ScriptSubstitution;

class tst_ScriptSubstitution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void json_data();
    void json();

private:
    const ScriptSubstitution m_vars { { { u"BASE"_s, u"http://127.0.0.1:8080"_s },
        { u"EMPTY"_s, QString() },
        { u"SELF"_s, u"${BASE}"_s },
        { u"a b"_s, u"spaced"_s } } };
};

void tst_ScriptSubstitution::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("result"); // null: error
    QTest::addColumn<QString>("message");

    QTest::newRow("plain") << u"GET"_s << u"GET"_s << QString();
    QTest::newRow("whole") << u"${BASE}"_s << u"http://127.0.0.1:8080"_s << QString();
    QTest::newRow("inside") << u"${BASE}/drip?n=${EMPTY}1"_s << u"http://127.0.0.1:8080/drip?n=1"_s << QString();
    QTest::newRow("twice") << u"${EMPTY}${EMPTY}x"_s << u"x"_s << QString();
    QTest::newRow("not-rescanned") << u"${SELF}"_s << u"${BASE}"_s << QString();
    QTest::newRow("dollar-alone") << u"$5 and $BASE"_s << u"$5 and $BASE"_s << QString();
    QTest::newRow("any-name") << u"${a b}"_s << u"spaced"_s << QString();
    QTest::newRow("empty-string") << u""_s << u""_s << QString();
    QTest::newRow("undefined") << u"${BASE}/${URL}"_s << QString()
                               << u"undefined variable ${URL} (pass --var URL=VALUE)"_s;
    QTest::newRow("case-sensitive") << u"${base}"_s << QString()
                                    << u"undefined variable ${base} (pass --var base=VALUE)"_s;
    QTest::newRow("unterminated") << u"x${BASE"_s << QString() << u"unterminated ${ in \"x${BASE\""_s;
}

void tst_ScriptSubstitution::text()
{
    QFETCH(QString, text);
    QFETCH(QString, result);
    QString message;
    const std::optional<QString> substituted = m_vars.apply(text, &message);
    QCOMPARE(substituted.has_value(), !result.isNull());
    if (substituted)
        QCOMPARE(*substituted, result);
    QTEST(message, "message");
}

void tst_ScriptSubstitution::json_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output"); // empty: error
    QTest::addColumn<QString>("path");

    QTest::newRow("array") << R"(["GET","${BASE}/get",true,null,1])"_ba
                           << R"(["GET","http://127.0.0.1:8080/get",true,null,1])"_ba << u"$.args"_s;
    QTest::newRow("nested-object") << R"([{"base64":"${EMPTY}"}])"_ba
                                   << R"([{"base64":""}])"_ba << u"$.args"_s;
    QTest::newRow("keys-untouched") << R"([{"${BASE}":1}])"_ba
                                    << R"([{"${BASE}":1}])"_ba << u"$.args"_s;
    QTest::newRow("error-path") << R"(["GET",["x","${NOPE}"]])"_ba << QByteArray() << u"$.args[1][1]"_s;
    QTest::newRow("error-in-object") << R"([{"base64":"${NOPE}"}])"_ba << QByteArray() << u"$.args[0].base64"_s;
}

void tst_ScriptSubstitution::json()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    QString path = u"$.args"_s;
    QString message;
    const std::optional<QJsonValue> result = m_vars.apply(QJsonDocument::fromJson(input).array(), &path, &message);
    QCOMPARE(result.has_value(), !output.isEmpty());
    if (result)
        QCOMPARE(QJsonDocument(result->toArray()).toJson(QJsonDocument::Compact), output);
    else
        QCOMPARE(message, u"undefined variable ${NOPE} (pass --var NOPE=VALUE)"_s);
    QTEST(path, "path");
}

QTEST_GUILESS_MAIN(tst_ScriptSubstitution)
#include "tst_scriptsubstitution.moc"
