// SPDX-License-Identifier: MIT
#include "methodcolors.h"

using namespace Qt::StringLiterals;

namespace Reqscope::MethodColors {

namespace {
const QColor green(0x2E, 0x9D, 0x4F);
const QColor orange(0xD9, 0x7A, 0x00);
const QColor blue(0x2A, 0x7B, 0xD6);
const QColor red(0xD0, 0x35, 0x35);
const QColor grey(0x88, 0x88, 0x88);
} // namespace

QColor forMethod(const QString &method)
{
    if (method == u"GET"_s)
        return green;
    if (method == u"POST"_s)
        return orange;
    if (method == u"PUT"_s || method == u"PATCH"_s)
        return blue;
    if (method == u"DELETE"_s)
        return red;
    return grey;
}

QColor forStatus(int status)
{
    if (status >= 200 && status < 300)
        return green;
    if (status >= 300 && status < 400)
        return blue;
    if (status >= 400 && status < 500)
        return orange;
    return red;
}

} // namespace Reqscope::MethodColors
