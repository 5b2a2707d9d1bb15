#include "tests/support/testregistry.h"

#include "model/openhashtable.h"

#include <QTest>

#include <string>
#include <vector>

namespace {
struct Slot
{
    quint64 hash = 0;
    quint32 id = 0;
};

// Keys kept outside the table, as every user keeps them; hash() lets a test
// force collisions by giving many keys one hash.
class Interner
{
public:
    explicit Interner(size_t capacity = 4)
        : m_table(capacity)
    {}
    quint32 intern(const std::string &key, quint64 hash, bool *inserted = nullptr)
    {
        bool added = false;
        const Slot &slot = m_table.findOrInsert(
            hash, [&](const Slot &s) { return m_keys[s.id] == key; },
            [&](Slot &s) {
                s.hash = hash;
                s.id = quint32(m_keys.size());
                m_keys.push_back(key);
            },
            &added);
        if (inserted)
            *inserted = added;
        return slot.id;
    }
    const OpenHashTable<Slot> &table() const { return m_table; }

private:
    OpenHashTable<Slot> m_table;
    std::vector<std::string> m_keys;
};

quint64 hashOf(const std::string &s)
{
    return (std::hash<std::string>()(s) << 1) | 1;
}
} // namespace

class tst_OpenHashTable : public QObject
{
    Q_OBJECT
private slots:
    void aKeyIsInsertedOnceAndFoundAfter()
    {
        Interner interner;
        bool inserted = false;
        QCOMPARE(interner.intern("main", hashOf("main"), &inserted), 0u);
        QVERIFY(inserted);
        QCOMPARE(interner.intern("worker", hashOf("worker"), &inserted), 1u);
        QVERIFY(inserted);
        QCOMPARE(interner.intern("main", hashOf("main"), &inserted), 0u);
        QVERIFY(!inserted);
        QCOMPARE(interner.table().size(), size_t(2));
    }
    void growingKeepsEveryKeyAndTheLoadAtMostHalf()
    {
        Interner interner(4);
        std::vector<quint32> ids;
        for (int i = 0; i < 5000; ++i) {
            const std::string key = "frame" + std::to_string(i);
            ids.push_back(interner.intern(key, hashOf(key)));
            QCOMPARE(ids.back(), quint32(i)); // the slot returned after a grow is the new key's
            QVERIFY(interner.table().size() * 2 <= interner.table().capacity());
        }
        for (int i = 0; i < 5000; ++i) {
            const std::string key = "frame" + std::to_string(i);
            bool inserted = true;
            QCOMPARE(interner.intern(key, hashOf(key), &inserted), ids[size_t(i)]);
            QVERIFY(!inserted);
        }
        QCOMPARE(interner.table().size(), size_t(5000));
    }
    void equalHashesAreToldApartByTheKey()
    {
        Interner interner(8);
        // One hash for all: every lookup probes past the others, across grows.
        for (int i = 0; i < 100; ++i)
            QCOMPARE(interner.intern("k" + std::to_string(i), 0x11), quint32(i));
        for (int i = 99; i >= 0; --i)
            QCOMPARE(interner.intern("k" + std::to_string(i), 0x11), quint32(i));
        QCOMPARE(interner.table().size(), size_t(100));
    }
    void probingWrapsAroundTheEnd()
    {
        Interner interner(1024);
        // The hash of the last slot: the second key must wrap to slot 0.
        QCOMPARE(interner.intern("a", 1023), 0u);
        QCOMPARE(interner.intern("b", 1023), 1u);
        QCOMPARE(interner.table().home(1023).id, 0u);
        QCOMPARE(interner.intern("b", 1023), 1u);
        QCOMPARE(interner.intern("a", 1023), 0u);
    }
    void clearEmptiesTheTable()
    {
        OpenHashTable<Slot> table(4);
        bool inserted = false;
        auto fill = [](Slot &s) { s.hash = 5; };
        table.findOrInsert(5, [](const Slot &) { return true; }, fill, &inserted);
        QVERIFY(inserted);
        table.clear(16);
        QCOMPARE(table.size(), size_t(0));
        QCOMPARE(table.capacity(), size_t(16));
        table.findOrInsert(5, [](const Slot &) { return true; }, fill, &inserted);
        QVERIFY(inserted);
    }
};

PYROGRAPH_TEST_MAIN(tst_OpenHashTable)
#include "tst_openhashtable.moc"
