// SPDX-License-Identifier: MIT
#include "peerprocess.h"

#include "loopbackports.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Reqscope::Test {

PeerProcess::PeerProcess(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_LINUX
    // If the test binary crashes or is killed by a ctest timeout, take the peer down with it instead of leaving
    // a server squatting on a port. Runs in the child between fork and exec, so only async-signal-safe calls.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

PeerProcess::~PeerProcess()
{
    stop();
}

bool PeerProcess::start(const QString &program,
    const QStringList &arguments,
    const QString &workingDirectory,
    const QString &logFile,
    const QProcessEnvironment &environment)
{
    Q_ASSERT(m_process.state() == QProcess::NotRunning);
    m_program = QFileInfo(program).fileName();
    m_logFile = logFile;
    m_problem.clear();
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setWorkingDirectory(workingDirectory);
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setStandardOutputFile(logFile, QIODevice::Append);
    m_process.start();
    if (m_process.waitForStarted(30000))
        return true;
    m_problem = u"could not start %1: %2"_s.arg(program, m_process.errorString());
    return false;
}

bool PeerProcess::waitUntilListening(const QList<quint16> &ports, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    for (const quint16 port : ports) {
        while (!acceptsConnections(port, 250ms)) {
            if (m_process.state() == QProcess::NotRunning) {
                m_problem = u"%1 exited (code %2) before accepting connections on 127.0.0.1:%3; its log ends: %4"_s.arg(
                    m_program, QString::number(m_process.exitCode()), QString::number(port), logTail());
                return false;
            }
            if (deadline.hasExpired()) {
                m_problem = u"%1 did not accept connections on 127.0.0.1:%2 within %3 ms; its log ends: %4"_s.arg(
                    m_program, QString::number(port), QString::number(timeout.count()), logTail());
                return false;
            }
            // Refused at once: rather than spin, wait a little for the process, which also notices an early exit.
            m_process.waitForFinished(100);
        }
    }
    // Someone else may own a port we picked, and answer while our peer dies failing to bind it.
    if (m_process.waitForFinished(0) || m_process.state() == QProcess::NotRunning) {
        m_problem = u"%1 exited (code %2) although its ports accept connections (another process took one?); "
                    "its log ends: %3"_s.arg(m_program, QString::number(m_process.exitCode()), logTail());
        return false;
    }
    return true;
}

void PeerProcess::stop(std::chrono::milliseconds grace)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(int(grace.count()))) {
        m_process.kill();
        m_process.waitForFinished(30000);
    }
}

bool PeerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 PeerProcess::processId() const
{
    return m_process.processId();
}

QString PeerProcess::problem() const
{
    return m_problem;
}

QString PeerProcess::logTail() const
{
    QFile file(m_logFile);
    if (!file.open(QIODevice::ReadOnly))
        return u"(no log at %1)"_s.arg(m_logFile);
    constexpr qint64 tailBytes = 1500;
    file.seek(qMax<qint64>(0, file.size() - tailBytes));
    return QString::fromLocal8Bit(file.readAll()).trimmed();
}

} // namespace Reqscope::Test
