#include "widgets/calltreemodel.h"

#include "model/profilebuilder.h"
#include "model/searchquery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <string>

namespace {
// "a;b;c 1 2": stack root first, then one value per sample type (cpu ns, samples).
ProfilePtr fromCollapsed(const QStringList &lines)
{
    ProfileBuilder builder(std::vector<SampleType>{{"cpu", "nanoseconds"}, {"samples", "count"}});
    for (const QString &line : lines) {
        const QStringList parts = line.split(u' ');
        std::vector<std::string> owned;
        for (const QString &f : parts[0].split(u';'))
            owned.push_back(f.toStdString());
        std::vector<std::string_view> views(owned.begin(), owned.end());
        const qint64 values[] = {parts[1].toLongLong(), parts[2].toLongLong()};
        builder.addStack(std::span<const std::string_view>(views), std::span<const qint64>(values, 2));
    }
    return builder.build();
}

ProfilePtr sample()
{
    // total 10 ms / 10 samples: main 9 (self 1) -> serve 6 -> parse 4, main -> log 2; idle 1
    return fromCollapsed({"main;serve;parse 4000000 1", "main;serve 2000000 2", "main;log 2000000 3",
                          "main 1000000 1", "idle 1000000 3"});
}

QModelIndex childNamed(const QAbstractItemModel &m, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        if (i.data().toString() == name)
            return i;
    }
    return {};
}
} // namespace

class tst_CallTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTester()
    {
        CallTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfile(sample(), 0);
        // Walk everything so the tester checks every parent/child pair.
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &p) {
            for (int r = 0; r < model.rowCount(p); ++r)
                walk(model.index(r, 0, p));
        };
        walk({});
        model.setSampleType(1);
        model.setSearchResult(SearchResult::run(*model.profile(), SearchQuery::substring("se")));
        model.setProfile(nullptr, 0);
        QCOMPARE(model.rowCount(), 0);
    }
    void rootIsTheOneTopLevelRow()
    {
        CallTreeModel model;
        model.setProfile(sample(), 0);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("total"));
        QCOMPARE(model.index(0, CallTreeModel::TotalColumn).data().toString(), QStringLiteral("10.0 ms"));
        QCOMPARE(model.index(0, CallTreeModel::TotalPercentColumn).data().toString(), QStringLiteral("100.00%"));
        QCOMPARE(model.rowCount(root), 2); // idle, main
    }
    void childrenCarrySelfAndTotalInTheUnit()
    {
        CallTreeModel model;
        model.setProfile(sample(), 0);
        const QModelIndex main = childNamed(model, model.index(0, 0), QStringLiteral("main"));
        QVERIFY(main.isValid());
        QCOMPARE(main.siblingAtColumn(CallTreeModel::TotalColumn).data().toString(), QStringLiteral("9.00 ms"));
        QCOMPARE(main.siblingAtColumn(CallTreeModel::SelfColumn).data().toString(), QStringLiteral("1.00 ms"));
        QCOMPARE(main.siblingAtColumn(CallTreeModel::SelfPercentColumn).data().toString(), QStringLiteral("10.00%"));
        QCOMPARE(main.siblingAtColumn(CallTreeModel::TotalColumn).data(CallTreeModel::SortRole).toLongLong(),
                 9000000);
        const QModelIndex serve = childNamed(model, main, QStringLiteral("serve"));
        const QModelIndex parse = childNamed(model, serve, QStringLiteral("parse"));
        QCOMPARE(parse.siblingAtColumn(CallTreeModel::TotalPercentColumn).data().toString(),
                 QStringLiteral("40.00%"));
        QVERIFY(!model.hasChildren(parse));
        QCOMPARE(model.parent(parse), serve);
    }
    void sampleTypeChangesValuesNotRows()
    {
        CallTreeModel model;
        model.setProfile(sample(), 0);
        const QModelIndex main = childNamed(model, model.index(0, 0), QStringLiteral("main"));
        QPersistentModelIndex persistent(main);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSampleType(1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 2); // the root row and main's siblings
        QVERIFY(persistent.isValid());
        QCOMPARE(QModelIndex(persistent).siblingAtColumn(CallTreeModel::TotalColumn).data().toString(), QStringLiteral("7"));
    }
    void indexOfFindsDeepNodes()
    {
        CallTreeModel model;
        const ProfilePtr p = sample();
        model.setProfile(p, 0);
        const NodeId parse = p->findPath({"main", "serve", "parse"});
        QVERIFY(parse.isValid());
        const QModelIndex i = model.indexOf(parse);
        QCOMPARE(i.data().toString(), QStringLiteral("parse"));
        QCOMPARE(model.nodeAt(i), parse);
        QCOMPARE(i.parent().data().toString(), QStringLiteral("serve"));
        QCOMPARE(i.parent().parent().data().toString(), QStringLiteral("main"));
    }
    void searchMarksMatchingRows()
    {
        CallTreeModel model;
        model.setProfile(sample(), 0);
        model.setSearchResult(SearchResult::run(*model.profile(), SearchQuery::substring("PARS")));
        const QModelIndex parse = model.indexOf(model.profile()->findPath({"main", "serve", "parse"}));
        const QModelIndex serve = parse.parent();
        QCOMPARE(parse.data(CallTreeModel::MatchRole).toBool(), true);
        QCOMPARE(serve.data(CallTreeModel::MatchRole).toBool(), false);
        QVERIFY(parse.data(Qt::FontRole).value<QFont>().bold());
        model.setSearchResult(SearchResult());
        QCOMPARE(parse.data(CallTreeModel::MatchRole).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(tst_CallTreeModel)
#include "tst_calltreemodel.moc"
