// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>

using DirectorySnapshot = QMap<QString, QByteArray>;

/// Every file below \a dir (relative path -> bytes): compared before and after a change, it shows exactly which
/// files the change wrote, moved or deleted.
inline DirectorySnapshot directorySnapshot(const QString &dir)
{
    DirectorySnapshot files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(QDir(dir).relativeFilePath(path), f.readAll());
    }
    return files;
}
