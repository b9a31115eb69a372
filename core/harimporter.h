// SPDX-License-Identifier: MIT
#pragma once

#include "collection.h"
#include "harentry.h"
#include "importissue.h"

#include <QByteArray>

#include <optional>

namespace Reqscope {

/*!
 * Reads a HAR 1.2 log (a browser's "Save all as HAR", or ours): each entry becomes a HarEntry and a request in a
 * flat Collection, in log order. HTTP/2 pseudo-headers and Content-Length are dropped (the engine writes its
 * own); form posts become form bodies, JSON posts JSON bodies, other bodies text.
 * \code
 * const HarImporter::Result r = HarImporter(u"site.har"_s).import(bytes);
 * for (const HarEntry &e : r.entries) qDebug() << e.request.method << e.request.url << e.status;
 * \endcode
 */
class HarImporter
{
public:
    struct Result
    {
        QList<HarEntry> entries;
        Collection collection;
        ImportIssues warnings;
        std::optional<ImportIssue> error;
    };

    explicit HarImporter(const QString &source = QString());

    [[nodiscard]] Result import(const QByteArray &json) const;

private:
    HarEntry readEntry(const QJsonObject &entry, const QString &path, ImportIssues *warnings) const;
    RequestSpec readRequest(const QJsonObject &request, const QString &path, ImportIssues *warnings) const;

    QString m_source;
};

} // namespace Reqscope
