// SPDX-License-Identifier: MIT
#include "eventlineformatter.h"

#include "winhttperror.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

JsonLine EventLineFormatter::responseStarted(int status, const QString &contentType)
{
    JsonLine line;
    line.add("event"_L1, u"OnResponseStart"_s).add("status"_L1, status).add("contentType"_L1, contentType);
    return line;
}

JsonLine EventLineFormatter::responseDataAvailable(qint64 size, qint64 total)
{
    JsonLine line;
    line.add("event"_L1, u"OnResponseDataAvailable"_s).add("size"_L1, size).add("total"_L1, total);
    return line;
}

JsonLine EventLineFormatter::responseFinished(qint64 total)
{
    JsonLine line;
    line.add("event"_L1, u"OnResponseFinished"_s).add("total"_L1, total);
    return line;
}

JsonLine EventLineFormatter::errorOccurred(qint32 errorNumber, const QString &description)
{
    const HResult result(errorNumber);
    JsonLine line;
    line.add("event"_L1, u"OnError"_s).add("errorNumber"_L1, errorNumber).add("hresult"_L1, result.hex());
    if (const int winHttpError = result.winHttpError())
        line.add("error"_L1, winHttpError);
    line.add("description"_L1, description); // the event's own text, as the handler would receive it
    return line;
}

void EventLineFormatter::addTime(JsonLine &line, double milliseconds)
{
    line.addRaw("t_ms"_L1, JsonLine::milliseconds(milliseconds));
}

} // namespace Reqscope
