// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

namespace Reqscope {

/// One row of a key/value table (query parameters, headers, form fields); disabled rows are kept but not sent.
struct KeyValue
{
    QString name;
    QString value;
    bool enabled = true;
    bool isFile = false; // multipart only: value is a file path

    friend bool operator==(const KeyValue &a, const KeyValue &b)
    {
        return a.name == b.name && a.value == b.value && a.enabled == b.enabled && a.isFile == b.isFile;
    }
};

/*!
 * The request being edited: everything the window lets a person set, as a plain value. RequestRunner applies
 * it to an HttpRequest; the window persists it (toJson) as "the last request"; the Playground collection is a
 * list of them.
 */
struct RequestSpec
{
    enum class BodyKind { None, Text, Json, FormUrlEncoded, Multipart, BinaryFile };
    enum class AuthKind { None, Basic, Digest, Bearer };

    QString name; // shown in the sidebar; not sent
    QString method = QStringLiteral("GET");
    QString url;
    /// Query rows switched off in the Params table; the URL holds the enabled ones (UrlParams::merge puts these
    /// after them). Not sent; kept so that saving and loading a request keeps what the user switched off.
    QList<KeyValue> disabledParams;
    QList<KeyValue> headers;

    BodyKind bodyKind = BodyKind::None;
    QString bodyText; // Text and Json
    QList<KeyValue> formFields; // FormUrlEncoded and Multipart
    QString bodyFile; // BinaryFile

    AuthKind authKind = AuthKind::None;
    QString authUser;
    QString authPassword;
    QString bearerToken;
    QString proxyUser; // proxy credentials, independent of the server auth kind
    QString proxyPassword;

    // Object settings (spec §2.2). Timeouts in ms, WinHTTP defaults.
    int resolveTimeoutMs = 0;
    int connectTimeoutMs = 60000;
    int sendTimeoutMs = 30000;
    int receiveTimeoutMs = 30000;
    int proxySetting = 0; // 0 default (environment), 1 direct, 2 named proxy
    QString proxyServer;
    QString proxyBypass;
    QString clientCertificate;
    int autoLogonPolicy = 1;
    /// WinHTTP options (HttpRequest::Option ids) the user changed; unset ids keep the engine's defaults.
    QMap<int, QVariant> options;

    /// The enabled headers plus those the body kind implies (Content-Type) unless the user set them.
    QList<KeyValue> effectiveHeaders() const;
    /// Bytes to send; empty for None. \a error receives a message when a file cannot be read.
    QByteArray bodyBytes(QString *error = nullptr) const;
    /// Multipart boundary; fixed per spec so the body and its Content-Type agree.
    static QByteArray multipartBoundary();

    QJsonObject toJson() const;
    static RequestSpec fromJson(const QJsonObject &json);

    friend bool operator==(const RequestSpec &a, const RequestSpec &b)
    {
        return a.toJson() == b.toJson();
    }
};

} // namespace Reqscope
