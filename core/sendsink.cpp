// SPDX-License-Identifier: MIT
#include "sendsink.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Reqscope {

SendSink::SendSink(int fd)
    : m_fd(fd)
{
}

SendSink::~SendSink()
{
    if (m_owned && m_fd >= 0)
        ::close(m_fd);
}

bool SendSink::open(const QString &path)
{
    if (m_owned && m_fd >= 0)
        ::close(m_fd);
    m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    m_owned = m_fd >= 0;
    if (m_fd < 0)
        m_error = QString::fromLocal8Bit(std::strerror(errno));
    return m_fd >= 0;
}

bool SendSink::write(const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(size));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

QString SendSink::errorString() const
{
    return m_error;
}

} // namespace Reqscope
