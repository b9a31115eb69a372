// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Reqscope::Test {

// Placeholder: the peer launcher (nginx, httpbin, tinyproxy) is filled in by the Foundation issue.
QString peersPlaceholder();

} // namespace Reqscope::Test
