// SPDX-License-Identifier: MIT
#include "scripterror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::ScriptError;

class tst_ScriptError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toString_data();
    void toString();
};

void tst_ScriptError::toString_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("text");

    QTest::newRow("full") << u"3"_s << u"$.args[1]"_s << u"expected a string or null"_s
                          << u"step 3: $.args[1]: expected a string or null"_s;
    QTest::newRow("nested") << u"2.0"_s << u"$"_s << u"expected a step object"_s
                            << u"step 2.0: $: expected a step object"_s;
    QTest::newRow("root") << QString() << u"$"_s << u"expected an array"_s << u"$: expected an array"_s;
    QTest::newRow("syntax") << QString() << QString() << u"line 1, column 2: illegal value"_s
                            << u"line 1, column 2: illegal value"_s;
}

void tst_ScriptError::toString()
{
    QFETCH(QString, step);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const ScriptError error { step, path, message };
    QTEST(error.toString(), "text");
}

QTEST_GUILESS_MAIN(tst_ScriptError)
#include "tst_scripterror.moc"
