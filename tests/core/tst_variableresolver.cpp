// SPDX-License-Identifier: MIT
#include "collection.h"
#include "variableresolver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Reqscope;

Q_DECLARE_METATYPE(Reqscope::VariableList)

class tst_VariableResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precedence_data();
    void precedence();
    void innerFolderOverOuter();
    void nestedAndCycles();
    void appliesToEveryField();
    void unresolvedWithLocations();
    void referencedNames();
};

namespace {

Collection layered(const VariableList &request,
    const VariableList &folder,
    const VariableList &collection,
    const VariableList &environment)
{
    Collection c;
    c.variables = collection;
    RequestSpec spec;
    spec.url = u"{{v}}"_s;
    CollectionItem item = CollectionItem::fromRequest(spec, u"r"_s);
    item.variables = request;
    CollectionItem outer = CollectionItem::folder(u"Outer"_s, u"outer"_s);
    CollectionItem inner = CollectionItem::folder(u"Inner"_s, u"inner"_s);
    inner.variables = folder;
    inner.children = { item };
    outer.variables = { { u"w"_s, u"outer-folder"_s } };
    outer.children = { inner };
    c.items = { outer };
    c.environments = { { u"env"_s, u"env"_s, environment } };
    return c;
}

} // namespace

void tst_VariableResolver::precedence_data()
{
    QTest::addColumn<VariableList>("request");
    QTest::addColumn<VariableList>("folder");
    QTest::addColumn<VariableList>("collection");
    QTest::addColumn<VariableList>("environment");
    QTest::addColumn<VariableList>("globals");
    QTest::addColumn<QString>("expected");

    const Variable r { u"v"_s, u"request"_s };
    const Variable f { u"v"_s, u"folder"_s };
    const Variable c { u"v"_s, u"collection"_s };
    const Variable e { u"v"_s, u"environment"_s };
    const Variable g { u"v"_s, u"global"_s };
    const Variable off { u"v"_s, u"disabled"_s, false, false };
    using L = VariableList;
    QTest::newRow("request over all") << L { r } << L { f } << L { c } << L { e } << L { g } << u"request"_s;
    QTest::newRow("inner folder over outer and collection")
        << L {} << L { f } << L { c } << L { e } << L { g } << u"folder"_s;
    QTest::newRow("collection over environment") << L {} << L {} << L { c } << L { e } << L { g } << u"collection"_s;
    QTest::newRow("environment over global") << L {} << L {} << L {} << L { e } << L { g } << u"environment"_s;
    QTest::newRow("global last") << L {} << L {} << L {} << L {} << L { g } << u"global"_s;
    QTest::newRow("disabled skipped") << L { off } << L {} << L {} << L {} << L { g } << u"global"_s;
    QTest::newRow("nowhere") << L {} << L {} << L {} << L {} << L {} << u"{{v}}"_s;
}

void tst_VariableResolver::precedence()
{
    QFETCH(VariableList, request);
    QFETCH(VariableList, folder);
    QFETCH(VariableList, collection);
    QFETCH(VariableList, environment);
    QFETCH(VariableList, globals);
    const Collection c = layered(request, folder, collection, environment);
    const VariableResolver vars = VariableResolver::forRequest(c, u"outer/inner/r"_s, c.environment(u"env"_s), globals);
    QTEST(vars.apply(c.effectiveRequest(u"outer/inner/r"_s)).url, "expected");
    QCOMPARE(vars.resolve(u"{{w}}"_s), u"outer-folder"_s);
}

void tst_VariableResolver::innerFolderOverOuter()
{
    Collection c = layered({}, { { u"w"_s, u"inner"_s } }, { { u"w"_s, u"collection"_s } }, {});
    QCOMPARE(VariableResolver::forRequest(c, u"outer/inner/r"_s, nullptr).resolve(u"{{w}}"_s), u"inner"_s);
    c.find(u"outer/inner"_s)->variables.clear();
    QCOMPARE(VariableResolver::forRequest(c, u"outer/inner/r"_s, nullptr).resolve(u"{{w}}"_s), u"outer-folder"_s);
}

void tst_VariableResolver::nestedAndCycles()
{
    VariableResolver vars;
    vars.addScope({ { u"host"_s, u"127.0.0.1"_s }, { u"base"_s, u"http://{{host}}:{{port}}"_s } });
    vars.addScope({ { u"port"_s, u"8080"_s }, { u"a"_s, u"{{b}}"_s }, { u"b"_s, u"{{a}}"_s } });
    QCOMPARE(vars.resolve(u"{{ base }}/x"_s), u"http://127.0.0.1:8080/x"_s);
    QStringList missing;
    vars.resolve(u"{{a}}"_s, &missing); // a cycle ends instead of recursing forever
    QCOMPARE(missing.size(), 1);
}

void tst_VariableResolver::appliesToEveryField()
{
    VariableResolver vars;
    vars.addScope({ { u"x"_s, u"X"_s } });
    RequestSpec spec;
    spec.url = u"http://h/{{x}}?q={{x}}"_s;
    spec.headers = { { u"H-{{x}}"_s, u"v{{x}}"_s } };
    spec.bodyText = u"{\"a\": \"{{x}}\"}"_s;
    spec.formFields = { { u"f"_s, u"{{x}}"_s } };
    spec.authUser = u"{{x}}"_s;
    spec.authPassword = u"p{{x}}"_s;
    spec.bearerToken = u"t{{x}}"_s;
    const RequestSpec out = vars.apply(spec);
    QCOMPARE(out.url, u"http://h/X?q=X"_s);
    QCOMPARE(out.headers.value(0).name, u"H-X"_s);
    QCOMPARE(out.headers.value(0).value, u"vX"_s);
    QCOMPARE(out.bodyText, u"{\"a\": \"X\"}"_s);
    QCOMPARE(out.formFields.value(0).value, u"X"_s);
    QCOMPARE(out.authUser, u"X"_s);
    QCOMPARE(out.authPassword, u"pX"_s);
    QCOMPARE(out.bearerToken, u"tX"_s);
}

void tst_VariableResolver::unresolvedWithLocations()
{
    VariableResolver vars;
    vars.addScope({ { u"known"_s, u"1"_s } });
    RequestSpec spec;
    spec.url = u"{{known}}/{{host}}"_s;
    spec.headers = { { u"Authorization"_s, u"Bearer {{token}}"_s }, { u"Off"_s, u"{{ignored}}"_s, false } };
    spec.bodyText = u"{{host}}"_s;
    spec.authPassword = u"{{pw}}"_s;
    const QList<UnresolvedVariable> expected = { { u"host"_s, u"url"_s },
        { u"token"_s, u"header:Authorization"_s },
        { u"host"_s, u"body"_s },
        { u"pw"_s, u"auth.password"_s } };
    QCOMPARE(vars.unresolved(spec), expected);
    QCOMPARE(vars.apply(spec).url, u"1/{{host}}"_s); // left as written
}

void tst_VariableResolver::referencedNames()
{
    QCOMPARE(VariableResolver::referencedNames(u"{{a}} {{ b }} {c} {{}}"_s), QStringList({ u"a"_s, u"b"_s }));
}

QTEST_GUILESS_MAIN(tst_VariableResolver)
#include "tst_variableresolver.moc"
