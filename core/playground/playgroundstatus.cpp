// SPDX-License-Identifier: MIT
#include "playgroundstatus.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Reqscope {

QByteArray PlaygroundStatus::reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases = {
        { 100, "Continue"_ba },
        { 101, "Switching Protocols"_ba },
        { 102, "Processing"_ba },
        { 103, "Early Hints"_ba },
        { 200, "OK"_ba },
        { 201, "Created"_ba },
        { 202, "Accepted"_ba },
        { 203, "Non-Authoritative Information"_ba },
        { 204, "No Content"_ba },
        { 205, "Reset Content"_ba },
        { 206, "Partial Content"_ba },
        { 207, "Multi-Status"_ba },
        { 208, "Already Reported"_ba },
        { 226, "IM Used"_ba },
        { 300, "Multiple Choices"_ba },
        { 301, "Moved Permanently"_ba },
        { 302, "Found"_ba },
        { 303, "See Other"_ba },
        { 304, "Not Modified"_ba },
        { 305, "Use Proxy"_ba },
        { 307, "Temporary Redirect"_ba },
        { 308, "Permanent Redirect"_ba },
        { 400, "Bad Request"_ba },
        { 401, "Unauthorized"_ba },
        { 402, "Payment Required"_ba },
        { 403, "Forbidden"_ba },
        { 404, "Not Found"_ba },
        { 405, "Method Not Allowed"_ba },
        { 406, "Not Acceptable"_ba },
        { 407, "Proxy Authentication Required"_ba },
        { 408, "Request Timeout"_ba },
        { 409, "Conflict"_ba },
        { 410, "Gone"_ba },
        { 411, "Length Required"_ba },
        { 412, "Precondition Failed"_ba },
        { 413, "Content Too Large"_ba },
        { 414, "URI Too Long"_ba },
        { 415, "Unsupported Media Type"_ba },
        { 416, "Range Not Satisfiable"_ba },
        { 417, "Expectation Failed"_ba },
        { 418, "I'm a teapot"_ba },
        { 421, "Misdirected Request"_ba },
        { 422, "Unprocessable Content"_ba },
        { 423, "Locked"_ba },
        { 424, "Failed Dependency"_ba },
        { 425, "Too Early"_ba },
        { 426, "Upgrade Required"_ba },
        { 428, "Precondition Required"_ba },
        { 429, "Too Many Requests"_ba },
        { 431, "Request Header Fields Too Large"_ba },
        { 451, "Unavailable For Legal Reasons"_ba },
        { 500, "Internal Server Error"_ba },
        { 501, "Not Implemented"_ba },
        { 502, "Bad Gateway"_ba },
        { 503, "Service Unavailable"_ba },
        { 504, "Gateway Timeout"_ba },
        { 505, "HTTP Version Not Supported"_ba },
        { 506, "Variant Also Negotiates"_ba },
        { 507, "Insufficient Storage"_ba },
        { 508, "Loop Detected"_ba },
        { 510, "Not Extended"_ba },
        { 511, "Network Authentication Required"_ba },
    };
    return phrases.value(status, "Unknown"_ba);
}

bool PlaygroundStatus::forbidsBody(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

} // namespace Reqscope
