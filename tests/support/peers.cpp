// SPDX-License-Identifier: MIT
#include "peers.h"

namespace Reqscope::Test {

QString peersPlaceholder()
{
    return QString();
}

} // namespace Reqscope::Test
