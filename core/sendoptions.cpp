// SPDX-License-Identifier: MIT
#include "sendoptions.h"

#include "httprequest.h"
#include "optionstore.h"

#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

// Short flags that take a value; as in curl, "-XPOST" and "-X POST" are the same, and "-si" combines flags.
const QString shortWithValue = u"XHdoxuE"_s;
const QString shortBoolean = u"iks"_s;

QString longName(QChar shortFlag)
{
    switch (shortFlag.unicode()) {
    case 'X':
        return u"--request"_s;
    case 'H':
        return u"--header"_s;
    case 'd':
        return u"--data"_s;
    case 'o':
        return u"--output"_s;
    case 'x':
        return u"--proxy"_s;
    case 'u':
        return u"--user"_s;
    case 'E':
        return u"--cert"_s;
    case 'i':
        return u"--include"_s;
    case 'k':
        return u"--insecure"_s;
    case 's':
        return u"--silent"_s;
    }
    return QString();
}

bool takesValue(const QString &flag)
{
    static const QSet<QString> flags { u"--request"_s,
        u"--header"_s,
        u"--data"_s,
        u"--data-binary"_s,
        u"--output"_s,
        u"--abort-after-bytes"_s,
        u"--timeouts"_s,
        u"--proxy"_s,
        u"--noproxy"_s,
        u"--user"_s,
        u"--proxy-user"_s,
        u"--cert"_s,
        u"--cacert"_s,
        u"--cert-password"_s,
        u"--max-redirs"_s,
        u"--option"_s };
    return flags.contains(flag);
}

std::optional<std::pair<QString, QString>> userAndPassword(const QString &value)
{
    const qsizetype colon = value.indexOf(u':');
    if (colon < 1)
        return std::nullopt;
    return std::pair { value.left(colon), value.mid(colon + 1) };
}

// Bool, int or string, as the option table of winhttp-behaviour.md §4 types it (OptionStore owns the table).
enum class Kind { Bool, Int, String, ReadOnly, Unknown };

Kind kindOf(int id)
{
    if (id == OptionStore::UrlOption)
        return Kind::ReadOnly;
    switch (OptionStore::kindOf(id).value_or(OptionStore::Kind(-1))) {
    case OptionStore::Kind::Bool:
        return Kind::Bool;
    case OptionStore::Kind::Int:
        return Kind::Int;
    case OptionStore::Kind::String:
        return Kind::String;
    }
    return Kind::Unknown;
}

std::optional<qint64> integer(const QString &text)
{
    bool ok = false;
    const qint64 value
        = text.startsWith("0x"_L1, Qt::CaseInsensitive) ? text.mid(2).toLongLong(&ok, 16) : text.toLongLong(&ok, 10);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

class Parser
{
public:
    explicit Parser(QString &error)
        : m_error(error)
    {
    }
    bool flag(const QString &name, const QString &value);
    bool positional(const QString &argument);
    bool finish();

    SendOptions options;

private:
    bool fail(const QString &name, const QString &message)
    {
        m_error = name + u": "_s + message;
        return false;
    }
    bool body(const QString &name, SendOptions::BodySource source, const QString &value);
    bool option(const QString &value);

    QString &m_error;
};

bool Parser::body(const QString &name, SendOptions::BodySource source, const QString &value)
{
    using B = SendOptions::BodySource;
    if (options.bodySource != B::None)
        return fail(name, u"only one request body may be given"_s);
    if (value.startsWith(u'@')) {
        if (value.size() == 1)
            return fail(name, u"expected a file name after @ (@- for stdin)"_s);
        options.bodySource = source == B::Text ? B::TextFile : B::BinaryFile;
        options.body = value.mid(1);
    } else {
        options.bodySource = source;
        options.body = value;
    }
    return true;
}

bool Parser::option(const QString &value)
{
    const qsizetype equals = value.indexOf(u'=');
    if (equals < 1)
        return fail(u"--option"_s, u"expected ID=VALUE, got '%1'"_s.arg(value));
    const QString key = value.left(equals);
    const std::optional<qint64> number = integer(key);
    const std::optional<int> id = number ? std::optional<int>(int(*number)) : HttpRequest::optionId(key);
    if (!id || kindOf(*id) == Kind::Unknown)
        return fail(u"--option"_s, u"unknown option '%1'"_s.arg(key));
    if (kindOf(*id) == Kind::ReadOnly)
        return fail(u"--option"_s, u"option %1 (URL) is read-only"_s.arg(*id));
    const std::optional<QVariant> typed = SendOptions::typedOptionValue(*id, value.mid(equals + 1));
    if (!typed) {
        const QString expected = kindOf(*id) == Kind::Bool ? u"true, false or a number"_s : u"a number"_s;
        return fail(u"--option"_s,
            u"%1 expects %2, got '%3'"_s.arg(HttpRequest::optionName(*id), expected, value.mid(equals + 1)));
    }
    options.options.append({ *id, *typed });
    return true;
}

bool Parser::flag(const QString &name, const QString &value)
{
    using B = SendOptions::BodySource;
    SendOptions &o = options;
    if (name == "--request"_L1) {
        if (value.isEmpty())
            return fail(name, u"expected a method"_s);
        o.method = value;
    } else if (name == "--header"_L1) {
        const qsizetype colon = value.indexOf(u':');
        if (colon < 1)
            return fail(name, u"expected \"Name: value\" or \"Name:\", got '%1'"_s.arg(value));
        o.headers.append({ value.left(colon).trimmed(), value.mid(colon + 1).trimmed() });
    } else if (name == "--data"_L1) {
        return body(name, B::Text, value);
    } else if (name == "--data-binary"_L1) {
        return body(name, B::Binary, value);
    } else if (name == "--output"_L1) {
        if (value.isEmpty())
            return fail(name, u"expected a file name"_s);
        o.outputPath = value;
    } else if (name == "--sync"_L1 || name == "--async"_L1) {
        o.sync = name == "--sync"_L1;
    } else if (name == "--abort-on-first-chunk"_L1) {
        o.abortOnFirstChunk = true;
    } else if (name == "--abort-on-start"_L1) {
        o.abortOnStart = true;
    } else if (name == "--abort-after-bytes"_L1) {
        const std::optional<qint64> bytes = integer(value);
        if (!bytes || *bytes < 1)
            return fail(name, u"expected a number of bytes ≥ 1, got '%1'"_s.arg(value));
        o.abortAfterBytes = *bytes;
    } else if (name == "--trace"_L1) {
        o.trace = true;
    } else if (name == "--include"_L1) {
        o.include = true;
    } else if (name == "--timeouts"_L1) {
        const QStringList parts = value.split(u',');
        std::array<int, 4> timeouts {};
        bool ok = parts.size() == 4;
        for (int i = 0; ok && i < 4; ++i)
            timeouts[size_t(i)] = parts[i].trimmed().toInt(&ok);
        if (!ok)
            return fail(name, u"expected R,C,S,V in milliseconds"_s);
        if (std::any_of(timeouts.begin(), timeouts.end(), [](int ms) { return ms < -1; }))
            return fail(name, u"a time-out is ≥ 0 milliseconds, or 0 or -1 for none"_s);
        o.timeouts = timeouts;
    } else if (name == "--proxy"_L1) {
        if (value.isEmpty())
            return fail(name, u"expected HOST:PORT"_s);
        o.proxy = value;
    } else if (name == "--noproxy"_L1) {
        o.noProxy = value;
    } else if (name == "--direct"_L1) {
        o.direct = true;
    } else if (name == "--user"_L1 || name == "--proxy-user"_L1) {
        const auto credentials = userAndPassword(value);
        if (!credentials)
            return fail(name, u"expected USER:PASS"_s);
        (name == "--user"_L1 ? o.user : o.proxyUser) = credentials;
    } else if (name == "--cert"_L1) {
        if (value.isEmpty())
            return fail(name, u"expected a file path or a certificate selector"_s);
        o.certificate = value;
    } else if (name == "--insecure"_L1) {
        o.insecure = true;
    } else if (name == "--cacert"_L1) {
        if (value.isEmpty())
            return fail(name, u"expected a file name"_s);
        o.caCertificates = value;
    } else if (name == "--cert-password"_L1) {
        o.certificatePassword = value;
    } else if (name == "--no-location"_L1) {
        o.noLocation = true;
    } else if (name == "--max-redirs"_L1) {
        const std::optional<qint64> count = integer(value);
        if (!count || *count < 0 || *count > std::numeric_limits<int>::max())
            return fail(name, u"expected a number ≥ 0, got '%1'"_s.arg(value));
        o.maxRedirects = int(*count);
    } else if (name == "--option"_L1) {
        return option(value);
    } else if (name == "--fail"_L1) {
        o.fail = true;
    } else if (name == "--silent"_L1) {
        o.silent = true;
    } else if (name == "--help"_L1) {
        o.help = true;
    } else {
        m_error = u"unknown option '%1' (try --help)"_s.arg(name);
        return false;
    }
    return true;
}

bool Parser::positional(const QString &argument)
{
    if (!options.url.isEmpty()) {
        m_error = u"expected one URL, got '%1' and '%2'"_s.arg(options.url, argument);
        return false;
    }
    options.url = argument;
    return true;
}

bool Parser::finish()
{
    if (options.help)
        return true;
    if (options.url.isEmpty())
        return fail(u"URL"_s, u"missing (reqscope-cli send [options] URL)"_s);
    if (options.direct && !options.proxy.isEmpty())
        return fail(u"--direct"_s, u"cannot be combined with -x/--proxy"_s);
    if (!options.noProxy.isEmpty() && options.proxy.isEmpty())
        return fail(u"--noproxy"_s, u"needs -x/--proxy (the bypass list belongs to SetProxy(2, …))"_s);
    const int triggers = int(options.abortOnStart) + int(options.abortOnFirstChunk)
        + int(options.abortAfterBytes != SendOptions::NoLimit);
    if (triggers > 1)
        return fail(u"--abort-*"_s, u"give at most one abort trigger"_s);
    return true;
}

} // namespace

QString SendOptions::effectiveMethod() const
{
    if (!method.isEmpty())
        return method;
    return bodySource == BodySource::None ? u"GET"_s : u"POST"_s;
}

std::optional<QVariant> SendOptions::typedOptionValue(int id, const QString &text)
{
    switch (kindOf(id)) {
    case Kind::String:
        return QVariant(text);
    case Kind::Bool:
        if (text.compare("true"_L1, Qt::CaseInsensitive) == 0)
            return QVariant(true);
        if (text.compare("false"_L1, Qt::CaseInsensitive) == 0)
            return QVariant(false);
        if (const std::optional<qint64> number = integer(text))
            return QVariant(*number != 0);
        return std::nullopt;
    case Kind::Int:
        if (const std::optional<qint64> number = integer(text); number && *number == int(*number))
            return QVariant(int(*number));
        if (id == HttpRequest::UrlCodePage && !text.isEmpty())
            return QVariant(text); // a code page name ("utf-8"); HttpRequest checks it
        return std::nullopt;
    case Kind::ReadOnly:
    case Kind::Unknown:
        break;
    }
    return std::nullopt;
}

std::optional<SendOptions> SendOptions::parse(const QStringList &arguments, QString &error)
{
    Parser parser(error);
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (onlyPositionals || argument == "-"_L1 || !argument.startsWith(u'-')) {
            if (!parser.positional(argument))
                return std::nullopt;
        } else if (argument == "--"_L1) {
            onlyPositionals = true;
        } else if (argument.startsWith("--"_L1)) {
            const qsizetype equals = argument.indexOf(u'=');
            const QString name = equals < 0 ? argument : argument.left(equals);
            QString value;
            if (takesValue(name)) {
                if (equals >= 0) {
                    value = argument.mid(equals + 1);
                } else if (i + 1 < arguments.size()) {
                    value = arguments.at(++i);
                } else {
                    error = name + u": expects a value"_s;
                    return std::nullopt;
                }
            } else if (equals >= 0) {
                error = name + u": takes no value"_s;
                return std::nullopt;
            }
            if (!parser.flag(name, value))
                return std::nullopt;
        } else {
            for (qsizetype c = 1; c < argument.size(); ++c) {
                const QChar letter = argument.at(c);
                if (shortBoolean.contains(letter)) {
                    if (!parser.flag(longName(letter), QString()))
                        return std::nullopt;
                    continue;
                }
                if (!shortWithValue.contains(letter)) {
                    error = u"unknown option '-%1' (try --help)"_s.arg(letter);
                    return std::nullopt;
                }
                QString value = argument.mid(c + 1);
                if (value.isEmpty()) {
                    if (i + 1 >= arguments.size()) {
                        error = u"-%1: expects a value"_s.arg(letter);
                        return std::nullopt;
                    }
                    value = arguments.at(++i);
                }
                if (!parser.flag(longName(letter), value))
                    return std::nullopt;
                break;
            }
        }
    }
    if (!parser.finish())
        return std::nullopt;
    return parser.options;
}

QString SendOptions::usage()
{
    return uR"(Usage: reqscope-cli send [options] URL
  -X, --request METHOD        default GET (POST when a body is given)
  -H, --header "Name: value"  repeatable; "Name:" removes a default header
  -d, --data TEXT | @FILE     request body (string rules of Send apply); @- reads stdin
      --data-binary @FILE     body bytes verbatim (@- reads stdin)
  -o, --output FILE           write the body to FILE (streamed); default stdout
      --sync | --async        how Send runs (default --async + WaitForResponse)
      --abort-on-first-chunk  call Abort from inside the first OnResponseDataAvailable
      --abort-after-bytes N   call Abort from inside the data event that reaches N bytes
      --abort-on-start        call Abort from inside OnResponseStart
      --trace                 print the event stream as JSON lines on stderr
  -i, --include               print status line and headers before the body
      --timeouts R,C,S,V      SetTimeouts in milliseconds
  -x, --proxy HOST:PORT       SetProxy(2, HOST:PORT); --noproxy LIST sets the bypass list
      --direct                SetProxy(1)
  -u, --user USER:PASS        SetCredentials(USER, PASS, 0); --proxy-user USER:PASS → flag 1
  -E, --cert SELECTOR         SetClientCertificate(SELECTOR)
  -k, --insecure              Option SslErrorIgnoreFlags = 0x3300
      --cacert FILE           trust FILE's CA certificates too (Option 1001)
      --cert-password PASS    password of an encrypted client key or PKCS#12 file (Option 1002)
      --no-location           Option EnableRedirects = false
      --max-redirs N          Option MaxAutomaticRedirects = N
      --option ID=VALUE       any Option by number or name; repeatable
      --fail                  exit 1 when the final status is ≥ 400
  -s, --silent                no progress meter (shown only when stderr is a terminal)
)"_s;
}

} // namespace Reqscope
