// SPDX-License-Identifier: MIT
#pragma once

#include "winhttperror.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Reqscope {

class HttpRequest;

/*!
 * One `call`, `get` or `set` step of a `reqscope-cli script` (cli.md §2.1): the WinHTTP member by name and
 * its positional arguments, checked and converted when the script is parsed so that running it cannot fail
 * on input.
 *
 * \code
 * QString path, message;
 * const auto call = ScriptCall::parse(ScriptCall::Call, u"Open"_s, QJsonArray { u"GET"_s, url }, &path, &message);
 * const ScriptCall::Result result = call->invoke(request); // result.hresult, result.value (JSON text)
 * \endcode
 */
class ScriptCall
{
public:
    enum Kind { Call, Get, Set };
    enum class Method {
        Open,
        SetRequestHeader,
        Send,
        WaitForResponse,
        Abort,
        GetResponseHeader,
        GetAllResponseHeaders,
        SetTimeouts,
        SetProxy,
        SetCredentials,
        SetClientCertificate,
        SetAutoLogonPolicy,
        Status,
        StatusText,
        ResponseText,
        ResponseBody,
        ResponseStream,
        Option,
        PutOption,
    };

    struct Result
    {
        HResult hresult;
        QByteArray value; ///< JSON text of `value`; empty when the member returns nothing or failed
        std::unique_ptr<QIODevice> stream; ///< ResponseStream's device on success
    };

    /// args is undefined when the step has no "args". On failure *path ("$.args[1]") and *message are set.
    static std::optional<ScriptCall> parse(
        Kind kind, const QString &name, const QJsonValue &args, QString *path, QString *message);

    Result invoke(HttpRequest &request) const;

    Kind kind() const;
    Method method() const;
    QString name() const; ///< as the script spelled it ("Open", "Status", "Option")

private:
    Kind m_kind = Call;
    Method m_method = Method::Abort;
    QString m_name;
    QVariantList m_args;
};

} // namespace Reqscope
