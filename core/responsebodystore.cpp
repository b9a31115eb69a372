// SPDX-License-Identifier: MIT
#include "responsebodystore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Reqscope {

ResponseBodyStore::ResponseBodyStore(qint64 memoryLimit)
    : m_memoryLimit(memoryLimit)
{
}

ResponseBodyStore::~ResponseBodyStore() = default;

bool ResponseBodyStore::append(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return true;
    if (!m_file && m_size + chunk.size() <= m_memoryLimit) {
        m_memory.append(chunk);
        m_size += chunk.size();
        return true;
    }
    if (!m_file) {
        m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() + u"/reqscope-body-XXXXXX"_s);
        if (!m_file->open() || m_file->write(m_memory) != m_memory.size()) {
            m_error = m_file->errorString();
            m_file.reset();
            return false;
        }
        m_memory = QByteArray(); // the file now holds everything
    }
    if (m_file->write(chunk) != chunk.size()) {
        m_error = m_file->errorString();
        return false;
    }
    m_size += chunk.size();
    return true;
}

void ResponseBodyStore::finish()
{
    if (m_file)
        m_file->flush();
}

qint64 ResponseBodyStore::size() const
{
    return m_size;
}

bool ResponseBodyStore::isSpilled() const
{
    return m_file != nullptr;
}

QString ResponseBodyStore::errorString() const
{
    return m_error;
}

QByteArray ResponseBodyStore::read(qint64 offset, qint64 length) const
{
    if (offset < 0 || offset >= m_size || length <= 0)
        return {};
    length = qMin(length, m_size - offset);
    if (!m_file)
        return m_memory.mid(offset, length);
    // QFile buffers writes; flush so the bytes are visible to the positioned read, then go back to the end.
    m_file->flush();
    m_file->seek(offset);
    QByteArray out = m_file->read(length);
    m_file->seek(m_size);
    return out;
}

QByteArray ResponseBodyStore::readAll() const
{
    return read(0, m_size);
}

bool ResponseBodyStore::saveTo(const QString &path, QString *error) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = out.errorString();
        return false;
    }
    if (!m_file) {
        out.write(m_memory);
    } else {
        QFile in(m_file->fileName()); // own handle: the owner's thread may still read through m_file
        if (!in.open(QIODevice::ReadOnly)) {
            if (error)
                *error = in.errorString();
            return false;
        }
        qint64 remaining = m_size;
        while (remaining > 0) {
            const QByteArray block = in.read(qMin<qint64>(remaining, 4 * 1024 * 1024));
            if (block.isEmpty() || out.write(block) != block.size())
                break;
            remaining -= block.size();
        }
    }
    if (!out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace Reqscope
