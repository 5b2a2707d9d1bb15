#include "tests/support/testregistry.h"

#include "model/parallelmap.h"

#include <QTest>
#include <QThreadPool>

#include <numeric>
#include <set>
#include <thread>

class tst_ParallelMap : public QObject
{
    Q_OBJECT
private slots:
    void everyItemOnce()
    {
        std::vector<int> calls(1000, 0);
        std::vector<int *> work;
        for (int &c : calls)
            work.push_back(&c);
        parallelMap(work, [](int *c) { ++*c; });
        QCOMPARE(std::accumulate(calls.begin(), calls.end(), 0), 1000);
        QVERIFY(std::all_of(calls.begin(), calls.end(), [](int c) { return c == 1; }));
    }

    void emptyAndSingle()
    {
        std::vector<int> none;
        parallelMap(none, [](int &) { QFAIL("called on nothing"); });
        std::vector<int> one{41};
        parallelMap(one, [](int &x) { ++x; });
        QCOMPARE(one.front(), 42);
    }

    void usesMoreThanOneThreadWhenItCan()
    {
        if (QThreadPool::globalInstance()->maxThreadCount() < 1)
            QSKIP("no pool threads");
        std::mutex mutex;
        std::set<std::thread::id> threads;
        std::vector<int> work(64);
        parallelMap(work, [&](int &) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            const std::lock_guard lock(mutex);
            threads.insert(std::this_thread::get_id());
        });
        QVERIFY(threads.size() >= 2);
    }

    // Every pool thread blocked: the caller does all the work rather than wait.
    void finishesWhenThePoolIsFull()
    {
        QThreadPool *pool = QThreadPool::globalInstance();
        std::atomic_bool release{false};
        const int blockers = pool->maxThreadCount();
        std::atomic_int started{0};
        for (int i = 0; i < blockers; ++i)
            pool->start([&] {
                ++started;
                while (!release.load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
            });
        QTRY_COMPARE(started.load(), blockers);
        std::vector<int> work(16, 1);
        parallelMap(work, [](int &x) { x *= 3; });
        QVERIFY(std::all_of(work.begin(), work.end(), [](int x) { return x == 3; }));
        release = true;
        pool->waitForDone();
    }
};

PYROGRAPH_TEST_MAIN(tst_ParallelMap)
#include "tst_parallelmap.moc"
