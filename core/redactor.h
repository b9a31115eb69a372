// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Reqscope {

/// One secret a report hides: the clear value, what it is, and whether the user chose to reveal it.
struct Redaction
{
    enum class Kind { Header, Cookie, AuthField, SecretVariable, QueryParameter, UrlPassword, UserMarked };

    Kind kind = Kind::Header;
    QString label; // for the reader: "Authorization header", "query parameter api_key", "secret variable token"
    QString value; // the clear text; lives only in memory
    bool enabled = true; // false: the user revealed it in the report preview

    friend bool operator==(const Redaction &a, const Redaction &b)
    {
        return a.kind == b.kind && a.label == b.label && a.value == b.value && a.enabled == b.enabled;
    }
};

/*!
 * The one place that knows what is secret. Everything that writes a request somewhere a person may share it
 * (trace lines, history, curl/Postman/HAR exports, bug reports, the window while it is grabbed) asks Redactor
 * which header names carry credentials; bug reports additionally collect the secret *values* of one request and
 * replace them wherever they appear: in the curl command, header tables, a body echoed back by the server, the
 * texts the window shows while its screenshot is taken.
 *
 * \code
 * Redactor redactor;
 * redactor.addRequest(spec);                       // credential headers, auth fields, secret-looking params
 * redactor.addResponseHeaders(runner.rawHeaders()); // Set-Cookie values
 * redactor.addSecretVariable(u"token"_s, resolvedToken);
 * const QString safe = redactor.apply(text);      // every enabled value replaced by Redactor::mask()
 * \endcode
 */
class Redactor
{
public:
    /// Authorization, Proxy-Authorization, Cookie, Set-Cookie and the common API-key headers (case-insensitive).
    static bool isCredentialHeader(const QString &name);
    /// Query parameter or form field names that look secret: contain token, key, secret, password, passwd, pwd,
    /// sig, signature, auth, session (case-insensitive).
    static bool isSecretName(const QString &name);
    /// What a hidden value is replaced with.
    static QString mask();

    /// Collects header values (credential headers whole, and their credentials part after the scheme; each
    /// cookie value of four or more characters), the auth fields (password, token, proxy password), secret-looking
    /// query parameters and form fields (decoded and percent-encoded forms) and a password in the URL.
    void addRequest(const RequestSpec &spec);
    /// Collects the cookie values (four or more characters) of Set-Cookie lines in a raw response header block.
    void addResponseHeaders(const QString &rawHeaders);
    void addSecretVariable(const QString &name, const QString &value);
    /// Anything the user marks (selected text in the window).
    void addUserMarked(const QString &value);

    /// Every collected secret, once per distinct value, in the order found; empty values are never collected.
    QList<Redaction> redactions() const;
    void setEnabled(int index, bool enabled);

    /// \a text with every enabled value replaced by mask(); longer values first, so that a token inside a
    /// header value cannot leave half of it visible.
    QString apply(const QString &text) const;
    QByteArray apply(const QByteArray &bytes) const;
    /// What apply() replaces: every enabled value, and its JSON-escaped form where that differs (a server
    /// echoing a header or form field into a JSON body escapes quotes and backslashes).
    QStringList enabledSpellings() const;

private:
    void add(Redaction::Kind kind, const QString &label, const QString &value);

    QList<Redaction> m_redactions;
};

} // namespace Reqscope
