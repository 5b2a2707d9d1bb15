#include "tests/support/testregistry.h"

#include "library/profiletypeid.h"

#include <QTest>

class tst_ProfileTypeId : public QObject
{
    Q_OBJECT
private slots:
    void parsesFiveParts()
    {
        const auto id = ProfileTypeId::parse("memory:alloc_space:bytes:space:bytes");
        QVERIFY(id);
        QCOMPARE(id->name, std::string("memory"));
        QCOMPARE(id->sampleType, std::string("alloc_space"));
        QCOMPARE(id->sampleUnit, std::string("bytes"));
        QCOMPARE(id->periodType, std::string("space"));
        QCOMPARE(id->periodUnit, std::string("bytes"));
        QCOMPARE(id->toString(), std::string("memory:alloc_space:bytes:space:bytes"));
    }
    void emptyPeriodPartsRoundTrip()
    {
        const auto id = ProfileTypeId::parse("process_cpu:samples:count::");
        QVERIFY(id);
        QCOMPARE(id->periodType, std::string());
        QCOMPARE(id->toString(), std::string("process_cpu:samples:count::"));
    }
    void deltaSuffixIsDropped()
    {
        const auto id = ProfileTypeId::parse("process_cpu:cpu:nanoseconds:cpu:nanoseconds:delta");
        QVERIFY(id);
        QCOMPARE(id->toString(), std::string("process_cpu:cpu:nanoseconds:cpu:nanoseconds"));
    }
    void malformedIdsAreRefused()
    {
        QVERIFY(!ProfileTypeId::parse(""));
        QVERIFY(!ProfileTypeId::parse("process_cpu"));
        QVERIFY(!ProfileTypeId::parse("a:b:c:d"));
        QVERIFY(!ProfileTypeId::parse(":b:c:d:e"));
        QVERIFY(!ProfileTypeId::parse("a:b:c:d:e:f"));
        QVERIFY(!ProfileTypeId::parse("a:b:c:d:e:delta:g"));
    }
};

PYROGRAPH_TEST_MAIN(tst_ProfileTypeId)
#include "tst_profiletypeid.moc"
