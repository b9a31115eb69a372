// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

namespace Reqscope {

/// Keeps the Params table and the URL's query in step, in both directions, without touching the rest of the URL.
namespace UrlParams {

/// The query parameters of \a url (text after '?' up to '#'), percent-decoded; all rows enabled.
QList<KeyValue> parse(const QString &url);
/// \a url with its query replaced by the enabled rows of \a params (encoded where needed); no '?' when none.
QString withParams(const QString &url, const QList<KeyValue> &params);
/// The table after the URL changed: the URL's parameters, then the disabled rows \a previous had.
QList<KeyValue> merge(const QString &url, const QList<KeyValue> &previous);

} // namespace UrlParams
} // namespace Reqscope
