// SPDX-License-Identifier: MIT
#include "httprequest.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {
// Placeholder while the engine is being written: E_NOTIMPL.
constexpr qint32 notImplemented = qint32(0x80004001);
} // namespace

struct HttpRequest::Private
{
    State state = State::Created;
};

std::optional<int> HttpRequest::optionId(const QString &name)
{
    Q_UNUSED(name);
    return std::nullopt;
}

QString HttpRequest::optionName(int id)
{
    Q_UNUSED(id);
    return QString();
}

HttpRequest::HttpRequest(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

HttpRequest::~HttpRequest() = default;

HttpRequest::State HttpRequest::state() const
{
    return d->state;
}

HResult HttpRequest::open(const QString &, const QString &, bool)
{
    return notImplemented;
}

HResult HttpRequest::setRequestHeader(const QString &, const QString &)
{
    return notImplemented;
}

HResult HttpRequest::send(const QVariant &)
{
    return notImplemented;
}

HResult HttpRequest::waitForResponse(int, bool &)
{
    return notImplemented;
}

HResult HttpRequest::abort()
{
    return HResult::Ok;
}

HResult HttpRequest::status(int &) const
{
    return notImplemented;
}

HResult HttpRequest::statusText(QString &) const
{
    return notImplemented;
}

HResult HttpRequest::responseText(QString &) const
{
    return notImplemented;
}

HResult HttpRequest::responseBody(QByteArray &) const
{
    return notImplemented;
}

HResult HttpRequest::responseStream(std::unique_ptr<QIODevice> &) const
{
    return notImplemented;
}

HResult HttpRequest::getResponseHeader(const QString &, QString &) const
{
    return notImplemented;
}

HResult HttpRequest::getAllResponseHeaders(QString &) const
{
    return notImplemented;
}

HResult HttpRequest::setTimeouts(int, int, int, int)
{
    return notImplemented;
}

HResult HttpRequest::setProxy(int, const QString &, const QString &)
{
    return notImplemented;
}

HResult HttpRequest::setCredentials(const QString &, const QString &, int)
{
    return notImplemented;
}

HResult HttpRequest::setClientCertificate(const QString &)
{
    return notImplemented;
}

HResult HttpRequest::setAutoLogonPolicy(int)
{
    return notImplemented;
}

HResult HttpRequest::option(int, QVariant &) const
{
    return notImplemented;
}

HResult HttpRequest::setOption(int, const QVariant &)
{
    return notImplemented;
}

} // namespace Reqscope
