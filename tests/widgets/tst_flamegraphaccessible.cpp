#include "tests/support/testregistry.h"

#include "widgets/flamegraphaccessible.h"
#include "widgets/flamegraphview.h"
#include "widgets/functiontableview.h"
#include "widgets/profileview.h"

#include "tests/model/collapsedtext.h"

#include <QAccessible>
#include <QApplication>
#include <QTest>

#include <memory>

using testing::fromCollapsed;

namespace {
// total 100: main 50 (serve 50: parse 30, write 20), idle 50; counts, no unit.
ProfilePtr serverProfile()
{
    return fromCollapsed({"main;serve;parse 30", "main;serve;write 20", "idle 50"});
}

// What an assistive tool reads, through Qt's accessibility interface.
QString accessibleText(QObject *object, QAccessible::Text t)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(t) : QStringLiteral("(no interface)");
}

} // namespace

// A screen reader hears the flamegraph's selected box (its function, total
// and self), the arrow keys move that selection, and the views' tables and
// graphs have names. (The NameChanged events FlameGraphAccessible sends are
// not checked: QAccessible drops them unless a platform bridge is active,
// which only Qt's private API turns on.) The flamegraph's rows follow the application's font.
class tst_FlameGraphAccessible : public QObject
{
    Q_OBJECT
private slots:
    void interfaceNamesTheSelectedBox()
    {
        const ProfilePtr p = serverProfile();
        FlameGraphView view(FlameGraphView::Renderer::Raster);
        view.resize(800, 300);
        view.setProfile(p, 0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(iface);
        QVERIFY(dynamic_cast<FlameGraphAccessible *>(iface));
        QCOMPARE(iface->role(), QAccessible::Chart);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Flame graph"));
        QVERIFY2(iface->text(QAccessible::Description).contains(QLatin1String("arrow keys")),
                 qPrintable(iface->text(QAccessible::Description)));

        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Up); // the root
        QTest::keyClick(&view, Qt::Key_Up); // its widest child: idle (first of the tie)
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.selectedNode(), p->findPath({"main"}));
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("main"));
        QTest::keyClick(&view, Qt::Key_Up);
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.selectedNode(), p->findPath({"main", "serve", "parse"}));
        QCOMPARE(accessibleText(&view, QAccessible::Name), QStringLiteral("parse"));
        QCOMPARE(accessibleText(&view, QAccessible::Description),
                 QStringLiteral(
                     "Total: 30 (30.00% of all, 60.00% of parent); Self: 30 (30.00% of all)"));

        // Enter zooms to the box the reader named.
        QTest::keyClick(&view, Qt::Key_Return);
        QTRY_VERIFY(!view.isAnimating());
        QCOMPARE(view.zoomRoot(), p->findPath({"main", "serve", "parse"}));
    }

    void viewsNameTheirParts()
    {
        ProfileView view(FlameGraphView::Renderer::Raster);
        view.setProfile(serverProfile(), 0);
        QCOMPARE(accessibleText(view.flameGraphView(), QAccessible::Name),
                 QStringLiteral("Flame graph"));
        QCOMPARE(accessibleText(view.functionTableView(), QAccessible::Name),
                 QStringLiteral("Function table"));
        QVERIFY(!accessibleText(view.functionTableView(), QAccessible::Description).isEmpty());
    }

    void rowsFollowTheApplicationFont()
    {
        // The desktop's font scale reaches the application font; the rows and
        // their labels follow it (QEvent::FontChange, posted to each widget).
        const QFont saved = QApplication::font();
        FlameGraphView view(FlameGraphView::Renderer::Raster);
        view.setProfile(serverProfile(), 0);
        QFont small = saved;
        small.setPointSizeF(8);
        QApplication::setFont(small);
        QTRY_COMPARE(view.font().pointSizeF(), 8.0);
        const int smallRows = view.rowHeight();
        QFont large = saved;
        large.setPointSizeF(16);
        QApplication::setFont(large);
        QTRY_COMPARE(view.font().pointSizeF(), 16.0);
        const int largeRows = view.rowHeight();
        QApplication::setFont(saved);
        QVERIFY2(largeRows > smallRows + 4,
                 qPrintable(QStringLiteral("%1 vs %2").arg(largeRows).arg(smallRows)));
    }
};

PYROGRAPH_TEST_MAIN(tst_FlameGraphAccessible)
#include "tst_flamegraphaccessible.moc"
