// SPDX-License-Identifier: MIT
#include "playgroundfaultendpoints.h"

#include "playgroundbytes.h"
#include "playgroundgzipbomb.h"
#include "playgroundrequest.h"
#include "playgroundresponder.h"

using namespace Qt::StringLiterals;

namespace Reqscope {

bool PlaygroundFaultEndpoints::serve(PlaygroundResponder &responder)
{
    const PlaygroundRequest &request = responder.request();
    const QStringList segments = request.pathSegments();
    if (segments.size() != 2 || segments.at(0) != "fault"_L1)
        return false;
    const QString fault = segments.at(1);
    const PlaygroundResponder::Headers binary { { "Content-Type"_ba, "application/octet-stream"_ba } };

    if (fault == "reset-mid-body"_L1) {
        // Promise 100000 bytes, deliver 10240, and once the peer's TCP has acknowledged them, reset.
        responder.writeHead(200, binary + PlaygroundResponder::Headers { { "Content-Length"_ba, "100000"_ba } });
        responder.writeBody(PlaygroundBytes::generate(0, 0, ResetSentLength));
        responder.afterDelivered([&responder] { responder.reset(); });
    } else if (fault == "truncated-chunked"_L1) {
        // Three well-formed chunks, then FIN without the last chunk "0\r\n\r\n".
        responder.writeHead(200, binary + PlaygroundResponder::Headers { { "Transfer-Encoding"_ba, "chunked"_ba } });
        for (int i = 0; i < TruncatedChunks; ++i)
            responder.writeChunk(PlaygroundBytes::generate(0, qint64(i) * TruncatedChunkSize, TruncatedChunkSize));
        responder.close();
    } else if (fault == "bad-status-line"_L1) {
        // ?variant=garbage sends bytes that are not HTTP at all; the default a status line without a code.
        if (request.queryValue(u"variant"_s) == "garbage"_L1)
            responder.writeRaw("\x00\x01\x02 this is not HTTP \xff\xfe\r\n\r\n"_ba);
        else
            responder.writeRaw(
                "HTTP/1.1 TWO HUNDRED OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nok\n"_ba);
        responder.close();
    } else if (fault == "huge-headers"_L1) {
        serveHugeHeaders(responder);
    } else if (fault == "hang-before-headers"_L1) {
        // Nothing, ever: the request was read; the socket stays open until the client or the server closes it.
    } else if (fault == "redirect-loop"_L1) {
        responder.respond(302, { { "Location"_ba, "/fault/redirect-loop"_ba } });
    } else if (fault == "gzip-bomb"_L1) {
        const PlaygroundResponder::Headers headers {
            { "Content-Type"_ba, "application/octet-stream"_ba },
            { "Content-Encoding"_ba, "gzip"_ba },
            { "X-Inflated-Length"_ba, QByteArray::number(PlaygroundGzipBomb::InflatedSize) },
        };
        responder.respond(200, headers, PlaygroundGzipBomb::body());
    } else {
        return false;
    }
    return true;
}

// A 200 whose header block is ?kib=N KiB (default 160, above common 128 KiB limits): headers
// "X-Filler-00001: bbb…" of exactly ?each=B bytes (default 1024, 64–1048576) including CRLF, N·1024/B of them
// (rounded up), then the body "ok\n". Few big headers test a client's size limits, many small ones its count
// limits.
void PlaygroundFaultEndpoints::serveHugeHeaders(PlaygroundResponder &responder)
{
    const PlaygroundRequest &request = responder.request();
    const std::optional<qint64> kib = request.queryInteger(u"kib"_s, HugeHeadersDefaultKib);
    const std::optional<qint64> each = request.queryInteger(u"each"_s, 1024);
    if (!kib || *kib < 1 || *kib > 65536 || !each || *each < 64 || *each > 1024 * 1024) {
        responder.respondText(
            400, "400 Bad Request: huge-headers takes kib from 1 to 65536, each from 64 to 1048576\n"_ba);
        return;
    }
    const qint64 count = (*kib * 1024 + *each - 1) / *each;
    PlaygroundResponder::Headers headers;
    for (qint64 i = 1; i <= count; ++i) {
        const QByteArray name = "X-Filler-"_ba + QByteArray::number(i).rightJustified(5, '0');
        const qsizetype valueSize = *each - name.size() - 4; // ": " and CRLF
        headers.append({ name, QByteArray(valueSize, char('a' + i % 26)) });
    }
    headers.append({ "Content-Type"_ba, "text/plain"_ba });
    responder.respond(200, headers, "ok\n"_ba);
}

} // namespace Reqscope
