// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace Reqscope {

/// HTTP status codes and their standard reason phrases (RFC 9110, plus 418 and the common WebDAV ones).
class PlaygroundStatus
{
public:
    /// "OK" for 200, "Not Found" for 404, … and "Unknown" for codes without a registered phrase.
    [[nodiscard]] static QByteArray reasonPhrase(int status);
    /// 1xx, 204 and 304 answers never carry a body (RFC 9110 6.4.1).
    [[nodiscard]] static bool forbidsBody(int status);
};

} // namespace Reqscope
