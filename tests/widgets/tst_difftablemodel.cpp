#include "tests/support/testregistry.h"

#include "widgets/difftablemodel.h"

#include "model/diffbuilder.h"
#include "tests/model/collapsedtext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <cmath>

using testing::fromCollapsed;
using testing::nameId;

namespace {
// baseline total 100, comparison total 200.
ProfilePtr diffProfile()
{
    const ProfilePtr before = fromCollapsed({"main;a 10", "main;b 40", "main 50"});
    const ProfilePtr after = fromCollapsed({"main;a 60", "main;c 40", "main 100"});
    return DiffBuilder::build(*before, 0, *after, 0).profile;
}

QStringList columnOf(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, column).data().toString();
    return values;
}
} // namespace

class tst_DiffTableModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        DiffTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfile(diffProfile());
        model.setDiffMode(DiffMode::Absolute);
        model.setProfile(nullptr);
        model.setProfile(diffProfile());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(DiffTableModel::SortRole);
        proxy.sort(DiffTableModel::ChangeColumn);
    }
    void everyFunctionOfEitherSide()
    {
        const ProfilePtr d = diffProfile();
        DiffTableModel model;
        model.setProfile(d);
        QCOMPARE(model.columnCount(), int(DiffTableModel::ColumnCount));
        // main, a, b (removed), c (new); the root "total" is not a function.
        QStringList names = columnOf(model, DiffTableModel::NameColumn);
        names.sort();
        QCOMPARE(names, (QStringList{"a", "b", "c", "main"}));
        const int a = model.rowOf(nameId(*d, "a")), b = model.rowOf(nameId(*d, "b")), c = model.rowOf(nameId(*d, "c"));
        QCOMPARE(model.baselineSelf(a), 10);
        QCOMPARE(model.comparisonSelf(a), 60);
        QCOMPARE(model.baselineSelf(b), 40);
        QCOMPARE(model.comparisonSelf(b), 0);
        QCOMPARE(model.baselineSelf(c), 0);
        QCOMPARE(model.comparisonSelf(c), 40);
        QCOMPARE(model.index(a, DiffTableModel::BaselineColumn).data().toString(), QStringLiteral("10 (10.00%)"));
        QCOMPARE(model.index(a, DiffTableModel::ComparisonColumn).data().toString(), QStringLiteral("60 (30.00%)"));
        QCOMPARE(model.index(a, DiffTableModel::DeltaColumn).data().toString(), QStringLiteral("+50"));
        // Relative: the share went from 10 % to 30 %: +200 %, not clamped in the table.
        QCOMPARE(model.index(a, DiffTableModel::ChangeColumn).data().toString(), QStringLiteral("+200.00%"));
        QCOMPARE(model.index(b, DiffTableModel::ChangeColumn).data().toString(), QStringLiteral("removed"));
        QCOMPARE(model.index(c, DiffTableModel::ChangeColumn).data().toString(), QStringLiteral("new"));
        QVERIFY(std::isinf(model.change(c)));
    }
    void absoluteModeChangesTheChangeColumn()
    {
        const ProfilePtr d = diffProfile();
        DiffTableModel model;
        model.setProfile(d);
        const int main = model.rowOf(nameId(*d, "main"));
        // main's self: 50 of 100, then 100 of 200: the same share.
        QCOMPARE(model.index(main, DiffTableModel::ChangeColumn).data().toString(), QStringLiteral("0.00%"));
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.setDiffMode(DiffMode::Absolute);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(model.index(main, DiffTableModel::ChangeColumn).data().toString(), QStringLiteral("+100.00%"));
        QCOMPARE(model.index(model.rowOf(nameId(*d, "a")), DiffTableModel::ChangeColumn).data().toString(),
                 QStringLiteral("+500.00%"));
    }
    void sortsByChangeNumerically()
    {
        // Changes whose text sorts differently from their value: +5 %, +50 %, +400 %, -20 %, -100 %.
        const ProfilePtr before = fromCollapsed({"five 100", "fifty 100", "four 100", "minus 100", "gone 100", "rest 500"});
        const ProfilePtr after = fromCollapsed({"five 105", "fifty 150", "four 500", "minus 80", "fresh 1", "rest 500"});
        const ProfilePtr d = DiffBuilder::build(*before, 0, *after, 0).profile;
        DiffTableModel model;
        model.setProfile(d);
        model.setDiffMode(DiffMode::Absolute);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DiffTableModel::SortRole);
        proxy.sort(DiffTableModel::ChangeColumn, Qt::DescendingOrder);
        QCOMPARE(columnOf(proxy, DiffTableModel::NameColumn),
                 (QStringList{"fresh", "four", "fifty", "five", "rest", "minus", "gone"}));
        proxy.sort(DiffTableModel::DeltaColumn, Qt::AscendingOrder);
        QCOMPARE(columnOf(proxy, DiffTableModel::NameColumn).first(), QStringLiteral("gone"));
        QCOMPARE(columnOf(proxy, DiffTableModel::NameColumn).last(), QStringLiteral("four"));
    }
    void notADiffIsEmpty()
    {
        DiffTableModel model;
        model.setProfile(fromCollapsed({"main 1"}));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.profile());
    }
};

PYROGRAPH_TEST_MAIN(tst_DiffTableModel)
#include "tst_difftablemodel.moc"
