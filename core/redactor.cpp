// SPDX-License-Identifier: MIT
#include "redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringView>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

bool isAuthorizationHeader(const QString &name)
{
    const QString n = name.trimmed();
    return n.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0
        || n.compare(u"Proxy-Authorization"_s, Qt::CaseInsensitive) == 0;
}

bool isCookieHeader(const QString &name)
{
    const QString n = name.trimmed();
    return n.compare(u"Cookie"_s, Qt::CaseInsensitive) == 0 || n.compare(u"Set-Cookie"_s, Qt::CaseInsensitive) == 0;
}

/// "name=value" pairs of a Cookie header ("a=1; b=2") or the first pair of a Set-Cookie value. Browsers' copied
/// requests carry many cookies like "consent=1" or "lang=en": a value that short is no credential, and masking
/// every "1" would leave "127.0.0.1" unreadable. (The Cookie header is still hidden whole.)
QList<QPair<QString, QString>> cookiePairs(const QString &value, bool firstOnly)
{
    constexpr qsizetype shortestSecret = 4;
    QList<QPair<QString, QString>> pairs;
    for (const QString &part : value.split(u';')) {
        const qsizetype eq = part.indexOf(u'=');
        const QString cookieValue = part.mid(eq + 1).trimmed();
        if (eq > 0 && cookieValue.size() >= shortestSecret)
            pairs.append({ part.left(eq).trimmed(), cookieValue });
        if (firstOnly)
            break; // the rest of a Set-Cookie line are attributes (Path, Expires, …), not secrets
    }
    return pairs;
}

/// The query's "name=value" pairs exactly as written in \a url, still percent-encoded.
QList<QPair<QString, QString>> rawQueryPairs(const QString &url)
{
    QList<QPair<QString, QString>> pairs;
    const qsizetype question = url.indexOf(u'?');
    if (question < 0)
        return pairs;
    const qsizetype hash = url.indexOf(u'#', question);
    const QString query = url.mid(question + 1, hash < 0 ? -1 : hash - question - 1);
    for (const QString &item : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq > 0)
            pairs.append({ item.left(eq), item.mid(eq + 1) });
    }
    return pairs;
}

QString decoded(const QString &encoded)
{
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

/// Every spelling of one value that may appear in a URL, a form body or a server's echo of them.
QStringList spellings(const QString &value)
{
    QString plusDecoded = value;
    plusDecoded.replace(u'+', u' ');
    return {
        value, decoded(value), decoded(plusDecoded), QString::fromLatin1(QUrl::toPercentEncoding(decoded(value)))
    };
}

/// How user:password travels in an Authorization or Proxy-Authorization header that the engine builds itself
/// (a 401/407 answered with SetCredentials, a URL with user info); a server may echo it.
QString basicCredentials(const QString &user, const QString &password)
{
    return password.isEmpty() ? QString() : QString::fromLatin1((user + u':' + password).toUtf8().toBase64());
}

/// \a value as it appears inside a JSON string, e.g. when a server echoes a header: quotes and backslashes escaped.
QString jsonEscaped(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(2, array.size() - 4)); // without [" and "]
}

/// Replaces every occurrence of any of \a needles (longest first) in one left-to-right pass, so a mask already
/// written is never matched again by a shorter needle.
template <typename Text, typename View> Text replaceAll(const Text &text, const QList<Text> &needles, const Text &mask)
{
    if (needles.isEmpty())
        return text;
    Text out;
    out.reserve(text.size());
    const View view(text);
    qsizetype i = 0;
    qsizetype copiedUpTo = 0;
    while (i < view.size()) {
        const auto match = std::find_if(needles.cbegin(), needles.cend(), [&](const Text &needle) {
            return view.sliced(i).startsWith(View(needle));
        });
        if (match == needles.cend()) {
            ++i;
            continue;
        }
        out.append(view.sliced(copiedUpTo, i - copiedUpTo));
        out.append(mask);
        i += match->size();
        copiedUpTo = i;
    }
    out.append(view.sliced(copiedUpTo));
    return out;
}

} // namespace

bool Redactor::isCredentialHeader(const QString &name)
{
    // The fixed credential headers, and the names API keys and tokens travel under (X-Api-Key, X-Auth-Token, …).
    static const QRegularExpression credential(
        u"^(authorization|proxy-authorization|cookie|set-cookie)$|api[-_]?key|token|secret|password"_s,
        QRegularExpression::CaseInsensitiveOption);
    return credential.match(name.trimmed()).hasMatch();
}

bool Redactor::isSecretName(const QString &name)
{
    static const QRegularExpression secret(u"token|key|secret|password|passwd|pwd|sig|signature|auth|session"_s,
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

QString Redactor::mask()
{
    return u"[REDACTED]"_s;
}

void Redactor::add(Redaction::Kind kind, const QString &label, const QString &value)
{
    // A value made only of spaces would mask every gap between words.
    if (value.trimmed().isEmpty())
        return;
    const bool known = std::any_of(
        m_redactions.cbegin(), m_redactions.cend(), [&value](const Redaction &r) { return r.value == value; });
    if (!known)
        m_redactions.append({ kind, label, value, true });
}

void Redactor::addRequest(const RequestSpec &spec)
{
    for (const KeyValue &h : spec.effectiveHeaders()) {
        if (!isCredentialHeader(h.name))
            continue;
        const QString name = h.name.trimmed();
        add(Redaction::Kind::Header, name + u" header"_s, h.value);
        if (isAuthorizationHeader(name)) {
            const qsizetype space = h.value.indexOf(u' ');
            const QString credentials = space > 0 ? h.value.mid(space + 1).trimmed() : QString();
            add(Redaction::Kind::Header, name + u" credentials"_s, credentials);
            // Basic credentials are only base64: the password itself would still be readable in an echo.
            if (h.value.left(space).compare(u"Basic"_s, Qt::CaseInsensitive) == 0) {
                const QString pair = QString::fromUtf8(QByteArray::fromBase64(credentials.toLatin1()));
                const qsizetype colon = pair.indexOf(u':');
                if (colon >= 0)
                    add(Redaction::Kind::AuthField, name + u" password"_s, pair.mid(colon + 1));
            }
        } else if (isCookieHeader(name)) {
            for (const auto &[cookie, value] : cookiePairs(h.value, false))
                add(Redaction::Kind::Cookie, u"cookie "_s + cookie, value);
        }
    }
    add(Redaction::Kind::AuthField, u"auth password"_s, spec.authPassword);
    add(Redaction::Kind::AuthField,
        u"auth password (Basic credentials)"_s,
        basicCredentials(spec.authUser, spec.authPassword));
    add(Redaction::Kind::AuthField, u"bearer token"_s, spec.bearerToken);
    add(Redaction::Kind::AuthField, u"proxy password"_s, spec.proxyPassword);
    add(Redaction::Kind::AuthField,
        u"proxy password (Basic credentials)"_s,
        basicCredentials(spec.proxyUser, spec.proxyPassword));

    for (const auto &[name, value] : rawQueryPairs(spec.url)) {
        if (!isSecretName(decoded(name)))
            continue;
        for (const QString &spelling : spellings(value))
            add(Redaction::Kind::QueryParameter, u"query parameter "_s + decoded(name), spelling);
    }
    if (spec.bodyKind == RequestSpec::BodyKind::FormUrlEncoded || spec.bodyKind == RequestSpec::BodyKind::Multipart) {
        for (const KeyValue &f : spec.formFields) {
            if (!f.enabled || f.isFile || !isSecretName(f.name))
                continue;
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(f.value));
            add(Redaction::Kind::QueryParameter, u"form field "_s + f.name, f.value);
            add(Redaction::Kind::QueryParameter, u"form field "_s + f.name, encoded);
        }
    }

    const QUrl url(spec.url);
    add(Redaction::Kind::UrlPassword, u"password in the URL"_s, url.password(QUrl::FullyDecoded));
    add(Redaction::Kind::UrlPassword, u"password in the URL"_s, url.password(QUrl::FullyEncoded));
    add(Redaction::Kind::UrlPassword,
        u"password in the URL (Basic credentials)"_s,
        basicCredentials(url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded)));
}

void Redactor::addResponseHeaders(const QString &rawHeaders)
{
    for (const QString &line : rawHeaders.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue; // the status line, the blank line at the end
        const QString name = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (name.compare(u"Set-Cookie"_s, Qt::CaseInsensitive) == 0) {
            for (const auto &[cookie, cookieValue] : cookiePairs(value, true))
                add(Redaction::Kind::Cookie, u"Set-Cookie "_s + cookie, cookieValue);
        } else if (isCredentialHeader(name)) {
            add(Redaction::Kind::Header, name + u" response header"_s, value);
        }
    }
}

void Redactor::addSecretVariable(const QString &name, const QString &value)
{
    add(Redaction::Kind::SecretVariable, u"secret variable "_s + name, value);
}

void Redactor::addUserMarked(const QString &value)
{
    add(Redaction::Kind::UserMarked, u"marked by you"_s, value);
}

QList<Redaction> Redactor::redactions() const
{
    return m_redactions;
}

void Redactor::setEnabled(int index, bool enabled)
{
    Q_ASSERT(index >= 0 && index < m_redactions.size());
    if (index >= 0 && index < m_redactions.size())
        m_redactions[index].enabled = enabled;
}

QStringList Redactor::enabledSpellings() const
{
    QStringList out;
    for (const Redaction &r : m_redactions) {
        if (!r.enabled)
            continue;
        out.append(r.value);
        const QString json = jsonEscaped(r.value);
        if (json != r.value)
            out.append(json);
    }
    return out;
}

QString Redactor::apply(const QString &text) const
{
    QStringList needles = enabledSpellings();
    std::stable_sort(
        needles.begin(), needles.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return replaceAll<QString, QStringView>(text, needles, mask());
}

QByteArray Redactor::apply(const QByteArray &bytes) const
{
    QList<QByteArray> needles;
    for (const QString &spelling : enabledSpellings())
        needles.append(spelling.toUtf8());
    std::stable_sort(
        needles.begin(), needles.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return replaceAll<QByteArray, QByteArrayView>(bytes, needles, mask().toUtf8());
}

} // namespace Reqscope
