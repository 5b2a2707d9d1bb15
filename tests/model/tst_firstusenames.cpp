#include "tests/support/testregistry.h"

#include "model/firstusenames.h"

#include <QTest>

class tst_FirstUseNames : public QObject
{
    Q_OBJECT
private slots:
    void numbersNamesInOrderOfFirstUse()
    {
        FirstUseNames names(10);
        QCOMPARE(names.indexOf(NameId(7)), 0);
        QCOMPARE(names.indexOf(NameId(2)), 1);
        QCOMPARE(names.indexOf(NameId(7)), 0); // again: the same number
        QCOMPARE(names.indexOf(NameId(0)), 2);
        QCOMPARE(names.indexOf(NameId(9)), 3);
        QCOMPARE(names.names(), (std::vector<NameId>{NameId(7), NameId(2), NameId(0), NameId(9)}));
    }

    void unusedNamesAreLeftOut()
    {
        FirstUseNames names(1000);
        QVERIFY(names.names().empty());
        names.indexOf(NameId(500));
        QCOMPARE(names.names().size(), size_t(1));
    }
};

PYROGRAPH_TEST_MAIN(tst_FirstUseNames)
#include "tst_firstusenames.moc"
