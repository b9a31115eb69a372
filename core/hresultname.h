// SPDX-License-Identifier: MIT
#pragma once

#include "winhttperror.h"

#include <QString>

namespace Reqscope {

/// The symbol a Windows developer searches for: "S_OK", "E_INVALIDARG", "ERROR_WINHTTP_TIMEOUT"; the hex code if
/// unknown. Defined in winhttperror.cpp beside the description table; declared in its own header because nearly
/// every file includes winhttperror.h, and bug reports are the only reader.
QString hresultName(HResult result);

} // namespace Reqscope
