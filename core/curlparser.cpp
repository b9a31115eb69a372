// SPDX-License-Identifier: MIT
#include "curlparser.h"

#include "curlrequestbuilder.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

enum class Arg { None, Value };

struct OptionInfo
{
    QString name; // long name without "--"
    Arg arg = Arg::None;
};

// Short letters curl maps to long options; all that take a value must be here so clusters split right.
const QHash<QChar, OptionInfo> &shortOptions()
{
    static const QHash<QChar, OptionInfo> table = {
        { u'X', { u"request"_s, Arg::Value } },
        { u'H', { u"header"_s, Arg::Value } },
        { u'd', { u"data"_s, Arg::Value } },
        { u'F', { u"form"_s, Arg::Value } },
        { u'u', { u"user"_s, Arg::Value } },
        { u'U', { u"proxy-user"_s, Arg::Value } },
        { u'A', { u"user-agent"_s, Arg::Value } },
        { u'e', { u"referer"_s, Arg::Value } },
        { u'b', { u"cookie"_s, Arg::Value } },
        { u'c', { u"cookie-jar"_s, Arg::Value } },
        { u'x', { u"proxy"_s, Arg::Value } },
        { u'm', { u"max-time"_s, Arg::Value } },
        { u'o', { u"output"_s, Arg::Value } },
        { u'w', { u"write-out"_s, Arg::Value } },
        { u'E', { u"cert"_s, Arg::Value } },
        { u'T', { u"upload-file"_s, Arg::Value } },
        { u'r', { u"range"_s, Arg::Value } },
        { u'D', { u"dump-header"_s, Arg::Value } },
        { u'K', { u"config"_s, Arg::Value } },
        { u'C', { u"continue-at"_s, Arg::Value } },
        { u'y', { u"speed-time"_s, Arg::Value } },
        { u'Y', { u"speed-limit"_s, Arg::Value } },
        { u'z', { u"time-cond"_s, Arg::Value } },
        { u'P', { u"ftp-port"_s, Arg::Value } },
        { u'Q', { u"quote"_s, Arg::Value } },
        { u't', { u"telnet-option"_s, Arg::Value } },
        { u'k', { u"insecure"_s } },
        { u'L', { u"location"_s } },
        { u'G', { u"get"_s } },
        { u'I', { u"head"_s } },
        { u's', { u"silent"_s } },
        { u'S', { u"show-error"_s } },
        { u'v', { u"verbose"_s } },
        { u'i', { u"include"_s } },
        { u'N', { u"no-buffer"_s } },
        { u'O', { u"remote-name"_s } },
        { u'f', { u"fail"_s } },
        { u'g', { u"globoff"_s } },
        { u'J', { u"remote-header-name"_s } },
        { u'n', { u"netrc"_s } },
        { u'q', { u"disable"_s } },
        { u'R', { u"remote-time"_s } },
        { u'Z', { u"parallel"_s } },
        { u'0', { u"http1.0"_s } },
        { u'4', { u"ipv4"_s } },
        { u'6', { u"ipv6"_s } },
        { u'#', { u"progress-bar"_s } },
    };
    return table;
}

// Long options that take a value, beyond those with a short letter.
const QStringList &longValueOptions()
{
    static const QStringList names = { u"data-ascii"_s,
        u"data-raw"_s,
        u"data-binary"_s,
        u"data-urlencode"_s,
        u"json"_s,
        u"form-string"_s,
        u"url"_s,
        u"url-query"_s,
        u"max-redirs"_s,
        u"connect-timeout"_s,
        u"noproxy"_s,
        u"cacert"_s,
        u"capath"_s,
        u"key"_s,
        u"key-type"_s,
        u"cert-type"_s,
        u"pass"_s,
        u"oauth2-bearer"_s,
        u"resolve"_s,
        u"connect-to"_s,
        u"interface"_s,
        u"retry"_s,
        u"retry-delay"_s,
        u"retry-max-time"_s,
        u"limit-rate"_s,
        u"trace"_s,
        u"trace-ascii"_s,
        u"stderr"_s,
        u"unix-socket"_s,
        u"abstract-unix-socket"_s,
        u"proto"_s,
        u"proto-redir"_s,
        u"ciphers"_s,
        u"tls-max"_s,
        u"keepalive-time"_s,
        u"expect100-timeout"_s,
        u"proxy-cacert"_s,
        u"proxy-cert"_s,
        u"proxy-key"_s,
        u"local-port"_s,
        u"max-filesize"_s,
        u"variable"_s,
        u"aws-sigv4"_s,
        u"output-dir"_s };
    return names;
}

} // namespace

CurlParser::CurlParser(const QString &source, const QString &baseDirectory)
    : m_source(source)
    , m_baseDirectory(baseDirectory)
{
}

void CurlParser::setReadFiles(bool read)
{
    m_readFiles = read;
}

CurlParser::Result CurlParser::parse(const QString &text, ShellWords::Dialect dialect) const
{
    Result result;
    QString body = text;
    // A shell prompt copied along with the command ("$ curl …") is not part of it.
    if (body.trimmed().startsWith(u"$ "_s))
        body = body.trimmed().mid(2);
    const ShellWords words = ShellWords::split(body, dialect);
    if (!words.error.isEmpty()) {
        result.error = ImportIssue { m_source + u':' + ShellWords::lineColumn(body, words.errorPosition), words.error };
        return result;
    }
    for (qsizetype i = 0; i < words.commands.size(); ++i) {
        const QStringList &command = words.commands.at(i);
        ImportIssues warnings;
        const std::optional<RequestSpec> spec = parseWords(command, &warnings);
        const QString where = m_source + u": command "_s + QString::number(i + 1);
        for (ImportIssue &w : warnings)
            w.location = where;
        result.warnings += warnings;
        if (spec)
            result.requests.append(*spec);
        else if (command.constFirst().endsWith(u"curl"_s) || command.constFirst().endsWith(u"curl.exe"_s))
            result.warnings.append({ where, u"no URL; command skipped"_s });
        else
            result.warnings.append({ where, u"not a curl command: "_s + command.constFirst() });
    }
    if (result.requests.isEmpty())
        result.error = ImportIssue { m_source, u"no curl command with a URL found"_s };
    return result;
}

std::optional<RequestSpec> CurlParser::parseWords(const QStringList &words, ImportIssues *warnings) const
{
    if (words.isEmpty())
        return std::nullopt;
    const QString program = words.constFirst().section(u'/', -1).section(u'\\', -1);
    if (program.compare(u"curl"_s, Qt::CaseInsensitive) != 0
        && program.compare(u"curl.exe"_s, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    CurlRequestBuilder builder(m_baseDirectory, m_readFiles);
    bool optionsEnded = false;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (optionsEnded || !word.startsWith(u'-') || word.size() == 1) {
            builder.positional(word);
        } else if (word == u"--"_s) {
            optionsEnded = true;
        } else if (word.startsWith(u"--"_s)) {
            const QString name = word.mid(2);
            const bool takesValue = longValueOptions().contains(name)
                || std::any_of(shortOptions().cbegin(), shortOptions().cend(), [&name](const OptionInfo &o) {
                       return o.name == name && o.arg == Arg::Value;
                   });
            if (takesValue && i + 1 >= words.size()) {
                builder.warn(u"--"_s + name + u" needs a value"_s);
                break;
            }
            builder.option(name, takesValue ? words.at(++i) : QString());
        } else {
            // A cluster: -sSL is three flags, -XPOST and -sXPOST give X the rest of the word.
            for (qsizetype k = 1; k < word.size(); ++k) {
                const auto it = shortOptions().constFind(word.at(k));
                if (it == shortOptions().cend()) {
                    builder.warn(u"unknown option -"_s + word.at(k) + u" ignored"_s);
                    continue;
                }
                if (it->arg == Arg::None) {
                    builder.option(it->name, QString());
                    continue;
                }
                QString value = word.mid(k + 1);
                if (value.isEmpty()) {
                    if (i + 1 >= words.size()) {
                        builder.warn(u"-"_s + word.at(k) + u" needs a value"_s);
                        break;
                    }
                    value = words.at(++i);
                }
                builder.option(it->name, value);
                break;
            }
        }
    }
    std::optional<RequestSpec> spec = builder.finish();
    if (warnings)
        *warnings += builder.warnings();
    return spec;
}

} // namespace Reqscope
