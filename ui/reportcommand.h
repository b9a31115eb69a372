// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace Reqscope {

class SecretStore;

/*!
 * `reqscope-cli report (--request FILE | --collection DIR --name NAME) [--env NAME] -o FILE`: loads the saved
 * request, sends it from a MainWindow rendered offscreen, waits for the state after the response, grabs the
 * window with every secret masked (WindowMasker) and writes the report as HTML or Markdown, chosen by the
 * extension of FILE. Needs a QApplication (the caller forces the offscreen platform).
 *
 * Exit codes as every subcommand: 0 written; 1 the request failed (transport error) and the report was still
 * written, since a failing request is exactly what gets reported; 2 usage, input or write error.
 */
class ReportCommand
{
public:
    struct Options
    {
        QString requestFile;
        QString collection;
        QString name;
        QString environment;
        QString output;
        QString title; // default: the request's name, or METHOD URL
        QString expected;
        QString actual;
    };
    enum class Format { Html, Markdown };
    using Printer = std::function<void(const QString &line)>;

    /// By the extension of \a path: .html/.htm or .md/.markdown; nullopt for anything else.
    static std::optional<Format> formatOf(const QString &path);

    /// \a printError gets one line per problem (without the "reqscope-cli: " prefix).
    explicit ReportCommand(Printer printError);

    int run(const Options &options, const SecretStore *secrets) const;

private:
    Printer m_printError;
};

} // namespace Reqscope
