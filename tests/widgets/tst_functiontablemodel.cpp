#include "tests/support/testregistry.h"

#include "widgets/functiontablemodel.h"
#include "widgets/functiontableproxymodel.h"

#include "model/profilebuilder.h"
#include "model/searchquery.h"
#include "model/searchresult.h"
#include "model/unitformat.h"

#include "widgettestutil.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <string>

using namespace widgettest;

namespace {
QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role).toString();
}

// The name column of a model, top to bottom.
QStringList names(const QAbstractItemModel &m)
{
    return column(m, FunctionTableModel::NameColumn);
}
} // namespace

class tst_FunctionTableModel : public QObject
{
    Q_OBJECT
private slots:
    void exactRowsOfSmallProfile()
    {
        // a recurses (main;a;a): its total counts that stack once.
        FunctionTableModel model;
        model.setProfile(fromCollapsed({"main;a;b 3", "main;b 2", "main 1", "main;a;a 4"}), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 5);
        // Rows come in the table's order: self descending.
        QCOMPARE(names(model), (QStringList{"b", "a", "main"}));
        QCOMPARE(cell(model, 0, FunctionTableModel::SelfColumn), QStringLiteral("5"));
        QCOMPARE(cell(model, 0, FunctionTableModel::SelfPercentColumn), QStringLiteral("50.00%"));
        QCOMPARE(cell(model, 0, FunctionTableModel::TotalColumn), QStringLiteral("5"));
        QCOMPARE(cell(model, 1, FunctionTableModel::SelfColumn), QStringLiteral("4"));
        QCOMPARE(cell(model, 1, FunctionTableModel::TotalColumn), QStringLiteral("7"));
        QCOMPARE(cell(model, 1, FunctionTableModel::TotalPercentColumn), QStringLiteral("70.00%"));
        QCOMPARE(cell(model, 2, FunctionTableModel::SelfColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 2, FunctionTableModel::TotalColumn), QStringLiteral("10"));
        QCOMPARE(cell(model, 2, FunctionTableModel::TotalPercentColumn), QStringLiteral("100.00%"));
    }
    void valuesInTheProfileUnit()
    {
        FunctionTableModel model;
        model.setProfile(fromCollapsed({"main;work 1500000", "main 500000"}, {{"cpu", "nanoseconds"}}), 0);
        QCOMPARE(names(model), (QStringList{"work", "main"}));
        QCOMPARE(cell(model, 0, FunctionTableModel::SelfColumn), UnitFormat::format(1500000, "nanoseconds"));
        QCOMPARE(cell(model, 0, FunctionTableModel::SelfColumn), QStringLiteral("1.50 ms"));
        QCOMPARE(cell(model, 1, FunctionTableModel::TotalColumn), QStringLiteral("2.00 ms"));
        QCOMPARE(cell(model, 0, FunctionTableModel::SelfPercentColumn), QStringLiteral("75.00%"));
    }
    void rolesGiveRawNumbersAndIds()
    {
        FunctionTableModel model;
        const ProfilePtr p = fromCollapsed({"main;a 3", "main 1"});
        model.setProfile(p, 0);
        const QModelIndex self = model.index(0, FunctionTableModel::SelfColumn);
        QCOMPARE(self.data(FunctionTableModel::SortRole).typeId(), QMetaType::LongLong);
        QCOMPARE(self.data(FunctionTableModel::SortRole).toLongLong(), 3);
        const NameId a(model.index(0, 0).data(FunctionTableModel::NameIdRole).toUInt());
        QCOMPARE(p->names().name(a), std::string_view("a"));
        QCOMPARE(model.rowOf(a), 0);
        QCOMPARE(model.rowOf(NameId()), -1);
        QCOMPARE(model.rowOf(p->tree().name(CallTree::root())), -1); // the root is no function
        QVERIFY(model.index(0, FunctionTableModel::TotalColumn).data(Qt::TextAlignmentRole).isValid());
    }
    void passesModelTesterThroughResets()
    {
        FunctionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfile(fromCollapsed({"main;a;b 3", "main;c 2"}), 0);
        QCOMPARE(model.rowCount(), 4);
        model.setProfile(fromCollapsed({"x 1"}), 0);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.profile());
    }
    void proxyPassesModelTesterWhileSortingAndFiltering()
    {
        FunctionTableModel model;
        FunctionTableProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ProfilePtr p = fromCollapsed({"main;alpha 9", "main;beta 10", "main;gamma 100"});
        model.setProfile(p, 0);
        proxy.sort(FunctionTableModel::TotalColumn, Qt::DescendingOrder);
        proxy.setSearch(SearchResult::run(*p, SearchQuery::substring(QStringLiteral("a"))));
        QCOMPARE(names(proxy), (QStringList{"main", "gamma", "beta", "alpha"}));
        proxy.setSearch(SearchResult());
        QCOMPARE(proxy.rowCount(), 4);
    }
    void sortingKeepsPersistentIndexes()
    {
        FunctionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ProfilePtr p = fromCollapsed({"m;a 1", "m;b 3", "m;c 2"});
        model.setProfile(p, 0);
        const QPersistentModelIndex b = model.index(0, 1); // self descending: b first
        QCOMPARE(b.sibling(b.row(), 0).data().toString(), QStringLiteral("b"));
        model.sort(FunctionTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(names(model), (QStringList{"a", "b", "c", "m"}));
        QCOMPARE(b.row(), 1);
        QCOMPARE(b.column(), 1);
        QCOMPARE(model.rowOf(model.nameAt(3)), 3);
        QCOMPARE(model.sortColumn(), int(FunctionTableModel::NameColumn));
    }
    void sortIsNumericNotTextual()
    {
        // As text "10" < "100" < "9"; as numbers 9 < 10 < 100.
        FunctionTableModel model;
        FunctionTableProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setProfile(fromCollapsed({"m;nine 9", "m;ten 10", "m;hundred 100"}), 0);
        proxy.sort(FunctionTableModel::SelfColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy), (QStringList{"m", "nine", "ten", "hundred"}));
        proxy.sort(FunctionTableModel::SelfPercentColumn, Qt::DescendingOrder);
        QCOMPARE(names(proxy), (QStringList{"hundred", "ten", "nine", "m"}));
        proxy.sort(FunctionTableModel::TotalColumn, Qt::DescendingOrder);
        QCOMPARE(names(proxy).first(), QStringLiteral("m"));
        proxy.sort(FunctionTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy), (QStringList{"hundred", "m", "nine", "ten"}));
    }
    void tiesListNamesAToZInBothOrders()
    {
        FunctionTableModel model;
        FunctionTableProxyModel proxy;
        proxy.setSourceModel(&model);
        model.setProfile(fromCollapsed({"m;b 2", "m;c 2", "m;a 2", "m;z 5"}), 0);
        proxy.sort(FunctionTableModel::SelfColumn, Qt::DescendingOrder);
        QCOMPARE(names(proxy), (QStringList{"z", "a", "b", "c", "m"}));
        proxy.sort(FunctionTableModel::SelfColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy), (QStringList{"m", "a", "b", "c", "z"}));
        proxy.sort(FunctionTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(names(proxy), (QStringList{"z", "m", "c", "b", "a"}));
    }
    void sampleTypeSelectsTheColumn()
    {
        const ProfilePtr p = fromCollapsed({"main;a 1 2000", "main;b 5 1000"}, {{"samples", "count"}, {"cpu", "nanoseconds"}});
        FunctionTableModel model;
        model.setProfile(p, 0);
        QCOMPARE(names(model).first(), QStringLiteral("b"));
        model.setProfile(p, 1);
        QCOMPARE(model.sampleType(), 1);
        QCOMPARE(names(model).first(), QStringLiteral("a"));
        QCOMPARE(cell(model, 0, FunctionTableModel::SelfColumn), UnitFormat::format(2000, "nanoseconds"));
    }
};

PYROGRAPH_TEST_MAIN(tst_FunctionTableModel)
#include "tst_functiontablemodel.moc"
