// SPDX-License-Identifier: MIT
#pragma once

#include "peerprocess.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace Reqscope::Test {

/*!
 * Base of the real servers the tests talk to (nginx, httpbin, tinyproxy): each runs in the foreground on free
 * 127.0.0.1 ports, with its configuration, logs and files in a private temporary directory. A subclass writes its
 * configuration for the ports it is given and calls start() at the end of its constructor.
 *
 * \code
 * TinyproxyPeer proxy;
 * QVERIFY2(proxy.isValid(), qPrintable(proxy.problem()));
 * \endcode
 */
class LoopbackPeer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackPeer)

public:
    ~LoopbackPeer() override;

    /// Started and accepting connections on every port (and not stopped since).
    bool isValid() const;
    /// Why the peer is not valid, naming the Debian package to install when the program is missing.
    QString problem() const;
    /// Ends the process this object started; its ports stop accepting connections.
    void stop();
    bool isRunning() const;
    qint64 processId() const;
    /// Every port the peer listens on, in the order the subclass asked for them.
    QList<quint16> ports() const;
    /// The private temporary directory: configuration, logs (`<name>.log`) and served files.
    QString directory() const;
    QString logFilePath() const;
    /// How long the last start() took, including retries.
    qint64 startupMilliseconds() const;

protected:
    /// `name` is used in messages and the log file name; `requiredFiles` must exist (the program first);
    /// `package` is the Debian package that provides them.
    LoopbackPeer(const QString &name, const QStringList &requiredFiles, const QString &package, QObject *parent);

    /// Picks `portCount` free ports, writes the configuration and starts the program; retries on fresh ports if
    /// it fails (most likely another process took a port in between).
    void start(int portCount);
    /// Writes the configuration for `ports`; false with `problem` set if that failed.
    virtual bool configure(const QList<quint16> &ports, QString *problem) = 0;
    virtual QStringList arguments() const = 0;
    virtual QProcessEnvironment environment() const;

    QString filePath(const QString &name) const;
    static QUrl loopbackUrl(const QString &scheme, quint16 port, const QString &pathAndQuery);

private:
    QString m_name;
    QStringList m_requiredFiles;
    QString m_package;
    QTemporaryDir m_directory;
    PeerProcess m_process;
    QList<quint16> m_ports;
    QString m_problem;
    qint64 m_startupMilliseconds = 0;
};

} // namespace Reqscope::Test
