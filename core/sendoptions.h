// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>
#include <utility>

namespace Reqscope {

/*!
 * The arguments of `reqscope-cli send` (cli.md §1) as a value: parse() checks syntax only (no files are read,
 * no request exists yet), so every flag and every usage error is testable on its own. Errors name the flag:
 * "--timeouts: expected R,C,S,V in milliseconds" (the CLI prefixes "reqscope-cli: send: ").
 *
 * \code
 * QString error;
 * const std::optional<SendOptions> options = SendOptions::parse({ u"-i"_s, u"http://127.0.0.1:8080/get"_s }, error);
 * if (!options)
 *     return usageError(error); // exit 2
 * \endcode
 */
struct SendOptions
{
    enum class BodySource { None, Text, TextFile, Binary, BinaryFile };
    static constexpr qint64 NoLimit = -1;

    QString url;
    QString method; // empty: GET, or POST when a body is given
    QList<std::pair<QString, QString>> headers; // in order; an empty value removes the header
    BodySource bodySource = BodySource::None;
    QString body; // Text: the text; TextFile/BinaryFile: the path ("-" = stdin); Binary: the text as UTF-8
    QString outputPath; // empty: stdout
    bool sync = false;
    bool abortOnStart = false;
    bool abortOnFirstChunk = false;
    qint64 abortAfterBytes = NoLimit;
    bool trace = false;
    bool include = false;
    std::optional<std::array<int, 4>> timeouts;
    QString proxy; // -x HOST:PORT; empty: not given
    QString noProxy;
    bool direct = false;
    std::optional<std::pair<QString, QString>> user;
    std::optional<std::pair<QString, QString>> proxyUser;
    QString certificate; // -E; empty: not given
    bool insecure = false;
    QString caCertificates; // --cacert
    QString certificatePassword; // --cert-password
    bool noLocation = false;
    std::optional<int> maxRedirects;
    QList<std::pair<int, QVariant>> options; // --option, typed per option, in order
    bool fail = false;
    bool silent = false;
    bool help = false;

    /// The method Open gets: -X, else POST with a body, else GET.
    QString effectiveMethod() const;

    [[nodiscard]] static std::optional<SendOptions> parse(const QStringList &arguments, QString &error);
    /// `--option` values: "true"/"false"/integers for booleans, decimal or 0x hex for numbers, text for
    /// strings (URLCodePage also takes a name). Nullopt for a value of the wrong kind.
    [[nodiscard]] static std::optional<QVariant> typedOptionValue(int id, const QString &text);
    static QString usage();
};

} // namespace Reqscope
