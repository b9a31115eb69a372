// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

namespace Reqscope {

/*!
 * Where `reqscope-cli send` puts the body: a file descriptor (stdout, or the -o file it opens), written
 * chunk by chunk with plain write(2) so nothing is retained and the bytes leave exactly as they came.
 *
 * \code
 * SendSink sink(STDOUT_FILENO);
 * if (!sink.write(chunk.constData(), chunk.size()))
 *     report(sink.errorString());
 * \endcode
 */
class SendSink
{
    Q_DISABLE_COPY_MOVE(SendSink)

public:
    explicit SendSink(int fd = -1);
    ~SendSink(); // closes a file it opened

    /// Creates or truncates `path`; false with errorString() if it cannot.
    bool open(const QString &path);
    bool write(const char *data, qint64 size);
    QString errorString() const;

private:
    int m_fd = -1;
    bool m_owned = false;
    QString m_error;
};

} // namespace Reqscope
