// SPDX-License-Identifier: MIT
#pragma once

#include "requestspec.h"

#include <QUrl>

namespace Reqscope {

/// The ready-made requests of the sidebar's "Playground" collection, pointing at the embedded server.
namespace PlaygroundCollection {

struct Entry
{
    QString folder; // "Basics", "Streaming", "Faults", …
    RequestSpec spec;
    QString hint; // one sentence: what to watch for
};

/// One entry per demo endpoint and per fault, against \a base ("http://127.0.0.1:PORT").
QList<Entry> entries(const QUrl &base);

} // namespace PlaygroundCollection
} // namespace Reqscope
