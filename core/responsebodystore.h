// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QTemporaryFile;
QT_END_NAMESPACE

namespace Reqscope {

/*!
 * The body of one response as the GUI keeps it: in memory up to a threshold, then spilled to a temporary file,
 * so a 1 GiB download costs disk, not RAM, and "Save body…" still has every byte. Appends and reads happen on
 * the owner's thread; saveTo() opens its own handle and may run on a worker once the body is complete.
 *
 * \code
 * ResponseBodyStore store;
 * store.append(chunk);               // from responseDataAvailable
 * QByteArray first = store.read(0, 64 * 1024);
 * store.saveTo(u"/tmp/body.bin"_s, &error);
 * \endcode
 */
class ResponseBodyStore
{
public:
    static constexpr qint64 defaultMemoryLimit = 8 * 1024 * 1024;

    explicit ResponseBodyStore(qint64 memoryLimit = defaultMemoryLimit);
    ~ResponseBodyStore();
    ResponseBodyStore(const ResponseBodyStore &) = delete;
    ResponseBodyStore &operator=(const ResponseBodyStore &) = delete;

    /// Adds bytes at the end; false (and errorString()) if the spill file cannot be written.
    bool append(const QByteArray &chunk);
    /// No more appends: flushes the spill file so saveTo() on another thread sees every byte.
    void finish();
    qint64 size() const;
    bool isSpilled() const;
    QString errorString() const;

    /// Up to \a length bytes from \a offset (fewer at the end).
    QByteArray read(qint64 offset, qint64 length) const;
    /// The whole body, for small bodies only (callers check size() first).
    QByteArray readAll() const;
    /// Copies the body to \a path atomically (QSaveFile). Safe on a worker thread after finish().
    bool saveTo(const QString &path, QString *error) const;

private:
    qint64 m_memoryLimit;
    qint64 m_size = 0;
    QByteArray m_memory;
    std::unique_ptr<QTemporaryFile> m_file;
    QString m_error;
};

} // namespace Reqscope
