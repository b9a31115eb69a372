// SPDX-License-Identifier: MIT
#include "variablecontext.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

class tst_VariableContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precedence_data();
    void precedence();
    void environmentSelection();
    void secretValues();
    void clearCollection();
};

namespace {
Collection layered()
{
    Collection c;
    c.name = u"Layers"_s;
    c.variables = { { u"v"_s, u"collection"_s }, { u"c"_s, u"c"_s } };
    CollectionItem folder = CollectionItem::folder(u"Users"_s, u"users"_s);
    folder.variables = { { u"v"_s, u"folder"_s } };
    RequestSpec get;
    get.name = u"Get"_s;
    CollectionItem request = CollectionItem::fromRequest(get, u"get"_s);
    request.variables = { { u"v"_s, u"request"_s } };
    folder.children.append(request);
    c.items.append(folder);
    Environment env;
    env.name = u"Staging"_s;
    env.variables = { { u"v"_s, u"environment"_s }, { u"e"_s, u"e"_s }, { u"c"_s, u"env-c"_s } };
    c.environments.append(env);
    return c;
}
} // namespace

void tst_VariableContext::precedence_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("request") << u"users/get"_s << u"Staging"_s << u"{{v}}"_s << u"request"_s;
    QTest::newRow("folder, for a new request in it") << u"users/new"_s << u"Staging"_s << u"{{v}}"_s << u"folder"_s;
    QTest::newRow("collection over environment") << QString() << u"Staging"_s << u"{{c}}"_s << u"c"_s;
    QTest::newRow("environment") << QString() << u"Staging"_s << u"{{e}}"_s << u"e"_s;
    QTest::newRow("no environment") << QString() << QString() << u"{{e}}"_s << u"{{e}}"_s;
    QTest::newRow("global") << QString() << QString() << u"{{g}}"_s << u"global"_s;
}

void tst_VariableContext::precedence()
{
    QFETCH(QString, path);
    QFETCH(QString, environment);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    VariableContext context;
    context.setGlobals({ { u"g"_s, u"global"_s }, { u"v"_s, u"global-v"_s } });
    context.setCollection(layered(), QString());
    context.setRequestPath(path);
    context.setEnvironment(environment);
    QCOMPARE(context.resolver().resolve(text), expected);
}

void tst_VariableContext::environmentSelection()
{
    VariableContext context;
    QSignalSpy changed(&context, &VariableContext::changed);
    QSignalSpy collectionChanged(&context, &VariableContext::collectionChanged);
    context.setCollection(layered(), u"/tmp/layers"_s);
    QCOMPARE(collectionChanged.count(), 1);
    context.setEnvironment(u"nope"_s);
    QCOMPARE(context.environment(), QString());
    changed.clear();
    context.setEnvironment(u"Staging"_s);
    QCOMPARE(context.environment(), u"Staging"_s);
    QCOMPARE(changed.count(), 1);
    context.setEnvironment(u"Staging"_s);
    QCOMPARE(changed.count(), 1); // no change, no signal
    context.setCollection(layered(), u"/tmp/layers"_s); // reloaded: still there, still active
    QCOMPARE(context.environment(), u"Staging"_s);
    QSignalSpy edited(&context, &VariableContext::environmentsEdited);
    context.setEnvironments({});
    QCOMPARE(edited.count(), 1);
    QCOMPARE(context.environment(), QString()); // deleted in the editor
}

void tst_VariableContext::secretValues()
{
    VariableContext context;
    Collection c = layered();
    c.environments[0].variables.append({ u"token"_s, u"env-secret"_s, true, true });
    context.setCollection(c, QString());
    context.setGlobals({ { u"gs"_s, u"global-secret"_s, true, true }, { u"plain"_s, u"visible"_s } });
    const QStringList secrets = context.secretValues();
    QVERIFY(secrets.contains(u"env-secret"_s));
    QVERIFY(secrets.contains(u"global-secret"_s));
    QVERIFY(!secrets.contains(u"visible"_s));
}

void tst_VariableContext::clearCollection()
{
    VariableContext context;
    context.setCollection(layered(), u"/tmp/layers"_s);
    context.setRequestPath(u"users/get"_s);
    context.setEnvironment(u"Staging"_s);
    context.clearCollection();
    QVERIFY(!context.hasCollection());
    QCOMPARE(context.directory(), QString());
    QCOMPARE(context.environment(), QString());
    QCOMPARE(context.resolver().resolve(u"{{v}}"_s), u"{{v}}"_s);
}

QTEST_GUILESS_MAIN(tst_VariableContext)
#include "tst_variablecontext.moc"
