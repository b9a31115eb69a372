// SPDX-License-Identifier: MIT
#pragma once

#include "collection.h"
#include "variableresolver.h"

#include <QObject>
#include <QStringList>

namespace Reqscope {

class HistoryStore;
class RequestRunner;

/*!
 * Sends the requests of a collection (or of one folder) one after another, each with its defaults and variables
 * applied, through RequestRunner; `reqscope-cli run` prints one line per requestFinished(). Each sent request is
 * added to the history when one is set, with the values of secret variables and credentials scrubbed.
 *
 * \code
 * CollectionRunner runner;
 * connect(&runner, &CollectionRunner::requestFinished, &app, [](const CollectionRunner::Result &r) { … });
 * connect(&runner, &CollectionRunner::finished, &app, &QCoreApplication::quit);
 * if (runner.start(collection, u"staging"_s, QString()))
 *     app.exec();
 * \endcode
 */
class CollectionRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionRunner)

public:
    struct Result
    {
        QString path; // "folder/slug"
        QString name;
        QString method;
        QString url; // with variables substituted
        int status = 0;
        double timeMs = 0;
        qint64 bytes = 0;
        qint32 hresult = 0;
        QString error;
        QList<UnresolvedVariable> unresolved;
    };

    explicit CollectionRunner(QObject *parent = nullptr);
    ~CollectionRunner() override;

    void setGlobals(const VariableList &globals);
    void setHistory(HistoryStore *history);

    /// Starts the run; false (with errorString()) when the environment or folder doesn't exist.
    bool start(const Collection &collection, const QString &environment, const QString &folderPath);
    bool isRunning() const;
    QString errorString() const;
    QList<Result> results() const;
    /// Results whose transport failed (hresult != 0); HTTP error statuses are responses, not failures.
    int failureCount() const;

    /// `reqscope-cli run`'s line for one request: {"name","path","status","time_ms","bytes","hresult"[,"error"]
    /// [,"unresolved"]}, keys in that order.
    static QByteArray resultLine(const Result &result);
    /// The closing line: {"summary":true,"requests","failed","time_ms"}.
    QByteArray summaryLine() const;

Q_SIGNALS:
    void requestFinished(const Reqscope::CollectionRunner::Result &result);
    /// Once per start() that returned true, after the last request.
    void finished();

private:
    void next();
    void onRequestFinished();
    QStringList secretValues(const RequestSpec &spec) const;

    Collection m_collection;
    const Environment *m_environment = nullptr;
    VariableList m_globals;
    HistoryStore *m_history = nullptr;
    RequestRunner *m_runner;
    QStringList m_queue;
    QList<Result> m_results;
    Result m_current;
    RequestSpec m_sent;
    QString m_error;
    bool m_running = false;
};

} // namespace Reqscope
