// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

/// The importer samples in tests/data/import/ (curl command lines, Postman and HAR exports), shared by the
/// importer, exporter and CLI tests.
inline QString importDataPath(const QString &name)
{
    return QStringLiteral(REQSCOPE_SOURCE_DIR "/tests/data/import/") + name;
}

/// The sample's bytes; empty when it cannot be read (the test's own checks then fail).
inline QByteArray readImportData(const QString &name)
{
    QFile file(importDataPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
