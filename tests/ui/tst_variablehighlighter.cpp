// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "reddishpixels.h"
#include "requestbar.h"
#include "variablecontext.h"
#include "variablehighlighter.h"

#include <QImage>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_VariableHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void spans_data();
    void spans();
    void unresolvedIsDrawnRed_data();
    void unresolvedIsDrawnRed();
    void followsTheContext();
    void windowUrlField();
};

namespace {
VariableList globals()
{
    return { { u"host"_s, u"127.0.0.1:8080"_s },
        { u"token"_s, u"tok-123456"_s, true, true },
        { u"nested"_s, u"{{missing}}/x"_s },
        { u"off"_s, u"never"_s, false, false } };
}
} // namespace

void tst_VariableHighlighter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_VariableHighlighter::spans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("resolved"); // one letter per reference: y resolved, n not
    QTest::addColumn<QString>("toolTip"); // of the first reference, a substring
    QTest::addColumn<QString>("notInToolTip");

    QTest::newRow("none") << u"http://127.0.0.1/"_s << QString() << QString() << QString();
    QTest::newRow("resolved") << u"http://{{host}}/get"_s << u"y"_s << u"127.0.0.1:8080"_s << QString();
    QTest::newRow("unresolved") << u"http://{{nope}}/get"_s << u"n"_s << u"{{nope}} is not defined"_s << QString();
    QTest::newRow("both") << u"{{host}}/{{nope}}"_s << u"yn"_s << u"{{host}} ="_s << QString();
    QTest::newRow("spaces inside") << u"{{ host }}"_s << u"y"_s << u"127.0.0.1"_s << QString();
    QTest::newRow("secret masked") << u"Bearer {{token}}"_s << u"y"_s << u"secret"_s << u"tok-123456"_s;
    QTest::newRow("value uses an unknown") << u"{{nested}}"_s << u"n"_s << u"{{missing}}"_s << QString();
    QTest::newRow("disabled is unknown") << u"{{off}}"_s << u"n"_s << u"not defined"_s << u"never"_s;
}

void tst_VariableHighlighter::spans()
{
    QFETCH(QString, text);
    QFETCH(QString, resolved);
    QFETCH(QString, toolTip);
    QFETCH(QString, notInToolTip);
    VariableContext context;
    context.setGlobals(globals());
    QLineEdit field;
    VariableHighlighter highlighter(&field, &context);
    field.setText(text);
    const QList<VariableHighlighter::Span> spans = highlighter.spans();
    QString flags;
    for (const VariableHighlighter::Span &span : spans)
        flags += span.resolved ? u'y' : u'n';
    QCOMPARE(flags, resolved);
    if (spans.isEmpty())
        return;
    const VariableHighlighter::Span &first = spans.constFirst();
    QCOMPARE(text.mid(first.start, 2), u"{{"_s);
    QCOMPARE(text.mid(first.start + first.length - 2, 2), u"}}"_s);
    const QString tip = highlighter.toolTipAt(first.start + 2);
    QVERIFY2(tip.contains(toolTip), qPrintable(tip));
    if (!notInToolTip.isEmpty())
        QVERIFY2(!tip.contains(notInToolTip), qPrintable(tip));
    QCOMPARE(highlighter.toolTipAt(first.start + first.length), QString()); // just past the braces
}

void tst_VariableHighlighter::unresolvedIsDrawnRed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("red");
    QTest::newRow("unresolved") << u"{{nope}}/orders"_s << true;
    QTest::newRow("resolved") << u"{{host}}/orders"_s << false;
    QTest::newRow("plain") << u"nope/orders"_s << false;
}

void tst_VariableHighlighter::unresolvedIsDrawnRed()
{
    QFETCH(QString, text);
    QFETCH(bool, red);
    VariableContext context;
    context.setGlobals(globals());
    QLineEdit field;
    field.resize(300, 30);
    VariableHighlighter highlighter(&field, &context);
    field.setText(text);
    field.setCursorPosition(0);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    const int pixels = reddishPixels(field.grab().toImage());
    QVERIFY2((pixels > 20) == red, qPrintable(QString::number(pixels)));
}

void tst_VariableHighlighter::followsTheContext()
{
    VariableContext context;
    QLineEdit field;
    VariableHighlighter highlighter(&field, &context);
    field.setText(u"{{prefix}}/x"_s);
    QVERIFY(!highlighter.spans().constFirst().resolved);
    Collection c;
    Environment env;
    env.name = u"Local"_s;
    env.variables.append({ u"prefix"_s, u"/local"_s });
    c.environments.append(env);
    context.setCollection(c, QString());
    QVERIFY(!highlighter.spans().constFirst().resolved); // no environment picked yet
    context.setEnvironment(u"Local"_s);
    QVERIFY(highlighter.spans().constFirst().resolved);
    QVERIFY(highlighter.spans().constFirst().toolTip.contains(u"/local"_s));
}

void tst_VariableHighlighter::windowUrlField()
{
    MainWindow window;
    window.requestBar()->setUrl(u"http://127.0.0.1/{{undefinedThing}}"_s);
    const QList<VariableHighlighter::Span> spans = window.urlHighlighter()->spans();
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.constFirst().name, u"undefinedThing"_s);
    QVERIFY(!spans.constFirst().resolved);
    window.setPlaygroundUrl(QUrl(u"http://127.0.0.1:9"_s));
    window.requestBar()->setUrl(u"{{playground}}/get"_s);
    QVERIFY(window.urlHighlighter()->spans().constFirst().resolved); // a global the window defines
}

QTEST_MAIN(tst_VariableHighlighter)
#include "tst_variablehighlighter.moc"
