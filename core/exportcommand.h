// SPDX-License-Identifier: MIT
#pragma once

#include "importcommand.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Reqscope {

class HistoryStore;
class SecretStore;

/*!
 * `reqscope-cli export --to curl|postman|har DIR [-o FILE] [--include-secrets]` and
 * `export --to har --history [-o FILE]` and `export --to postman DIR --env NAME`: loads a collection directory (or the
 * history) and writes it in the chosen format. curl writes one command per request with collection and folder defaults
 * applied; HAR from a collection holds requests without responses. Secrets are left out unless opted in.
 */
class ExportCommand
{
public:
    struct Options
    {
        ImportCommand::Format format = ImportCommand::Format::Postman;
        QString directory;
        QString output; // empty or "-": standard output
        bool includeSecrets = false;
        bool history = false; // HAR only: the history instead of a collection
        QString environment; // Postman only: write this environment (name or slug) instead of the collection
    };

    explicit ExportCommand(std::function<void(const QString &)> report);

    /// 0 written, 2 input error (unreadable collection, unwritable output).
    int run(const Options &options, const SecretStore *secrets, const HistoryStore *history) const;

private:
    bool write(const QString &output, const QByteArray &bytes) const;

    std::function<void(const QString &)> m_report;
};

} // namespace Reqscope
