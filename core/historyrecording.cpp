// SPDX-License-Identifier: MIT
#include "historyrecording.h"

#include "historystore.h"
#include "requestrunner.h"
#include "responsebodystore.h"

namespace Reqscope::HistoryRecording {

HistoryEntry entryFor(const RequestRunner &runner, const RequestSpec &sent, int bodyPrefixBytes)
{
    HistoryEntry entry;
    entry.sentAt = QDateTime::currentDateTimeUtc().addMSecs(-qint64(runner.elapsedMs()));
    entry.method = sent.method;
    entry.url = sent.url;
    entry.status = runner.status();
    entry.timeMs = runner.elapsedMs();
    entry.bytes = runner.bytesReceived();
    entry.hresult = runner.result().code();
    if (entry.hresult != 0)
        entry.error = runner.errorDescription();
    if (const std::shared_ptr<ResponseBodyStore> body = runner.body())
        entry.bodyPrefix = body->read(0, bodyPrefixBytes);
    entry.request = sent;
    entry.statusText = runner.statusText();
    entry.responseHeaders = HistoryStore::headersFromRaw(runner.rawHeaders());
    entry.timing = runner.timing().phases; // HAR export's timings
    return entry;
}

} // namespace Reqscope::HistoryRecording
