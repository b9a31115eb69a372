// SPDX-License-Identifier: MIT
#include "shellwords.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

QChar ansiEscape(QStringView text, qsizetype &i)
{
    const QChar c = text.at(i);
    switch (c.unicode()) {
    case 'n':
        return u'\n';
    case 't':
        return u'\t';
    case 'r':
        return u'\r';
    case 'a':
        return QChar(7);
    case 'b':
        return QChar(8);
    case 'e':
    case 'E':
        return QChar(27);
    case 'f':
        return QChar(12);
    case 'v':
        return QChar(11);
    case 'x': { // \xHH: one or two hex digits
        qsizetype end = i + 1;
        while (end < text.size() && end < i + 3 && QStringView(u"0123456789abcdefABCDEF").contains(text.at(end)))
            ++end;
        if (end == i + 1)
            return c;
        const ushort value = text.mid(i + 1, end - i - 1).toUShort(nullptr, 16);
        i = end - 1;
        return QChar(value);
    }
    default:
        return c; // \\ \' \" and unknown escapes keep the character
    }
}

/// Collects words and commands; a word exists once any character (even an empty quote) started it.
struct Builder
{
    QList<QStringList> commands;
    QStringList words;
    QString word;
    bool inWord = false;

    void append(QChar c)
    {
        word += c;
        inWord = true;
    }
    void endWord()
    {
        if (inWord)
            words.append(word);
        word.clear();
        inWord = false;
    }
    void endCommand()
    {
        endWord();
        if (!words.isEmpty())
            commands.append(words);
        words.clear();
    }
};

bool isSeparator(QStringView text, qsizetype i, qsizetype &length)
{
    const QChar c = text.at(i);
    length = 1;
    if (c == u'\n' || c == u';')
        return true;
    if (c == u'&' && i + 1 < text.size() && text.at(i + 1) == u'&') {
        length = 2;
        return true;
    }
    return false;
}

void splitPosix(QStringView text, ShellWords &out)
{
    Builder b;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        qsizetype sep = 0;
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            if (next == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i; // backslash-CRLF is a continuation too
            else if (next != u'\n')
                b.append(next);
        } else if (c == u'\'' || (c == u'$' && i + 1 < text.size() && text.at(i + 1) == u'\'')) {
            const bool ansi = c == u'$';
            const qsizetype start = i;
            i += ansi ? 2 : 1;
            b.inWord = true;
            for (; i < text.size() && text.at(i) != u'\''; ++i) {
                if (ansi && text.at(i) == u'\\' && i + 1 < text.size()) {
                    ++i;
                    b.append(ansiEscape(text, i));
                } else {
                    b.append(text.at(i));
                }
            }
            if (i >= text.size()) {
                out.error = u"unterminated single quote"_s;
                out.errorPosition = start;
                return;
            }
        } else if (c == u'"') {
            const qsizetype start = i;
            b.inWord = true;
            for (++i; i < text.size() && text.at(i) != u'"'; ++i) {
                if (text.at(i) == u'\\' && i + 1 < text.size() && QStringView(u"\"\\$`\n").contains(text.at(i + 1))) {
                    if (text.at(++i) == u'\n')
                        continue;
                }
                b.append(text.at(i));
            }
            if (i >= text.size()) {
                out.error = u"unterminated double quote"_s;
                out.errorPosition = start;
                return;
            }
        } else if (c == u'#' && !b.inWord) { // a comment runs to the end of the line
            while (i + 1 < text.size() && text.at(i + 1) != u'\n')
                ++i;
        } else if (isSeparator(text, i, sep)) {
            b.endCommand();
            i += sep - 1;
        } else if (c.isSpace()) {
            b.endWord();
        } else {
            b.append(c);
        }
    }
    b.endCommand();
    out.commands = b.commands;
}

/// cmd.exe first: ^x is x, ^newline continues the line; quotes only switch ^ off. Returns the text the MSVC
/// runtime then splits, with separators between commands marked by '\0'.
QString cmdUnescape(QStringView text)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'^' && !quoted && i + 1 < text.size()) {
            QChar next = text.at(++i);
            if (next == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                next = text.at(++i);
            if (next != u'\n')
                out += next;
            else if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                out += text.at(++i); // Chrome writes a newline inside a value as ^ + two newlines
        } else if (c == u'"') {
            quoted = !quoted;
            out += c;
        } else if (!quoted && (c == u'\n' || (c == u'&' && i + 1 < text.size() && text.at(i + 1) == u'&'))) {
            out += QChar(0);
            if (c == u'&')
                ++i;
        } else if (c != u'\r') {
            out += c;
        }
    }
    return out;
}

/// The MSVC runtime's argv rules: 2n backslashes + " give n backslashes and toggle quoting, 2n+1 give a literal ",
/// "" inside quotes is a literal ".
void splitMsvc(QStringView text, qsizetype unterminatedAt, ShellWords &out)
{
    Builder b;
    bool quoted = false;
    qsizetype quoteStart = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            qsizetype n = 0;
            while (i + n < text.size() && text.at(i + n) == u'\\')
                ++n;
            const bool quoteFollows = i + n < text.size() && text.at(i + n) == u'"';
            for (qsizetype k = 0; k < (quoteFollows ? n / 2 : n); ++k)
                b.append(u'\\');
            i += n - 1;
            if (quoteFollows && n % 2 == 1) {
                b.append(u'"');
                ++i;
            }
        } else if (c == u'"') {
            if (quoted && i + 1 < text.size() && text.at(i + 1) == u'"') {
                b.append(u'"');
                ++i;
            } else {
                quoted = !quoted;
                quoteStart = i;
                b.inWord = true;
            }
        } else if (c == QChar(0) && !quoted) {
            b.endCommand();
        } else if (c.isSpace() && !quoted) {
            b.endWord();
        } else {
            b.append(c == QChar(0) ? u'\n' : c);
        }
    }
    if (quoted) {
        out.error = u"unterminated double quote"_s;
        out.errorPosition = unterminatedAt >= 0 ? unterminatedAt : quoteStart;
        return;
    }
    b.endCommand();
    out.commands = b.commands;
}

void splitPowerShell(QStringView text, ShellWords &out)
{
    Builder b;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        qsizetype sep = 0;
        if (c == u'`' && i + 1 < text.size()) {
            QChar next = text.at(++i);
            if (next == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                next = text.at(++i);
            if (next != u'\n')
                b.append(next);
        } else if (c == u'\'' || c == u'"') {
            const qsizetype start = i;
            b.inWord = true;
            for (++i; i < text.size(); ++i) {
                const QChar d = text.at(i);
                if (d == c && i + 1 < text.size() && text.at(i + 1) == c) {
                    b.append(c); // '' or "" inside the same quotes
                    ++i;
                } else if (d == c) {
                    break;
                } else if (c == u'"' && d == u'`' && i + 1 < text.size()) {
                    ++i;
                    const QChar e = text.at(i);
                    b.append(e == u'n' ? u'\n' : e == u't' ? u'\t' : e == u'r' ? u'\r' : e == u'0' ? QChar(0) : e);
                } else {
                    b.append(d);
                }
            }
            if (i >= text.size()) {
                out.error = c == u'\'' ? u"unterminated single quote"_s : u"unterminated double quote"_s;
                out.errorPosition = start;
                return;
            }
        } else if (isSeparator(text, i, sep)) {
            b.endCommand();
            i += sep - 1;
        } else if (c.isSpace()) {
            b.endWord();
        } else {
            b.append(c);
        }
    }
    b.endCommand();
    out.commands = b.commands;
}

} // namespace

ShellWords::Dialect ShellWords::detect(const QString &text)
{
    if (text.contains(u"^\n"_s) || text.contains(u"^\r\n"_s) || text.contains(u"^\""_s))
        return Dialect::Cmd;
    if (text.contains(u"`\n"_s) || text.contains(u"`\r\n"_s) || text.contains(u"curl.exe"_s))
        return Dialect::PowerShell;
    return Dialect::Posix;
}

ShellWords ShellWords::split(const QString &text, Dialect dialect)
{
    ShellWords out;
    out.dialect = dialect == Dialect::Auto ? detect(text) : dialect;
    switch (out.dialect) {
    case Dialect::Auto:
    case Dialect::Posix:
        splitPosix(text, out);
        break;
    case Dialect::Cmd:
        splitMsvc(cmdUnescape(text), -1, out);
        break;
    case Dialect::PowerShell:
        splitPowerShell(text, out);
        break;
    }
    if (!out.error.isEmpty())
        out.commands.clear();
    return out;
}

QString ShellWords::lineColumn(const QString &text, qsizetype position)
{
    const qsizetype upTo = qBound(qsizetype(0), position, text.size());
    const QStringView before = QStringView(text).left(upTo);
    const qsizetype line = before.count(u'\n') + 1;
    const qsizetype column = upTo - (before.lastIndexOf(u'\n') + 1) + 1;
    return QString::number(line) + u':' + QString::number(column);
}

} // namespace Reqscope
