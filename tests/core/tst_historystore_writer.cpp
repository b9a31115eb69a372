// SPDX-License-Identifier: MIT
// Test-only helper for tst_historystore: adds history entries in a loop until it is killed (SIGKILL), so the
// test can check that the database survives a kill mid-write.
#include "historystore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    Reqscope::HistoryStore::Limits limits;
    limits.maxEntries = 300; // pruning deletes run between the inserts too
    Reqscope::HistoryStore store(QString::fromLocal8Bit(argv[1]), limits);
    if (!store.open())
        return 1;
    Reqscope::HistoryEntry entry;
    entry.method = u"POST"_s;
    entry.status = 200;
    entry.bodyPrefix = QByteArray(8 * 1024, 'x');
    for (int i = 0; i < 10000000; ++i) {
        entry.url = u"http://127.0.0.1/item/%1"_s.arg(i);
        if (store.add(entry) == 0)
            return 1;
        if (i == 20) {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
        }
    }
    return 0;
}
