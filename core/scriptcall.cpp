// SPDX-License-Identifier: MIT
#include "scriptcall.h"

#include "httprequest.h"
#include "jsonline.h"
#include "scriptargument.h"
#include "scriptvalue.h"

#include <QIODevice>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

using A = ScriptArgument;
using M = ScriptCall::Method;

struct Signature
{
    ScriptCall::Kind kind;
    const char *name;
    M method;
    int required;
    QList<A::Kind> parameters;
};

// Parameter lists follow IWinHttpRequest (winhttp-behaviour.md §1.2); trailing ones past `required` are optional.
const QList<Signature> &signatures()
{
    static const QList<Signature> table = {
        { ScriptCall::Call, "Open", M::Open, 2, { A::String, A::String, A::Async } },
        { ScriptCall::Call, "SetRequestHeader", M::SetRequestHeader, 2, { A::String, A::String } },
        { ScriptCall::Call, "Send", M::Send, 0, { A::Body } },
        { ScriptCall::Call, "WaitForResponse", M::WaitForResponse, 0, { A::Long } },
        { ScriptCall::Call, "Abort", M::Abort, 0, {} },
        { ScriptCall::Call, "GetResponseHeader", M::GetResponseHeader, 1, { A::String } },
        { ScriptCall::Call, "GetAllResponseHeaders", M::GetAllResponseHeaders, 0, {} },
        { ScriptCall::Call, "SetTimeouts", M::SetTimeouts, 4, { A::Long, A::Long, A::Long, A::Long } },
        { ScriptCall::Call, "SetProxy", M::SetProxy, 1, { A::Long, A::String, A::String } },
        { ScriptCall::Call, "SetCredentials", M::SetCredentials, 3, { A::String, A::String, A::Long } },
        { ScriptCall::Call, "SetClientCertificate", M::SetClientCertificate, 1, { A::String } },
        { ScriptCall::Call, "SetAutoLogonPolicy", M::SetAutoLogonPolicy, 1, { A::Long } },
        { ScriptCall::Get, "Status", M::Status, 0, {} },
        { ScriptCall::Get, "StatusText", M::StatusText, 0, {} },
        { ScriptCall::Get, "ResponseText", M::ResponseText, 0, {} },
        { ScriptCall::Get, "ResponseBody", M::ResponseBody, 0, {} },
        { ScriptCall::Get, "ResponseStream", M::ResponseStream, 0, {} },
        { ScriptCall::Get, "Option", M::Option, 1, { A::OptionId } },
        { ScriptCall::Set, "Option", M::PutOption, 2, { A::OptionId, A::OptionValue } },
    };
    return table;
}

QString arityText(const Signature &signature)
{
    const qsizetype most = signature.parameters.size();
    if (most == 0)
        return u"takes no arguments"_s;
    if (signature.required == most)
        return u"takes %1 argument%2"_s.arg(most).arg(most == 1 ? ""_L1 : "s"_L1);
    return u"takes %1 to %2 arguments"_s.arg(signature.required).arg(most);
}

} // namespace

std::optional<ScriptCall> ScriptCall::parse(
    Kind kind, const QString &name, const QJsonValue &args, QString *path, QString *message)
{
    const Signature *signature = nullptr;
    for (const Signature &candidate : signatures()) {
        if (candidate.kind == kind && name == QLatin1String(candidate.name))
            signature = &candidate;
    }
    if (!signature) {
        *path = kind == Call ? u"$.call"_s : kind == Get ? u"$.get"_s : u"$.set"_s;
        *message = kind == Call ? u"unknown method \"%1\""_s.arg(name)
                                : u"unknown property \"%1\" for %2"_s.arg(name, kind == Get ? "get"_L1 : "set"_L1);
        return std::nullopt;
    }
    if (!args.isUndefined() && !args.isArray()) {
        *path = u"$.args"_s;
        *message = u"expected an array"_s;
        return std::nullopt;
    }
    const QJsonArray array = args.toArray();
    if (array.size() < signature->required || array.size() > signature->parameters.size()) {
        *path = u"$.args"_s;
        *message = name + u' ' + arityText(*signature) + u", got %1"_s.arg(array.size());
        return std::nullopt;
    }
    ScriptCall call;
    call.m_kind = kind;
    call.m_method = signature->method;
    call.m_name = name;
    for (qsizetype i = 0; i < signature->parameters.size(); ++i) {
        const QJsonValue value = i < array.size() ? array.at(i) : QJsonValue(QJsonValue::Undefined);
        const std::optional<QVariant> converted = ScriptArgument::convert(signature->parameters.at(i), value, message);
        if (!converted) {
            *path = u"$.args[%1]"_s.arg(i);
            return std::nullopt;
        }
        call.m_args.append(*converted);
    }
    return call;
}

ScriptCall::Kind ScriptCall::kind() const
{
    return m_kind;
}

ScriptCall::Method ScriptCall::method() const
{
    return m_method;
}

QString ScriptCall::name() const
{
    return m_name;
}

ScriptCall::Result ScriptCall::invoke(HttpRequest &request) const
{
    const auto text = [this](int i) {
        return m_args.at(i).toString();
    };
    const auto number = [this](int i) {
        return m_args.at(i).toInt();
    };
    Result r;
    switch (m_method) {
    case M::Open:
        r.hresult = request.open(text(0), text(1), m_args.at(2).toBool());
        break;
    case M::SetRequestHeader:
        r.hresult = request.setRequestHeader(text(0), text(1));
        break;
    case M::Send:
        r.hresult = request.send(m_args.at(0));
        break;
    case M::WaitForResponse: {
        bool succeeded = false;
        if ((r.hresult = request.waitForResponse(number(0), succeeded)).ok())
            r.value = succeeded ? "true"_ba : "false"_ba;
        break;
    }
    case M::Abort:
        r.hresult = request.abort();
        break;
    case M::GetResponseHeader: {
        QString value;
        if ((r.hresult = request.getResponseHeader(text(0), value)).ok())
            r.value = ScriptValue::string(value);
        break;
    }
    case M::GetAllResponseHeaders: {
        QString value;
        if ((r.hresult = request.getAllResponseHeaders(value)).ok())
            r.value = ScriptValue::string(value);
        break;
    }
    case M::SetTimeouts:
        r.hresult = request.setTimeouts(number(0), number(1), number(2), number(3));
        break;
    case M::SetProxy:
        r.hresult = request.setProxy(number(0), text(1), text(2));
        break;
    case M::SetCredentials:
        r.hresult = request.setCredentials(text(0), text(1), number(2));
        break;
    case M::SetClientCertificate:
        r.hresult = request.setClientCertificate(text(0));
        break;
    case M::SetAutoLogonPolicy:
        r.hresult = request.setAutoLogonPolicy(number(0));
        break;
    case M::Status: {
        int value = 0;
        if ((r.hresult = request.status(value)).ok())
            r.value = QByteArray::number(value);
        break;
    }
    case M::StatusText:
    case M::ResponseText: {
        QString value;
        r.hresult = m_method == M::StatusText ? request.statusText(value) : request.responseText(value);
        if (r.hresult.ok())
            r.value = ScriptValue::string(value);
        break;
    }
    case M::ResponseBody: {
        QByteArray value;
        if ((r.hresult = request.responseBody(value)).ok())
            r.value = ScriptValue::bytes(value);
        break;
    }
    case M::ResponseStream:
        // A stream has no JSON form; its size lets a script check the snapshot before reading it.
        if ((r.hresult = request.responseStream(r.stream)).ok() && r.stream)
            r.value = JsonLine().add("size"_L1, r.stream->size()).toJson();
        break;
    case M::Option: {
        QVariant value;
        if ((r.hresult = request.option(number(0), value)).ok())
            r.value = ScriptValue::variant(value);
        break;
    }
    case M::PutOption:
        r.hresult = request.setOption(number(0), m_args.at(1));
        break;
    }
    return r;
}

} // namespace Reqscope
