// SPDX-License-Identifier: MIT
#include "bugreport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Reqscope {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (!ok && error)
        *error = u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
    return ok;
}

/// "dir/report.md" → "report.png": the screenshot's name beside the Markdown file.
QString pngNameFor(const QString &markdownPath)
{
    return QFileInfo(markdownPath).completeBaseName() + u".png"_s;
}

} // namespace

bool BugReportWriter::writeHtml(const BugReport &report, const QString &path, QString *error)
{
    return writeFile(path, toHtml(report), error);
}

bool BugReportWriter::writeMarkdown(const BugReport &report, const QString &path, QString *error)
{
    const QString png = pngNameFor(path);
    // The image first: a Markdown file never links to a PNG that failed to appear.
    if (!report.screenshotPng.isEmpty() && !writeFile(QFileInfo(path).dir().filePath(png), report.screenshotPng, error))
        return false;
    return writeFile(path, toMarkdown(report, png).toUtf8(), error);
}

} // namespace Reqscope
