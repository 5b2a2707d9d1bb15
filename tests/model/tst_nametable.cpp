#include "tests/support/testregistry.h"

#include "model/nametable.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <string>

namespace {
// Names that share long prefixes, as real ones do ("std::", "github.com/..."), some a prefix of
// another.
NameTable namesOf(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    NameTable table;
    std::vector<std::string> seen;
    for (int i = 0; i < count; ++i) {
        std::string name = i % 3 == 0 ? "github.com/pyrograph/" : "std::";
        name += std::to_string(random.bounded(1000000));
        if (i % 7 == 0)
            name += "::operator()";
        table.append(name + '#' + std::to_string(i)); // unique, as NameTableBuilder keeps them
    }
    table.append(""); // the empty name sorts first
    return table;
}

bool inByteOrder(const NameTable &table, const std::vector<quint32> &ids)
{
    for (size_t i = 1; i < ids.size(); ++i)
        if (!(table.name(NameId(ids[i - 1])) < table.name(NameId(ids[i]))))
            return false;
    return true;
}

bool isPermutation(std::vector<quint32> ids)
{
    std::sort(ids.begin(), ids.end());
    for (size_t i = 0; i < ids.size(); ++i)
        if (ids[i] != i)
            return false;
    return true;
}
} // namespace

class tst_NameTable : public QObject
{
    Q_OBJECT
private slots:
    void idsInByteOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("small, one thread") << 100;
        QTest::newRow("big, two halves merged") << 50000;
    }

    void idsInByteOrder()
    {
        QFETCH(int, count);
        const NameTable table = namesOf(count, 42);
        const std::vector<quint32> ids = table.idsInByteOrder();
        QCOMPARE(ids.size(), size_t(table.size()));
        QVERIFY(isPermutation(ids));
        QVERIFY(inByteOrder(table, ids));
        QCOMPARE(table.name(NameId(ids.front())), std::string_view());
    }
};

PYROGRAPH_TEST_MAIN(tst_NameTable)
#include "tst_nametable.moc"
