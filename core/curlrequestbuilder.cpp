// SPDX-License-Identifier: MIT
#include "curlrequestbuilder.h"

#include "httprequest.h"
#include "multipartfields.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

// Flags that change only what curl prints or how it retries: nothing a request inspector needs to know.
const QStringList quietFlags = { u"silent"_s,
    u"show-error"_s,
    u"verbose"_s,
    u"include"_s,
    u"no-buffer"_s,
    u"remote-name"_s,
    u"remote-header-name"_s,
    u"fail"_s,
    u"fail-with-body"_s,
    u"globoff"_s,
    u"progress-bar"_s,
    u"no-progress-meter"_s,
    u"output"_s,
    u"write-out"_s,
    u"cookie-jar"_s,
    u"dump-header"_s,
    u"stderr"_s,
    u"trace"_s,
    u"trace-ascii"_s,
    u"retry"_s,
    u"retry-delay"_s,
    u"retry-max-time"_s,
    u"remote-time"_s,
    u"create-dirs"_s,
    u"output-dir"_s,
    u"ipv4"_s,
    u"ipv6"_s,
    u"tcp-nodelay"_s,
    u"path-as-is"_s,
    u"http2"_s,
    u"http2-prior-knowledge"_s };

int seconds(const QString &value)
{
    return int(value.toDouble() * 1000);
}

const KeyValue *findHeader(const QList<KeyValue> &headers, const QString &name)
{
    const auto it = std::find_if(headers.cbegin(), headers.cend(), [&name](const KeyValue &h) {
        return h.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return it == headers.cend() ? nullptr : &*it;
}

QString encode(const QByteArray &utf8)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(utf8)));
}

} // namespace

CurlRequestBuilder::CurlRequestBuilder(const QString &baseDirectory, bool readFiles)
    : m_baseDirectory(baseDirectory)
    , m_readFiles(readFiles)
{
    m_spec.options.insert(HttpRequest::EnableRedirects, false); // curl does not follow redirects without -L
}

void CurlRequestBuilder::warn(const QString &message)
{
    m_warnings.append({ QString(), message });
}

ImportIssues CurlRequestBuilder::warnings() const
{
    return m_warnings;
}

void CurlRequestBuilder::positional(const QString &word)
{
    if (m_spec.url.isEmpty())
        m_spec.url = word;
    else
        warn(u"extra URL ignored: "_s + word);
}

std::optional<QByteArray> CurlRequestBuilder::readFile(const QString &name)
{
    if (name == u"-"_s) {
        warn(u"@- (standard input) cannot be imported"_s);
        return std::nullopt;
    }
    if (!m_readFiles) {
        warn(u"@"_s + name + u" not read"_s);
        return std::nullopt;
    }
    QFile file(QDir(m_baseDirectory.isEmpty() ? QDir::currentPath() : m_baseDirectory).filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        warn(u"cannot read "_s + name + u": "_s + file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

void CurlRequestBuilder::addData(const QString &name, const QString &value)
{
    if (name == u"data-urlencode"_s) {
        // content, =content, name=content, @file, name@file: the content part is encoded, '&' included.
        const qsizetype eq = value.indexOf(u'=');
        const qsizetype at = value.indexOf(u'@');
        if (at >= 0 && (eq < 0 || at < eq)) {
            const std::optional<QByteArray> content = readFile(value.mid(at + 1));
            const QString prefix = at > 0 ? value.left(at) + u'=' : QString();
            m_data.append(prefix + encode(content.value_or(QByteArray())));
        } else if (eq > 0) {
            m_data.append(value.left(eq) + u'=' + encode(value.mid(eq + 1).toUtf8()));
        } else {
            m_data.append(encode(value.mid(eq + 1).toUtf8()));
        }
        return;
    }
    if (name == u"data-raw"_s || !value.startsWith(u'@')) {
        m_data.append(value);
        return;
    }
    if (name == u"data-binary"_s) {
        m_dataFile = value.mid(1); // verbatim bytes: keep it a file body, read at send time
        return;
    }
    // -d @file: the file's text with carriage returns and newlines removed.
    if (const std::optional<QByteArray> content = readFile(value.mid(1))) {
        QByteArray stripped = *content;
        stripped.replace('\r', QByteArray()).replace('\n', QByteArray());
        m_data.append(QString::fromUtf8(stripped));
    } else {
        m_dataFile = value.mid(1);
        warn(u"-d @"_s + value.mid(1) + u": sent as the file's bytes (newlines are not stripped)"_s);
    }
}

void CurlRequestBuilder::addForm(const QString &value, bool literal)
{
    const qsizetype eq = value.indexOf(u'=');
    const QString name = value.left(eq);
    QString content = eq < 0 ? QString() : value.mid(eq + 1);
    m_spec.bodyKind = RequestSpec::BodyKind::Multipart;
    if (literal) {
        m_spec.formFields.append({ name, content });
        return;
    }
    // ;type= and ;filename= modifiers: the file is kept, its declared type and name are not.
    static const QRegularExpression modifiers(u";\\s*(type|filename|headers|encoder)=[^;]*"_s);
    if (!content.startsWith(u'"') && content.contains(modifiers)) {
        warn(u"-F "_s + name + u": ;type=/;filename= not kept"_s);
        content.remove(modifiers);
    }
    if (content.size() >= 2 && content.startsWith(u'"') && content.endsWith(u'"'))
        content = content.mid(1, content.size() - 2).replace(u"\\\""_s, u"\""_s);
    if (content.startsWith(u'@')) {
        m_spec.formFields.append({ name, content.mid(1), true, true });
    } else if (content.startsWith(u'<')) {
        m_spec.formFields.append({ name, QString::fromUtf8(readFile(content.mid(1)).value_or(QByteArray())) });
    } else {
        m_spec.formFields.append({ name, content });
    }
}

void CurlRequestBuilder::option(const QString &name, const QString &value)
{
    if (name == u"request"_s) {
        m_method = value;
    } else if (name == u"header"_s) {
        const qsizetype colon = value.indexOf(u':');
        if (value.startsWith(u'@'))
            warn(u"-H @file ignored"_s);
        else if (colon < 0 && value.endsWith(u';'))
            m_spec.headers.append({ value.chopped(1).trimmed(), QString() }); // "Name;" sends an empty header
        else if (colon > 0 && value.mid(colon + 1).trimmed().isEmpty())
            warn(u"-H '"_s + value + u"' removes a curl default header; ignored"_s);
        else if (colon > 0)
            m_spec.headers.append({ value.left(colon).trimmed(), value.mid(colon + 1).trimmed() });
        else
            warn(u"malformed header ignored: "_s + value);
    } else if (name.startsWith(u"data"_s)) {
        addData(name, value);
    } else if (name == u"json"_s) {
        m_data.append(value);
        if (!findHeader(m_spec.headers, u"Content-Type"_s))
            m_spec.headers.append({ u"Content-Type"_s, u"application/json"_s });
        if (!findHeader(m_spec.headers, u"Accept"_s))
            m_spec.headers.append({ u"Accept"_s, u"application/json"_s });
    } else if (name == u"form"_s || name == u"form-string"_s) {
        addForm(value, name == u"form-string"_s);
    } else if (name == u"upload-file"_s) {
        m_dataFile = value;
        if (m_method.isEmpty())
            m_method = u"PUT"_s;
    } else if (name == u"user"_s) {
        m_user = value;
    } else if (name == u"basic"_s || name == u"digest"_s || name == u"ntlm"_s || name == u"anyauth"_s
        || name == u"negotiate"_s) {
        m_authMode = name;
    } else if (name == u"proxy-user"_s) {
        const qsizetype colon = value.indexOf(u':');
        m_spec.proxyUser = value.left(colon < 0 ? value.size() : colon);
        m_spec.proxyPassword = colon < 0 ? QString() : value.mid(colon + 1);
    } else if (name == u"oauth2-bearer"_s) {
        m_spec.authKind = RequestSpec::AuthKind::Bearer;
        m_spec.bearerToken = value;
    } else if (name == u"user-agent"_s) {
        m_spec.options.insert(HttpRequest::UserAgentString, value);
    } else if (name == u"referer"_s) {
        m_spec.headers.append({ u"Referer"_s, value });
    } else if (name == u"range"_s) {
        m_spec.headers.append({ u"Range"_s, u"bytes="_s + value });
    } else if (name == u"cookie"_s) {
        if (value.contains(u'='))
            m_spec.headers.append({ u"Cookie"_s, value });
        else
            warn(u"-b "_s + value + u": cookie files are not imported"_s);
    } else if (name == u"compressed"_s) {
        if (!findHeader(m_spec.headers, u"Accept-Encoding"_s))
            m_spec.headers.append({ u"Accept-Encoding"_s, u"deflate, gzip"_s });
    } else if (name == u"insecure"_s) {
        m_spec.options.insert(HttpRequest::SslErrorIgnoreFlags, 0x3300);
    } else if (name == u"location"_s || name == u"location-trusted"_s) {
        m_spec.options.insert(HttpRequest::EnableRedirects, true);
    } else if (name == u"max-redirs"_s) {
        m_spec.options.insert(HttpRequest::MaxAutomaticRedirects, value.toInt());
    } else if (name == u"proxy"_s) {
        m_spec.proxySetting = 2;
        m_spec.proxyServer = value;
    } else if (name == u"noproxy"_s) {
        m_spec.proxyBypass = value;
    } else if (name == u"head"_s) {
        m_method = u"HEAD"_s;
    } else if (name == u"get"_s) {
        m_get = true;
    } else if (name == u"max-time"_s) {
        m_spec.receiveTimeoutMs = seconds(value);
    } else if (name == u"connect-timeout"_s) {
        m_spec.connectTimeoutMs = seconds(value);
    } else if (name == u"url"_s) {
        m_spec.url = value;
    } else if (name == u"url-query"_s) {
        m_urlQueries.append(value);
    } else if (name == u"cert"_s) {
        m_spec.clientCertificate = value;
    } else if (name == u"pass"_s) {
        m_spec.options.insert(HttpRequest::ClientCertificatePassword, value);
    } else if (name == u"cacert"_s) {
        m_spec.options.insert(HttpRequest::ExtraCaCertificates, value);
    } else if (name == u"http1.1"_s) {
        m_spec.options.insert(HttpRequest::EnableHttp1_1, true);
    } else if (name == u"http1.0"_s) {
        m_spec.options.insert(HttpRequest::EnableHttp1_1, false);
    } else if (!quietFlags.contains(name)) {
        warn(u"option --"_s + name + (value.isEmpty() ? QString() : u' ' + value) + u" ignored"_s);
    }
}

void CurlRequestBuilder::applyUser()
{
    if (m_user.isEmpty())
        return;
    const qsizetype colon = m_user.indexOf(u':');
    m_spec.authKind = m_authMode == u"digest"_s ? RequestSpec::AuthKind::Digest : RequestSpec::AuthKind::Basic;
    if (m_authMode == u"ntlm"_s || m_authMode == u"negotiate"_s || m_authMode == u"anyauth"_s)
        warn(u"--"_s + m_authMode + u" imported as basic auth"_s);
    m_spec.authUser = m_user.left(colon < 0 ? m_user.size() : colon);
    m_spec.authPassword = colon < 0 ? QString() : m_user.mid(colon + 1);
}

// Browsers copy credentials as headers; users expect them in the auth tab.
void CurlRequestBuilder::applyAuthorizationHeader()
{
    if (m_spec.authKind != RequestSpec::AuthKind::None)
        return;
    for (qsizetype i = 0; i < m_spec.headers.size(); ++i) {
        const KeyValue &h = m_spec.headers.at(i);
        if (h.name.compare(u"Authorization"_s, Qt::CaseInsensitive) != 0)
            continue;
        if (h.value.startsWith(u"Bearer "_s, Qt::CaseInsensitive)) {
            m_spec.authKind = RequestSpec::AuthKind::Bearer;
            m_spec.bearerToken = h.value.mid(7).trimmed();
            m_spec.headers.removeAt(i);
        } else if (h.value.startsWith(u"Basic "_s, Qt::CaseInsensitive)) {
            const auto decoded = QByteArray::fromBase64Encoding(
                h.value.mid(6).trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            const QString pair = QString::fromUtf8(decoded.decoded);
            if (!decoded || !pair.contains(u':'))
                return;
            m_spec.authKind = RequestSpec::AuthKind::Basic;
            m_spec.authUser = pair.section(u':', 0, 0);
            m_spec.authPassword = pair.section(u':', 1);
            m_spec.headers.removeAt(i);
        }
        return;
    }
}

std::optional<RequestSpec> CurlRequestBuilder::finish()
{
    if (m_spec.url.isEmpty())
        return std::nullopt;
    if (!m_spec.url.contains(u"://"_s))
        m_spec.url.prepend(u"http://"_s);
    const KeyValue *contentType = findHeader(m_spec.headers, u"Content-Type"_s);
    if (!m_data.isEmpty() && m_get)
        m_urlQueries = m_data + m_urlQueries;
    if (!m_urlQueries.isEmpty())
        m_spec.url += (m_spec.url.contains(u'?') ? u'&' : u'?') + m_urlQueries.join(u'&');
    if (!m_data.isEmpty() && m_get) {
    } else if (!m_data.isEmpty()) {
        m_spec.bodyText = m_data.join(u'&');
        const bool json = contentType && contentType->value.contains(u"json"_s, Qt::CaseInsensitive);
        m_spec.bodyKind = json ? RequestSpec::BodyKind::Json : RequestSpec::BodyKind::Text;
        if (!contentType)
            m_spec.headers.append({ u"Content-Type"_s, u"application/x-www-form-urlencoded"_s });
        else if (contentType->value.startsWith(u"multipart/form-data"_s, Qt::CaseInsensitive))
            parseMultipartBody();
    } else if (!m_dataFile.isEmpty()) {
        m_spec.bodyKind = RequestSpec::BodyKind::BinaryFile;
        m_spec.bodyFile = m_dataFile;
        if (!contentType && m_method != u"PUT"_s)
            m_spec.headers.append({ u"Content-Type"_s, u"application/x-www-form-urlencoded"_s });
    }
    applyUser();
    applyAuthorizationHeader();
    const bool hasBody = m_spec.bodyKind != RequestSpec::BodyKind::None;
    m_spec.method = !m_method.isEmpty() ? m_method : (hasBody && !m_get) ? u"POST"_s : u"GET"_s;
    return m_spec;
}

// Chrome copies a multipart form as --data-raw with its boundary; fields without files go back into the form.
void CurlRequestBuilder::parseMultipartBody()
{
    const std::optional<QList<KeyValue>> fields
        = MultipartFields::parse(findHeader(m_spec.headers, u"Content-Type"_s)->value, m_spec.bodyText);
    if (!fields)
        return;
    m_spec.formFields = *fields;
    m_spec.bodyKind = RequestSpec::BodyKind::Multipart;
    m_spec.bodyText.clear();
    m_spec.headers.removeIf(
        [](const KeyValue &h) { return h.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0; });
}

} // namespace Reqscope
