#include "tests/support/testregistry.h"

#include "importers/perfframecache.h"

#include <QTest>

#include <string>

namespace {
const PerfFrameCache::Range *find(PerfFrameCache &cache, std::string_view symbol, quint32 module)
{
    // As the importer looks up: prefetched first, so that the prefetch's
    // pointer arithmetic runs under the sanitizers too.
    const quint64 h = PerfFrameCache::hashOf(symbol, module);
    cache.prefetchSlot(h);
    cache.prefetchKey(h);
    return cache.find(symbol, module, h);
}
} // namespace

class tst_PerfFrameCache : public QObject
{
    Q_OBJECT
private slots:
    void aMissIsFilledThenHit()
    {
        PerfFrameCache cache;
        QVERIFY(!find(cache, "main", 1));
        cache.setRange(3, 5);
        const PerfFrameCache::Range *range = find(cache, "main", 1);
        QVERIFY(range);
        QCOMPARE(range->begin, 3u);
        QCOMPARE(range->end, 5u);
        QCOMPARE(cache.size(), size_t(1));
    }
    // A frame line with no symbol, first in a file (found by the fuzz target):
    // the empty key is found again without a memcmp of the cache's null bytes
    // (UBSan's nonnull check, under ./dev test --sanitize), and prefetched
    // without an offset from them (UBSan's pointer-overflow check).
    void anEmptySymbolIsAKey()
    {
        PerfFrameCache cache;
        QVERIFY(!find(cache, "", 1));
        cache.setRange(0, 1);
        const PerfFrameCache::Range *range = find(cache, "", 1);
        QVERIFY(range);
        QCOMPARE(range->end, 1u);
        QVERIFY(!find(cache, "", 2));
    }
    void theKeyIsSymbolAndModule()
    {
        PerfFrameCache cache;
        QVERIFY(!find(cache, "f", 1));
        cache.setRange(0, 1);
        QVERIFY(!find(cache, "f", 2)); // the same symbol in another module
        cache.setRange(1, 2);
        QVERIFY(!find(cache, "ff", 1));
        cache.setRange(2, 3);
        QCOMPARE(find(cache, "f", 1)->begin, 0u);
        QCOMPARE(find(cache, "f", 2)->begin, 1u);
        QCOMPARE(find(cache, "ff", 1)->begin, 2u);
    }
    void theKeyIsCopied()
    {
        PerfFrameCache cache;
        std::string line = "some_function";
        QVERIFY(!find(cache, line, 0));
        cache.setRange(7, 8);
        line.assign("other_thing!!");
        QVERIFY(!find(cache, line, 0));
        cache.setRange(8, 9);
        QCOMPARE(find(cache, "some_function", 0)->begin, 7u);
    }
    void rangesSurviveGrowing()
    {
        PerfFrameCache cache;
        // setRange right after each insertion, including the ones that grow the table.
        for (quint32 i = 0; i < 10000; ++i) {
            const std::string symbol = "function_number_" + std::to_string(i);
            QVERIFY(!find(cache, symbol, i % 3));
            cache.setRange(i, i + 1);
        }
        for (quint32 i = 0; i < 10000; ++i) {
            const std::string symbol = "function_number_" + std::to_string(i);
            const PerfFrameCache::Range *range = find(cache, symbol, i % 3);
            QVERIFY(range);
            QCOMPARE(range->begin, i);
            cache.prefetchKey(PerfFrameCache::hashOf(symbol, i % 3));
        }
    }
};

PYROGRAPH_TEST_MAIN(tst_PerfFrameCache)
#include "tst_perfframecache.moc"
