// SPDX-License-Identifier: MIT
#include "curlcommand.h"

#include "httprequest.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope::CurlCommand {

namespace {

QString quote(const QString &word)
{
    static const QString safe = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@,+%"_s;
    if (!word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return safe.contains(c); }))
        return word;
    QString escaped = word;
    escaped.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + escaped + u'\'';
}

QChar ansiEscape(QChar c)
{
    switch (c.unicode()) {
    case 'n':
        return u'\n';
    case 't':
        return u'\t';
    case 'r':
        return u'\r';
    default:
        return c;
    }
}

} // namespace

QStringList tokenize(const QString &command)
{
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (c == u'\\' && i + 1 < command.size()) {
            const QChar next = command.at(++i);
            if (next != u'\n') { // backslash-newline is a continuation
                word += next;
                inWord = true;
            }
        } else if (c == u'\'' || (c == u'$' && i + 1 < command.size() && command.at(i + 1) == u'\'')) {
            const bool ansi = c == u'$';
            i += ansi ? 2 : 1;
            for (; i < command.size() && command.at(i) != u'\''; ++i) {
                if (ansi && command.at(i) == u'\\' && i + 1 < command.size())
                    word += ansiEscape(command.at(++i));
                else
                    word += command.at(i);
            }
            inWord = true;
        } else if (c == u'"') {
            for (++i; i < command.size() && command.at(i) != u'"'; ++i) {
                if (command.at(i) == u'\\' && i + 1 < command.size()
                    && QStringView(u"\"\\$`\n").contains(command.at(i + 1)))
                    ++i;
                word += command.at(i);
            }
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

QString fromSpec(const RequestSpec &spec)
{
    QStringList parts { u"curl"_s };
    const bool hasBody = spec.bodyKind != RequestSpec::BodyKind::None;
    if (spec.method != u"GET"_s || hasBody)
        parts << u"-X"_s << quote(spec.method);
    parts << quote(spec.url);
    for (const KeyValue &h : spec.effectiveHeaders()) {
        if (spec.bodyKind == RequestSpec::BodyKind::Multipart
            && h.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0)
            continue; // curl -F sets its own boundary
        parts << u"-H"_s << quote(h.name + u": "_s + h.value);
    }
    switch (spec.bodyKind) {
    case RequestSpec::BodyKind::None:
        break;
    case RequestSpec::BodyKind::Text:
    case RequestSpec::BodyKind::Json:
        parts << u"--data-raw"_s << quote(spec.bodyText);
        break;
    case RequestSpec::BodyKind::FormUrlEncoded:
        parts << u"--data-raw"_s << quote(QString::fromLatin1(spec.bodyBytes()));
        break;
    case RequestSpec::BodyKind::Multipart:
        for (const KeyValue &f : spec.formFields) {
            if (f.enabled && !f.name.isEmpty())
                parts << u"-F"_s << quote(f.name + (f.isFile ? u"=@"_s : u"="_s) + f.value);
        }
        break;
    case RequestSpec::BodyKind::BinaryFile:
        parts << u"--data-binary"_s << quote(u'@' + spec.bodyFile);
        break;
    }
    if (spec.authKind == RequestSpec::AuthKind::Digest)
        parts << u"--digest"_s << u"-u"_s << quote(spec.authUser + u':' + spec.authPassword);
    if (spec.options.value(HttpRequest::SslErrorIgnoreFlags).toInt() != 0)
        parts << u"-k"_s;
    if (spec.options.value(HttpRequest::EnableRedirects, true).toBool())
        parts << u"-L"_s;
    if (spec.proxySetting == 2 && !spec.proxyServer.isEmpty())
        parts << u"-x"_s << quote(spec.proxyServer);
    return parts.join(u' ');
}

std::optional<RequestSpec> toSpec(const QString &command)
{
    QString text = command.trimmed();
    if (text.startsWith(u"$ "_s))
        text = text.mid(2);
    const QStringList words = tokenize(text);
    if (words.isEmpty() || words.first() != u"curl"_s)
        return std::nullopt;
    RequestSpec spec;
    spec.options.insert(HttpRequest::EnableRedirects, false); // curl does not follow redirects without -L
    QString method;
    QStringList data;
    bool get = false;
    bool digest = false;
    QString user;
    static const QStringList valueOptions = { u"-X"_s,
        u"--request"_s,
        u"-H"_s,
        u"--header"_s,
        u"-d"_s,
        u"--data"_s,
        u"--data-ascii"_s,
        u"--data-raw"_s,
        u"--data-binary"_s,
        u"--data-urlencode"_s,
        u"--json"_s,
        u"-F"_s,
        u"--form"_s,
        u"--form-string"_s,
        u"-u"_s,
        u"--user"_s,
        u"-A"_s,
        u"--user-agent"_s,
        u"-e"_s,
        u"--referer"_s,
        u"-b"_s,
        u"--cookie"_s,
        u"--max-redirs"_s,
        u"-x"_s,
        u"--proxy"_s,
        u"-m"_s,
        u"--max-time"_s,
        u"--connect-timeout"_s,
        u"--url"_s,
        u"-o"_s,
        u"--output"_s,
        u"-w"_s,
        u"-c"_s,
        u"--cert"_s,
        u"--key"_s,
        u"--cacert"_s };
    for (qsizetype i = 1; i < words.size(); ++i) {
        QString opt = words.at(i);
        QString value;
        // -XPOST: a value-taking short option glued to its value.
        if (opt.size() > 2 && opt.startsWith(u'-') && !opt.startsWith(u"--"_s) && valueOptions.contains(opt.left(2))) {
            value = opt.mid(2);
            opt = opt.left(2);
        } else if (valueOptions.contains(opt)) {
            if (++i >= words.size())
                return std::nullopt;
            value = words.at(i);
        }
        if (opt == u"-X"_s || opt == u"--request"_s) {
            method = value;
        } else if (opt == u"-H"_s || opt == u"--header"_s) {
            const qsizetype colon = value.indexOf(u':');
            if (colon > 0)
                spec.headers.append({ value.left(colon).trimmed(), value.mid(colon + 1).trimmed() });
        } else if (opt.startsWith(u"-d"_s) || opt.startsWith(u"--data"_s)) {
            data.append(
                opt == u"--data-urlencode"_s ? QString::fromLatin1(QUrl::toPercentEncoding(value, "="_ba)) : value);
        } else if (opt == u"--json"_s) {
            data.append(value);
            spec.headers.append({ u"Content-Type"_s, u"application/json"_s });
            spec.headers.append({ u"Accept"_s, u"application/json"_s });
        } else if (opt == u"-F"_s || opt == u"--form"_s || opt == u"--form-string"_s) {
            const qsizetype eq = value.indexOf(u'=');
            const QString name = value.left(eq);
            const QString v = eq < 0 ? QString() : value.mid(eq + 1);
            const bool file = opt != u"--form-string"_s && v.startsWith(u'@');
            spec.formFields.append({ name, file ? v.mid(1) : v, true, file });
            spec.bodyKind = RequestSpec::BodyKind::Multipart;
        } else if (opt == u"-u"_s || opt == u"--user"_s) {
            user = value;
        } else if (opt == u"--digest"_s) {
            digest = true;
        } else if (opt == u"-A"_s || opt == u"--user-agent"_s) {
            spec.options.insert(HttpRequest::UserAgentString, value);
        } else if (opt == u"-e"_s || opt == u"--referer"_s) {
            spec.headers.append({ u"Referer"_s, value });
        } else if (opt == u"-b"_s || opt == u"--cookie"_s) {
            spec.headers.append({ u"Cookie"_s, value });
        } else if (opt == u"-k"_s || opt == u"--insecure"_s) {
            spec.options.insert(HttpRequest::SslErrorIgnoreFlags, 0x3300);
        } else if (opt == u"-L"_s || opt == u"--location"_s) {
            spec.options.insert(HttpRequest::EnableRedirects, true);
        } else if (opt == u"--max-redirs"_s) {
            spec.options.insert(HttpRequest::MaxAutomaticRedirects, value.toInt());
        } else if (opt == u"-x"_s || opt == u"--proxy"_s) {
            spec.proxySetting = 2;
            spec.proxyServer = value;
        } else if (opt == u"-I"_s || opt == u"--head"_s) {
            method = u"HEAD"_s;
        } else if (opt == u"-G"_s || opt == u"--get"_s) {
            get = true;
        } else if (opt == u"-m"_s || opt == u"--max-time"_s) {
            spec.receiveTimeoutMs = int(value.toDouble() * 1000);
        } else if (opt == u"--connect-timeout"_s) {
            spec.connectTimeoutMs = int(value.toDouble() * 1000);
        } else if (opt == u"--url"_s || !opt.startsWith(u'-')) {
            spec.url = opt == u"--url"_s ? value : opt;
        }
        // Anything else (-s, -v, -o file, --compressed, …) changes only curl's own output.
    }
    if (spec.url.isEmpty())
        return std::nullopt;
    if (!spec.url.contains(u"://"_s))
        spec.url.prepend(u"http://"_s);
    if (!data.isEmpty() && get) {
        spec.url += (spec.url.contains(u'?') ? u'&' : u'?') + data.join(u'&');
    } else if (!data.isEmpty()) {
        spec.bodyText = data.join(u'&');
        const bool json = std::any_of(spec.headers.cbegin(), spec.headers.cend(), [](const KeyValue &h) {
            return h.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0 && h.value.contains(u"json"_s);
        });
        spec.bodyKind = json ? RequestSpec::BodyKind::Json : RequestSpec::BodyKind::Text;
        if (!json && !std::any_of(spec.headers.cbegin(), spec.headers.cend(), [](const KeyValue &h) {
                return h.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
            }))
            spec.headers.append({ u"Content-Type"_s, u"application/x-www-form-urlencoded"_s });
    }
    if (!user.isEmpty()) {
        const qsizetype colon = user.indexOf(u':');
        spec.authKind = digest ? RequestSpec::AuthKind::Digest : RequestSpec::AuthKind::Basic;
        spec.authUser = user.left(colon < 0 ? user.size() : colon);
        spec.authPassword = colon < 0 ? QString() : user.mid(colon + 1);
    }
    spec.method = !method.isEmpty()                              ? method
        : (spec.bodyKind != RequestSpec::BodyKind::None && !get) ? u"POST"_s
                                                                 : u"GET"_s;
    // An Authorization: Bearer header becomes bearer auth, as users expect after pasting from a browser.
    for (qsizetype i = 0; i < spec.headers.size(); ++i) {
        const KeyValue &h = spec.headers.at(i);
        if (h.name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0 && h.value.startsWith(u"Bearer "_s)) {
            spec.authKind = RequestSpec::AuthKind::Bearer;
            spec.bearerToken = h.value.mid(7);
            spec.headers.removeAt(i);
            break;
        }
    }
    return spec;
}

} // namespace Reqscope::CurlCommand
