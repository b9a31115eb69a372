// SPDX-License-Identifier: MIT
#include "loopbackpeer.h"

#include "loopbackports.h"

#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Reqscope::Test {

namespace {
// Generous: the machine running the tests may be busy compiling on every core.
constexpr auto listenTimeout = 60s;
constexpr int startAttempts = 3;
} // namespace

LoopbackPeer::LoopbackPeer(
    const QString &name, const QStringList &requiredFiles, const QString &package, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_requiredFiles(requiredFiles)
    , m_package(package)
{
}

LoopbackPeer::~LoopbackPeer()
{
    stop();
}

void LoopbackPeer::start(int portCount)
{
    QElapsedTimer timer;
    timer.start();
    m_ports.clear();
    m_problem.clear();
    for (const QString &file : std::as_const(m_requiredFiles)) {
        if (!QFileInfo::exists(file)) {
            m_problem = u"%1 was not started: %2 not found — install the Debian package %3 (scripts/setup does)"_s.arg(
                m_name, file, m_package);
            return;
        }
    }
    if (!m_directory.isValid()) {
        m_problem = u"%1 was not started: no temporary directory: %2"_s.arg(m_name, m_directory.errorString());
        return;
    }
    for (int attempt = 1; attempt <= startAttempts; ++attempt) {
        const QList<quint16> ports = freeLoopbackPorts(portCount);
        QString problem;
        if (ports.size() != portCount) {
            problem = u"no free port on 127.0.0.1"_s;
        } else if (configure(ports, &problem)) {
            if (!m_process.start(m_requiredFiles.first(), arguments(), directory(), logFilePath(), environment())) {
                m_problem = u"%1 was not started: %2"_s.arg(m_name, m_process.problem());
                return; // the program itself cannot run; new ports will not help
            }
            if (m_process.waitUntilListening(ports, listenTimeout)) {
                m_ports = ports;
                m_startupMilliseconds = timer.elapsed();
                return;
            }
            problem = m_process.problem();
            m_process.stop();
        }
        m_problem = u"%1 was not started (attempt %2 of %3): %4"_s.arg(
            m_name, QString::number(attempt), QString::number(startAttempts), problem);
    }
    m_startupMilliseconds = timer.elapsed();
}

bool LoopbackPeer::isValid() const
{
    return !m_ports.isEmpty() && m_process.isRunning();
}

QString LoopbackPeer::problem() const
{
    if (m_problem.isEmpty() && !isValid())
        return u"%1 is not running (stopped, or it exited); its log ends: %2"_s.arg(m_name, m_process.logTail());
    return m_problem;
}

void LoopbackPeer::stop()
{
    m_process.stop();
}

bool LoopbackPeer::isRunning() const
{
    return m_process.isRunning();
}

qint64 LoopbackPeer::processId() const
{
    return m_process.processId();
}

QList<quint16> LoopbackPeer::ports() const
{
    return m_ports;
}

QString LoopbackPeer::directory() const
{
    return m_directory.path();
}

QString LoopbackPeer::logFilePath() const
{
    return filePath(m_name + u".log"_s);
}

qint64 LoopbackPeer::startupMilliseconds() const
{
    return m_startupMilliseconds;
}

QProcessEnvironment LoopbackPeer::environment() const
{
    return QProcessEnvironment::systemEnvironment();
}

QString LoopbackPeer::filePath(const QString &name) const
{
    return m_directory.filePath(name);
}

QUrl LoopbackPeer::loopbackUrl(const QString &scheme, quint16 port, const QString &pathAndQuery)
{
    return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(scheme, QString::number(port), pathAndQuery));
}

} // namespace Reqscope::Test
