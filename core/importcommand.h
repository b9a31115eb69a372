// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Reqscope {

class SecretStore;

/*!
 * `reqscope-cli import --from curl|postman|har FILE --to DIR [--env FILE]…` (cli.md exit codes): reads FILE with
 * the matching importer and saves a new collection directory. Warnings (parts not carried over) are reported
 * and the import goes on; an unreadable or malformed FILE, or a DIR that already holds a collection, is an
 * input error (2) naming file and position.
 * \code
 * ImportCommand::Options o { ImportCommand::Format::Postman, u"api.json"_s, u"api"_s };
 * const int code = ImportCommand(print).run(o, &secrets);
 * \endcode
 */
class ImportCommand
{
public:
    enum class Format { Curl, Postman, Har };
    struct Options
    {
        Format format = Format::Curl;
        QString file; // "-": standard input
        QString directory;
        QStringList environmentFiles; // Postman environment exports
    };

    static std::optional<Format> format(const QString &name);

    /// \a report receives one line per warning or error, without a trailing newline.
    explicit ImportCommand(std::function<void(const QString &)> report);

    /// 0 imported, 2 input error. \a secrets (may be null) receives passwords, tokens and secret values.
    int run(const Options &options, SecretStore *secrets) const;

private:
    std::function<void(const QString &)> m_report;
};

} // namespace Reqscope
