#include "tests/support/testregistry.h"

#include "importers/perfstacktable.h"

#include <QTest>

#include <limits>
#include <vector>

class tst_PerfStackTable : public QObject
{
    Q_OBJECT
private slots:
    void aStackIsStoredOncePerLabelSet()
    {
        PerfStackTable table;
        const std::vector<quint32> a{0, 1, 2}, b{0, 1}, prefix{0, 1, 2, 3};
        const quint32 first = table.insert(a, 0);
        QCOMPARE(table.insert(b, 0), first + 1);
        QCOMPARE(table.insert(a, 0), first);
        QCOMPARE(table.insert(a, 1), first + 2); // another thread: another stack
        QCOMPARE(table.insert(prefix, 0), first + 3);
        QCOMPARE(table.size(), size_t(4));
        QVERIFY(std::ranges::equal(table.frames(first), a));
        QVERIFY(std::ranges::equal(table.frames(first + 3), prefix));
        QCOMPARE(table.labelSet(first + 2), 1);
    }
    // A file's periods are its word: past qint64 their sum saturates (for the
    // builder's sum limit to refuse) instead of overflowing.
    void valuesSaturate()
    {
        PerfStackTable table;
        const quint32 s = table.insert(std::vector<quint32>{1}, -1);
        table.addValue(s, 0, std::numeric_limits<qint64>::max());
        table.addValue(s, 0, std::numeric_limits<qint64>::max());
        QCOMPARE(table.value(0, s), std::numeric_limits<qint64>::max());
        table.addValue(s, 0, -1);
        QCOMPARE(table.value(0, s), std::numeric_limits<qint64>::max() - 1);
    }
    void valuesAddUpPerColumn()
    {
        PerfStackTable table;
        const std::vector<quint32> a{4, 5};
        const quint32 s = table.insert(a, -1);
        table.addValue(s, 0, 10);
        table.addValue(s, 0, 5);
        table.addValue(s, 2, 7); // a column added late covers every stack
        const quint32 t = table.insert(std::vector<quint32>{6}, -1);
        table.addValue(t, 1, 3);
        QCOMPARE(table.value(0, s), qint64(15));
        QCOMPARE(table.value(1, s), qint64(0));
        QCOMPARE(table.value(2, s), qint64(7));
        QCOMPARE(table.value(1, t), qint64(3));
        QCOMPARE(table.value(9, t), qint64(0));
    }
    void manyStacksSurviveGrowing()
    {
        PerfStackTable table;
        for (quint32 i = 0; i < 20000; ++i) {
            const std::vector<quint32> frames{i % 7, i, i / 3};
            QCOMPARE(table.insert(frames, qint32(i % 2)), i);
        }
        for (quint32 i = 0; i < 20000; ++i) {
            const std::vector<quint32> frames{i % 7, i, i / 3};
            QCOMPARE(table.insert(frames, qint32(i % 2)), i);
            QVERIFY(std::ranges::equal(table.frames(i), frames));
        }
    }
};

PYROGRAPH_TEST_MAIN(tst_PerfStackTable)
#include "tst_perfstacktable.moc"
