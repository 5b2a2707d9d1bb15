#include "tests/support/testregistry.h"

#include "widgets/functiontablemodel.h"
#include "widgets/functiontableproxymodel.h"
#include "widgets/functiontableview.h"

#include "model/profilebuilder.h"
#include "model/searchquery.h"
#include "model/searchresult.h"

#include "widgettestutil.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTest>

#include <string>

using namespace widgettest;

namespace {
QStringList shownNames(const FunctionTableView &view)
{
    return column(*view.model(), FunctionTableModel::NameColumn);
}

const QStringList smallProfile{"main;parseJson 4", "main;parseXml;readByte 3", "main;serve 6", "main 1"};
} // namespace

class tst_FunctionTableView : public QObject
{
    Q_OBJECT
private slots:
    void sortedBySelfDescendingAtFirst()
    {
        FunctionTableView view;
        view.setProfile(fromCollapsed(smallProfile), 0);
        QCOMPARE(shownNames(view), (QStringList{"serve", "parseJson", "readByte", "main", "parseXml"}));
    }
    void numericColumnsSortDescendingOnFirstClick()
    {
        FunctionTableView view;
        view.setProfile(fromCollapsed(smallProfile), 0);
        QVERIFY(showExposed(view, QSize(700, 300)));
        QHeaderView *header = view.horizontalHeader();
        const auto clickHeader = [&](int column) {
            const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(x, header->height() / 2));
        };
        // Total: main 14, parseXml 3 ... the costliest first.
        clickHeader(FunctionTableModel::TotalColumn);
        QCOMPARE(header->sortIndicatorSection(), int(FunctionTableModel::TotalColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(shownNames(view).first(), QStringLiteral("main"));
        clickHeader(FunctionTableModel::TotalColumn); // a second click flips it
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        clickHeader(FunctionTableModel::SelfPercentColumn);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(shownNames(view).first(), QStringLiteral("serve"));
        // Names still ascend first.
        clickHeader(FunctionTableModel::NameColumn);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(shownNames(view).first(), QStringLiteral("main"));
    }
    void searchFiltersRowsByNameMask()
    {
        FunctionTableView view;
        const ProfilePtr p = fromCollapsed(smallProfile);
        view.setProfile(p, 0);
        view.setSearch(SearchResult::run(*p, SearchQuery::substring(QStringLiteral("PARSE"))));
        QCOMPARE(shownNames(view), (QStringList{"parseJson", "parseXml"}));
        QString error;
        view.setSearch(SearchResult::run(*p, SearchQuery::regex(QStringLiteral("^(serve|main)$"), &error)));
        QCOMPARE(shownNames(view), (QStringList{"serve", "main"}));
        view.setSearch(SearchResult());
        QCOMPARE(view.model()->rowCount(), 5);
    }
    void clickingARowEmitsFunctionSelected()
    {
        FunctionTableView view;
        const ProfilePtr p = fromCollapsed(smallProfile);
        view.setProfile(p, 0);
        QVERIFY(showExposed(view, QSize(600, 300)));
        QSignalSpy spy(&view, &FunctionTableView::functionSelected);
        const QRect row1 = view.visualRect(view.model()->index(1, FunctionTableModel::NameColumn));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, row1.center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<NameId>(), nameId(*p, "parseJson"));
        QCOMPARE(view.selectedFunction(), nameId(*p, "parseJson"));
        // The keyboard moves the selection too.
        QTest::keyClick(view.viewport(), Qt::Key_Down);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<NameId>(), nameId(*p, "readByte"));
    }
    void selectFunctionSelectsWithoutEmitting()
    {
        FunctionTableView view;
        const ProfilePtr p = fromCollapsed(smallProfile);
        view.setProfile(p, 0);
        QSignalSpy spy(&view, &FunctionTableView::functionSelected);
        view.selectFunction(nameId(*p, "main"));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(view.currentIndex().data().toString(), QStringLiteral("main"));
        QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
        view.selectFunction(NameId());
        QVERIFY(view.selectionModel()->selectedRows().isEmpty());
        QCOMPARE(spy.count(), 0);
    }
    void selectionFollowsTheFilter()
    {
        FunctionTableView view;
        const ProfilePtr p = fromCollapsed(smallProfile);
        view.setProfile(p, 0);
        QSignalSpy spy(&view, &FunctionTableView::functionSelected);
        view.selectFunction(nameId(*p, "parseXml"));
        view.setSearch(SearchResult::run(*p, SearchQuery::substring(QStringLiteral("xml"))));
        QCOMPARE(view.currentIndex().data().toString(), QStringLiteral("parseXml"));
        view.setSearch(SearchResult::run(*p, SearchQuery::substring(QStringLiteral("serve"))));
        QVERIFY(view.selectionModel()->selectedRows().isEmpty());
        // Clearing the search brings the selected function's row back.
        view.setSearch(SearchResult());
        QCOMPARE(view.currentIndex().data().toString(), QStringLiteral("parseXml"));
        QCOMPARE(spy.count(), 0);
    }
    void selectionSurvivesSorting()
    {
        FunctionTableView view;
        const ProfilePtr p = fromCollapsed(smallProfile);
        view.setProfile(p, 0);
        view.selectFunction(nameId(*p, "parseXml"));
        view.sortByColumn(FunctionTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(shownNames(view), (QStringList{"main", "parseJson", "parseXml", "readByte", "serve"}));
        QCOMPARE(view.currentIndex().data().toString(), QStringLiteral("parseXml"));
        QCOMPARE(view.currentIndex().row(), 2);
        QCOMPARE(view.viewRowOf(nameId(*p, "parseXml")), 2);
    }
    void sixtyThousandRowsSortAndFilterQuickly()
    {
        // 60,000 functions, as the large generated profile has.
        ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}});
        for (int i = 0; i < 60000; ++i) {
            const std::string leaf = "pkg" + std::to_string(i % 97) + ".func" + std::to_string(i);
            const std::vector<std::string_view> stack{"main", leaf};
            const qint64 value = 1 + (i * 7919) % 10007;
            builder.addStack(std::span<const std::string_view>(stack), std::span<const qint64>(&value, 1));
        }
        const ProfilePtr p = builder.build();
        FunctionTableView view;
        QVERIFY(showExposed(view, QSize(800, 600)));

        QElapsedTimer timer;
        timer.start();
        view.setProfile(p, 0);
        const qint64 loadMs = timer.restart();
        view.sortByColumn(FunctionTableModel::TotalColumn, Qt::AscendingOrder);
        const qint64 sortMs = timer.restart();
        const SearchResult search = SearchResult::run(*p, SearchQuery::substring(QStringLiteral("pkg13.")));
        const qint64 searchMs = timer.restart();
        view.setSearch(search);
        const int filteredRows = view.model()->rowCount();
        const qint64 filterMs = timer.restart();
        QCoreApplication::processEvents();
        const qint64 paintMs = timer.restart();
        view.setSearch(SearchResult());
        QCOMPARE(view.model()->rowCount(), 60001); // and main
        const qint64 unfilterMs = timer.restart();
        view.setSearch(search);
        qInfo("60,000 rows: load %lld ms, sort %lld ms, search %lld ms, filter %lld ms, paint %lld ms, unfilter %lld ms",
              loadMs, sortMs, searchMs, filterMs, paintMs, unfilterMs);

        QCOMPARE(filteredRows, 60000 / 97 + 1); // i % 97 == 13, i < 60000
        const QAbstractItemModel *m = view.model();
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY(m->index(r - 1, FunctionTableModel::TotalColumn).data(FunctionTableModel::SortRole).toLongLong()
                    <= m->index(r, FunctionTableModel::TotalColumn).data(FunctionTableModel::SortRole).toLongLong());
        // Generous bounds: they catch a per-row regex or a quadratic sort, not noise.
        QVERIFY2(sortMs < 1500, qPrintable(QString::number(sortMs)));
        QVERIFY2(filterMs < 1500, qPrintable(QString::number(filterMs)));
        QVERIFY2(unfilterMs < 1500, qPrintable(QString::number(unfilterMs)));
    }
};

PYROGRAPH_TEST_MAIN(tst_FunctionTableView)
#include "tst_functiontableview.moc"
