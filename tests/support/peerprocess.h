// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>

#include <chrono>

namespace Reqscope::Test {

/*!
 * One server process started for a test, and only that one: stop() ends exactly the process start() created
 * (terminate, then kill after a bounded wait), never anything found by name. Its stdout and stderr go to a log
 * file rather than a pipe, so a chatty peer can never block on a full pipe while the test is not reading.
 */
class PeerProcess : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerProcess)

public:
    explicit PeerProcess(QObject *parent = nullptr);
    ~PeerProcess() override; // stops the process

    /// Starts `program`, appending its output to `logFile`. False (and problem()) if it could not be started.
    bool start(const QString &program,
        const QStringList &arguments,
        const QString &workingDirectory,
        const QString &logFile,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    /// Waits until every port accepts a TCP connection; false if the process exits or the deadline passes first.
    bool waitUntilListening(const QList<quint16> &ports, std::chrono::milliseconds timeout);
    /// SIGTERM, then SIGKILL if the process is still there after `grace`; returns once it has been reaped.
    void stop(std::chrono::milliseconds grace = std::chrono::seconds(10));

    bool isRunning() const;
    qint64 processId() const; // 0 when not running
    QString problem() const; // why start() or waitUntilListening() failed, with the end of the log
    QString logTail() const;

private:
    QProcess m_process;
    QString m_program;
    QString m_logFile;
    QString m_problem;
};

} // namespace Reqscope::Test
