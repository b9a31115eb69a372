// SPDX-License-Identifier: MIT
#include "shellwords.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Reqscope::ShellWords;

class tst_ShellWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void detect_data();
    void detect();
    void errors_data();
    void errors();
};

using Commands = QList<QStringList>;
Q_DECLARE_METATYPE(ShellWords::Dialect)

void tst_ShellWords::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ShellWords::Dialect>("dialect");
    QTest::addColumn<Commands>("commands");

    const auto posix = ShellWords::Dialect::Posix;
    const auto cmd = ShellWords::Dialect::Cmd;
    const auto ps = ShellWords::Dialect::PowerShell;
    QTest::newRow("posix-plain") << u"curl -s http://h"_s << posix
                                 << Commands { { u"curl"_s, u"-s"_s, u"http://h"_s } };
    QTest::newRow("posix-single") << u"a 'b c'"_s << posix << Commands { { u"a"_s, u"b c"_s } };
    QTest::newRow("posix-double-escapes")
        << u"a \"x\\\"y\\\\z\\$\""_s << posix << Commands { { u"a"_s, u"x\"y\\z$"_s } };
    QTest::newRow("posix-double-keeps-other-backslash") << u"a \"\\n\""_s << posix << Commands { { u"a"_s, u"\\n"_s } };
    QTest::newRow("posix-ansi-c") << u"a $'x\\ny\\'z\\t\\x41'"_s << posix << Commands { { u"a"_s, u"x\ny'z\tA"_s } };
    QTest::newRow("posix-continuation") << u"a \\\n  b"_s << posix << Commands { { u"a"_s, u"b"_s } };
    QTest::newRow("posix-crlf-continuation") << u"a \\\r\n  b"_s << posix << Commands { { u"a"_s, u"b"_s } };
    QTest::newRow("posix-empty-quote") << u"a ''"_s << posix << Commands { { u"a"_s, QString() } };
    QTest::newRow("posix-glued") << u"a b'c'\"d\""_s << posix << Commands { { u"a"_s, u"bcd"_s } };
    QTest::newRow("posix-two-commands") << u"a 1\nb 2; c && d"_s << posix
                                        << Commands { { u"a"_s, u"1"_s }, { u"b"_s, u"2"_s }, { u"c"_s }, { u"d"_s } };
    QTest::newRow("posix-semicolon-quoted") << u"a 'x;y'"_s << posix << Commands { { u"a"_s, u"x;y"_s } };
    QTest::newRow("cmd-chrome") << u"curl ^\"https://h/?a=1^&b=2^\" ^\n  -H ^\"x: ^\\^\"q^\\^\"^\""_s << cmd
                                << Commands { { u"curl"_s, u"https://h/?a=1&b=2"_s, u"-H"_s, u"x: \"q\""_s } };
    QTest::newRow("cmd-percent") << u"curl ^\"h/^%^2F^\""_s << cmd << Commands { { u"curl"_s, u"h/%2F"_s } };
    QTest::newRow("cmd-doubled-quotes") << u"curl \"{\"\"a\"\":1}\" h"_s << cmd
                                        << Commands { { u"curl"_s, u"{\"a\":1}"_s, u"h"_s } };
    QTest::newRow("cmd-crlf-continuation")
        << u"curl h ^\r\n  -k"_s << cmd << Commands { { u"curl"_s, u"h"_s, u"-k"_s } };
    QTest::newRow("cmd-newline-in-value") << u"curl ^\"a^\n\nb^\""_s << cmd << Commands { { u"curl"_s, u"a\nb"_s } };
    QTest::newRow("cmd-backslashes") << u"curl \"a\\\\\" \"c:\\x\""_s << cmd
                                     << Commands { { u"curl"_s, u"a\\"_s, u"c:\\x"_s } };
    QTest::newRow("ps-backtick") << u"curl.exe `\n  -H 'a: b' \"x`\"y\""_s << ps
                                 << Commands { { u"curl.exe"_s, u"-H"_s, u"a: b"_s, u"x\"y"_s } };
    QTest::newRow("ps-single-doubled") << u"curl 'it''s'"_s << ps << Commands { { u"curl"_s, u"it's"_s } };
}

void tst_ShellWords::split()
{
    QFETCH(QString, text);
    QFETCH(ShellWords::Dialect, dialect);
    const ShellWords words = ShellWords::split(text, dialect);
    QCOMPARE(words.error, QString());
    QTEST(words.commands, "commands");
}

void tst_ShellWords::detect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ShellWords::Dialect>("dialect");
    QTest::newRow("bash") << u"curl 'h' \\\n -H 'a: b'"_s << ShellWords::Dialect::Posix;
    QTest::newRow("cmd") << u"curl ^\"h^\" ^\n -k"_s << ShellWords::Dialect::Cmd;
    QTest::newRow("cmd-old") << u"curl \"h\" ^\r\n -k"_s << ShellWords::Dialect::Cmd;
    QTest::newRow("powershell") << u"curl h `\n -k"_s << ShellWords::Dialect::PowerShell;
}

void tst_ShellWords::detect()
{
    QFETCH(QString, text);
    QTEST(ShellWords::detect(text), "dialect");
}

void tst_ShellWords::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ShellWords::Dialect>("dialect");
    QTest::addColumn<QString>("position");
    QTest::newRow("single") << u"curl \\\n  -d 'abc"_s << ShellWords::Dialect::Posix << u"2:6"_s;
    QTest::newRow("double") << u"curl \"x"_s << ShellWords::Dialect::Posix << u"1:6"_s;
    QTest::newRow("ansi") << u"curl $'x"_s << ShellWords::Dialect::Posix << u"1:6"_s;
    QTest::newRow("powershell") << u"curl 'x"_s << ShellWords::Dialect::PowerShell << u"1:6"_s;
}

void tst_ShellWords::errors()
{
    QFETCH(QString, text);
    QFETCH(ShellWords::Dialect, dialect);
    const ShellWords words = ShellWords::split(text, dialect);
    QVERIFY(!words.error.isEmpty());
    QVERIFY(words.commands.isEmpty());
    QTEST(ShellWords::lineColumn(text, words.errorPosition), "position");
}

QTEST_GUILESS_MAIN(tst_ShellWords)
#include "tst_shellwords.moc"
