#include "tests/support/testregistry.h"

#include "widgets/breadcrumbbar.h"

#include "widgettestutil.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTest>

using namespace widgettest;

class tst_BreadcrumbBar : public QObject
{
    Q_OBJECT
private:
    const ProfilePtr m_profile =
        fromCollapsed({"main;serve;handle 6", "main;parse 3", "a;b;c;d;e;f;g;h;i;j;k 1"});

private slots:
    void rootFirstToTheZoomedNode()
    {
        BreadcrumbBar bar;
        bar.setPath(m_profile.get(), m_profile->findPath({"main", "serve"}));
        QCOMPARE(bar.names(), (QStringList{"total", "main", "serve"}));
        bar.setPath(m_profile.get(), NodeId()); // no zoom: the root alone
        QCOMPARE(bar.names(), QStringList{"total"});
    }
    void aDeepPathShowsTheRootAndTheLastFrames()
    {
        BreadcrumbBar bar;
        bar.setPath(m_profile.get(),
                    m_profile->findPath({"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"}));
        // 12 frames: the root, "…", then the last maxCrumbs - 2.
        QCOMPARE(bar.names(), (QStringList{"total", "f", "g", "h", "i", "j", "k"}));
        QCOMPARE(bar.names().size(), BreadcrumbBar::maxCrumbs - 1);
    }
    void aClickAsksToZoomThere()
    {
        BreadcrumbBar bar;
        const NodeId serve = m_profile->findPath({"main", "serve"});
        bar.setPath(m_profile.get(), m_profile->findPath({"main", "serve", "handle"}));
        QVERIFY(showExposed(bar, QSize(600, 40)));
        QSignalSpy clicked(&bar, &BreadcrumbBar::nodeClicked);
        // The view answers a click by zooming, which rebuilds the bar at once,
        // deleting the button being clicked: that must be safe.
        connect(&bar, &BreadcrumbBar::nodeClicked, &bar,
                [&](NodeId node) { bar.setPath(m_profile.get(), node); });
        QTest::mouseClick(bar.crumb(2), Qt::LeftButton);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).value<NodeId>(), serve);
        QCOMPARE(bar.names(), (QStringList{"total", "main", "serve"}));
    }
    void theLastCrumbIsWhereTheViewIs()
    {
        BreadcrumbBar bar;
        bar.setPath(m_profile.get(), m_profile->findPath({"main", "parse"}));
        QAbstractButton *here = bar.crumb(2);
        QVERIFY(here);
        QVERIFY(here->font().bold());
        QVERIFY(!bar.crumb(1)->font().bold());
        QSignalSpy clicked(&bar, &BreadcrumbBar::nodeClicked);
        here->click(); // not a link, even when pressed
        QCOMPARE(clicked.count(), 0);
        QVERIFY(!bar.crumb(3));
    }
    void noProfileEmptiesTheBar()
    {
        BreadcrumbBar bar;
        bar.setPath(m_profile.get(), m_profile->findPath({"main"}));
        bar.setPath(nullptr, NodeId());
        QVERIFY(bar.names().isEmpty());
        QVERIFY(!bar.crumb(0));
    }
};

PYROGRAPH_TEST_MAIN(tst_BreadcrumbBar)
#include "tst_breadcrumbbar.moc"
