// SPDX-License-Identifier: MIT
#include "curlwriter.h"

#include "httprequest.h"
#include "redactor.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

/// The MSVC runtime's quoting: backslashes double only before a quote (and before the closing one).
QString msvcEscape(const QString &word)
{
    QString out;
    qsizetype backslashes = 0;
    for (const QChar c : word) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        out += QString(c == u'"' ? backslashes * 2 + 1 : backslashes, u'\\');
        backslashes = 0;
        out += c;
    }
    return out + QString(backslashes * 2, u'\\');
}

} // namespace

void CurlWriter::setShell(Shell shell)
{
    m_shell = shell;
}

void CurlWriter::setIncludeSecrets(bool include)
{
    m_includeSecrets = include;
}

void CurlWriter::setMultiLine(bool multiLine)
{
    m_multiLine = multiLine;
}

QString CurlWriter::redacted()
{
    return u"REDACTED"_s;
}

QString CurlWriter::quote(const QString &word) const
{
    static const QString safe = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@,+"_s;
    if (!word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return safe.contains(c); }))
        return word;
    if (m_shell == Shell::Posix) {
        QString escaped = word;
        escaped.replace(u"'"_s, u"'\\''"_s);
        return u'\'' + escaped + u'\'';
    }
    // cmd: ^" keeps cmd itself out of quoting, so every special character is ^-escaped (as Chrome does).
    static const QString plain = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \t_-:=+~'/.,?;()*`"_s;
    const QString msvc = msvcEscape(word);
    QString out = u"^\""_s;
    for (qsizetype i = 0; i < msvc.size(); ++i) {
        const QChar c = msvc.at(i);
        if (c == u'\n')
            out += u"^\n\n"_s;
        else if (c == u'\r')
            continue;
        else if (c == u'%' && i + 1 < msvc.size() && (msvc.at(i + 1).isLetterOrNumber() || msvc.at(i + 1) == u'_'))
            out += u"^%^"_s; // breaks %NAME% expansion at the prompt
        else if (plain.contains(c))
            out += c;
        else
            out += u'^' + c;
    }
    return out + u"^\""_s;
}

QStringList CurlWriter::bodyOptions(const RequestSpec &spec) const
{
    QStringList parts;
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
            if (!f.enabled || f.name.isEmpty())
                continue;
            const bool literal = !f.isFile && (f.value.startsWith(u'@') || f.value.startsWith(u'<'));
            parts << (literal ? u"--form-string"_s : u"-F"_s)
                  << quote(f.name + (f.isFile ? u"=@"_s : u"="_s) + f.value);
        }
        break;
    case RequestSpec::BodyKind::BinaryFile:
        if (!spec.bodyFile.isEmpty())
            parts << u"--data-binary"_s << quote(u'@' + spec.bodyFile);
        break;
    }
    return parts;
}

QString CurlWriter::write(const RequestSpec &spec) const
{
    QStringList parts { quote(spec.url) };
    const auto secret = [this](const QString &value) {
        return m_includeSecrets ? value : redacted();
    };
    // What curl infers from the options actually written (a form without a named field sends no body).
    const QStringList body = bodyOptions(spec);
    const bool hasBody = !body.isEmpty();
    if (spec.method == u"HEAD"_s && !hasBody)
        parts << u"-I"_s;
    else if (spec.method != (hasBody ? u"POST"_s : u"GET"_s))
        parts << u"-X"_s << quote(spec.method);
    const bool explicitAuthorization = std::any_of(spec.headers.cbegin(), spec.headers.cend(), [](const KeyValue &h) {
        return h.enabled && h.name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0;
    });
    for (const KeyValue &h : spec.effectiveHeaders()) {
        if (spec.bodyKind == RequestSpec::BodyKind::Multipart
            && h.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0)
            continue; // curl -F sets its own boundary
        const bool impliedAuth = !explicitAuthorization && h.name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0;
        if (impliedAuth && spec.authKind == RequestSpec::AuthKind::Basic)
            continue; // written as -u below
        QString value = h.value;
        if (Redactor::isCredentialHeader(h.name) && !m_includeSecrets)
            value = impliedAuth ? u"Bearer "_s + redacted() : redacted();
        parts << u"-H"_s << quote(h.name + u": "_s + value);
    }
    parts << body;
    if (spec.authKind == RequestSpec::AuthKind::Digest)
        parts << u"--digest"_s;
    if ((spec.authKind == RequestSpec::AuthKind::Digest || spec.authKind == RequestSpec::AuthKind::Basic)
        && !explicitAuthorization)
        parts << u"-u"_s << quote(spec.authUser + u':' + secret(spec.authPassword));
    if (spec.options.value(HttpRequest::SslErrorIgnoreFlags).toInt() != 0)
        parts << u"-k"_s;
    if (spec.options.value(HttpRequest::EnableRedirects, true).toBool())
        parts << u"-L"_s;
    if (spec.options.contains(HttpRequest::MaxAutomaticRedirects))
        parts << u"--max-redirs"_s << QString::number(spec.options.value(HttpRequest::MaxAutomaticRedirects).toInt());
    if (spec.options.contains(HttpRequest::UserAgentString))
        parts << u"-A"_s << quote(spec.options.value(HttpRequest::UserAgentString).toString());
    if (spec.proxySetting == 2 && !spec.proxyServer.isEmpty())
        parts << u"-x"_s << quote(spec.proxyServer);
    if (!spec.proxyBypass.isEmpty())
        parts << u"--noproxy"_s << quote(spec.proxyBypass);
    if (!spec.proxyUser.isEmpty())
        parts << u"-U"_s << quote(spec.proxyUser + u':' + secret(spec.proxyPassword));
    if (spec.connectTimeoutMs != RequestSpec().connectTimeoutMs && spec.connectTimeoutMs > 0)
        parts << u"--connect-timeout"_s << QString::number(spec.connectTimeoutMs / 1000.0);
    if (spec.receiveTimeoutMs != RequestSpec().receiveTimeoutMs && spec.receiveTimeoutMs > 0)
        parts << u"-m"_s << QString::number(spec.receiveTimeoutMs / 1000.0);
    if (!spec.clientCertificate.isEmpty())
        parts << u"--cert"_s << quote(spec.clientCertificate);
    if (spec.options.contains(HttpRequest::ExtraCaCertificates))
        parts << u"--cacert"_s << quote(spec.options.value(HttpRequest::ExtraCaCertificates).toString());
    const QString separator = !m_multiLine ? u" "_s : m_shell == Shell::Posix ? u" \\\n  "_s : u" ^\n  "_s;
    QString out = u"curl"_s;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        // An option and its value stay on one line, and so do curl and the URL.
        const bool value = i == 0 || (parts.at(i - 1).startsWith(u'-') && !parts.at(i).startsWith(u'-'));
        out += (value ? u" "_s : separator) + parts.at(i);
    }
    return out;
}

} // namespace Reqscope
