#include "tests/support/testregistry.h"

#include "model/hugepageheap.h"

#include <QFile>
#include <QTest>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <thread>
#include <vector>

namespace {
struct Mapping
{
    bool found = false;
    QByteArray name; // "[heap]", a path, or empty (anonymous)
    QList<QByteArray> flags; // VmFlags: "hg" is MADV_HUGEPAGE
};

// The mapping that holds address, from /proc/self/smaps.
Mapping mappingOf(const void *address)
{
    const auto a = reinterpret_cast<std::uintptr_t>(address);
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    Mapping m;
    if (!smaps.open(QIODevice::ReadOnly))
        return m;
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        const qsizetype dash = fields.value(0).indexOf('-');
        if (dash > 0 && fields.size() >= 5 && !fields[0].endsWith(':')) {
            bool okBegin = false, okEnd = false;
            const auto begin = fields[0].left(dash).toULongLong(&okBegin, 16);
            const auto end = fields[0].mid(dash + 1).toULongLong(&okEnd, 16);
            inside = okBegin && okEnd && a >= begin && a < end;
            if (inside) {
                m.found = true;
                m.name = fields.size() > 5 ? fields[5] : QByteArray();
            }
        } else if (inside && line.startsWith("VmFlags:")) {
            m.flags = line.mid(8).simplified().split(' ');
            return m;
        }
    }
    return m;
}

struct FreeDeleter
{
    void operator()(void *p) const { std::free(p); }
};
using Block = std::unique_ptr<void, FreeDeleter>;

// A block's middle: its first bytes may share a 2 MB page with older blocks,
// below the advised part (advice is in whole 2 MB pages).
const void *middle(const Block &block, size_t bytes)
{
    return static_cast<const char *>(block.get()) + bytes / 2;
}
} // namespace

class tst_HugePageHeap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        HugePageHeap::configure();
        if (!HugePageHeap::isConfigured())
            QSKIP("glibc's heaps only (not this C library, or a sanitizer's allocator)");
    }

    // An 8 MB block comes from the main heap, not an mmap of its own (which
    // free() would unmap), and the heap is advised.
    void mainHeapBlockIsInAdvisedHeap()
    {
        const Block block(std::malloc(8 << 20));
        const Mapping m = mappingOf(middle(block, 8 << 20));
        QVERIFY(m.found);
        QCOMPARE(m.name, QByteArray("[heap]"));
        QVERIFY2(m.flags.contains("hg"), m.flags.join(' '));
    }

    // Past the 64 MB that configure() advised, the heap grows unadvised until
    // adviseThisThread() sees the growth.
    void mainHeapGrowthIsAdvisedAgain()
    {
        std::vector<Block> blocks;
        for (int i = 0; i < 4; ++i)
            blocks.emplace_back(std::malloc(30 << 20));
        const Mapping before = mappingOf(middle(blocks.back(), 30 << 20));
        QCOMPARE(before.name, QByteArray("[heap]"));
        QVERIFY2(!before.flags.contains("hg"), "the heap grew past the advised part: nothing to test");
        HugePageHeap::adviseThisThread();
        const Mapping after = mappingOf(middle(blocks.back(), 30 << 20));
        QVERIFY2(after.flags.contains("hg"), after.flags.join(' '));
    }

    // Another thread's heap (glibc's 64 MB reservation) is advised in full,
    // so a block it hands out later is in huge pages too.
    void threadHeapIsAdvisedInFull()
    {
        Mapping first, later;
        std::thread worker([&] {
            HugePageHeap::adviseThisThread();
            const Block small(std::malloc(64));
            first = mappingOf(small.get());
            const Block big(std::malloc(16 << 20));
            later = mappingOf(middle(big, 16 << 20));
        });
        worker.join();
        QVERIFY(first.found);
        QVERIFY2(first.name.isEmpty(), first.name); // not the main heap
        QVERIFY2(first.flags.contains("hg"), first.flags.join(' '));
        QVERIFY2(later.flags.contains("hg"), later.flags.join(' '));
    }
};

PYROGRAPH_TEST_MAIN(tst_HugePageHeap)
#include "tst_hugepageheap.moc"
