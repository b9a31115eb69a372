// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <optional>

namespace Reqscope {

/// "Copy as curl" and "paste a curl command into the URL bar": the common subset of curl's options.
namespace CurlCommand {

/// A POSIX-shell curl command line reproducing \a spec (body files as @path).
QString fromSpec(const RequestSpec &spec);
/// The request a curl command line describes; nullopt when \a command is not a curl command with a URL.
/// Thin wrappers over CurlParser and CurlWriter (see those for the options understood).
std::optional<RequestSpec> toSpec(const QString &command);
/// Shell-style words: quotes, backslash escapes, $'…', line continuations.
QStringList tokenize(const QString &command);

} // namespace CurlCommand
} // namespace Reqscope
