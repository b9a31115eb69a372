// SPDX-License-Identifier: MIT
#pragma once

#include "historyentry.h"

namespace Reqscope {

class RequestRunner;

/// Turning a request that a RequestRunner has just ended into a history row (shared by the window and `run`).
namespace HistoryRecording {

/*!
 * The row for \a runner's last request, which sent \a sent: status and status text, time, size, the transport
 * error if any, the response headers, the engine's timing record and the first \a bodyPrefixBytes of the body. Not yet
 * redacted: HistoryStore::add does that.
 *
 * \code
 * history.add(HistoryRecording::entryFor(runner, sent, history.limits().bodyPrefixBytes), secretValues);
 * \endcode
 */
HistoryEntry entryFor(const RequestRunner &runner, const RequestSpec &sent, int bodyPrefixBytes);

} // namespace HistoryRecording
} // namespace Reqscope
