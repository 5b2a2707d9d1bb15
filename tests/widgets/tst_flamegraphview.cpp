#include "tests/support/testregistry.h"

#include "widgets/flamegraphview.h"
#include "widgets/heatlegend.h"
#include "widgets/functionactions.h"
#include "widgets/render/flamecolors.h"

#include "importers/profilereader.h"
#include "model/flamelayout.h"
#include "model/progress.h"
#include "model/searchquery.h"
#include "model/searchresult.h"
#include "tests/model/collapsedtext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QMenu>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusTipEvent>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <functional>
#include <memory>

using testing::fromCollapsed;
using testing::nameId;

namespace {
// total 100: main 50 (serve 50: parse 30, write 20), idle 50.
ProfilePtr serverProfile()
{
    return fromCollapsed({"main;serve;parse 30", "main;serve;write 20", "idle 50"});
}

QPoint centreOf(const QRectF &r)
{
    return r.center().toPoint();
}

// A point inside a box but left of its label, to read the box's fill colour.
QPoint fillPointOf(const QRectF &r)
{
    return QPoint(int(r.left()) + 2, int(r.top()) + 3);
}

QRgb pixel(const QImage &image, QPoint logical, qreal dpr)
{
    return image.pixel(int(logical.x() * dpr), int(logical.y() * dpr));
}

QString screenshotDir()
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
    QDir().mkpath(dir);
    return QDir(dir).absolutePath();
}

// Fraction of pixels whose channels differ by more than `tolerance`.
double differingFraction(const QImage &a, const QImage &b, int tolerance)
{
    if (a.size() != b.size())
        return 1.0;
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if (std::abs(qRed(p[col]) - qRed(q[col])) > tolerance
                || std::abs(qGreen(p[col]) - qGreen(q[col])) > tolerance
                || std::abs(qBlue(p[col]) - qBlue(q[col])) > tolerance)
                ++differing;
        }
    }
    return double(differing) / double(qint64(x.width()) * x.height());
}
// One stack of depth frames (f0 at the root's child up to f<depth-1>) beside a short one.
ProfilePtr deepProfile(int depth)
{
    QStringList frames;
    for (int i = 0; i < depth; ++i)
        frames << QStringLiteral("f%1").arg(i);
    return fromCollapsed({frames.join(u';') + QStringLiteral(" 3"), QStringLiteral("short 1")});
}

// The frame f<depth> of deepProfile().
NodeId frameAt(const Profile &p, int depth)
{
    std::vector<std::string> owned;
    for (int i = 0; i <= depth; ++i)
        owned.push_back("f" + std::to_string(i));
    return p.findPath(std::vector<std::string_view>(owned.begin(), owned.end()));
}

// The corpus's Go CPU profile; null (and the error printed) when it cannot be read.
ProfilePtr goCpuProfile()
{
    ProfileReader reader;
    const ImportResult imported =
        reader.readFile(QStringLiteral(PYROGRAPH_CORPUS_DIR "/pprof/go-cpu.pb.gz"), Progress::none());
    if (!imported.isOk())
        qWarning("%s", qPrintable(imported.error));
    return imported.isOk() ? imported.profile : nullptr;
}
} // namespace

class tst_FlameGraphView : public QObject
{
    Q_OBJECT

    std::unique_ptr<FlameGraphView> makeView(ProfilePtr profile,
                                             FlameGraphView::Renderer renderer = FlameGraphView::Renderer::Raster)
    {
        auto view = std::make_unique<FlameGraphView>(renderer);
        view->resize(800, 300);
        view->setProfile(std::move(profile), 0);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        // Without a window manager the X server may apply the size after the
        // expose; boxes computed before that would sit elsewhere.
        if (!QTest::qWaitFor([&] { return view->size() == QSize(800, 300); }))
            return nullptr;
        return view;
    }

    // A loaded machine can swallow a synthetic move (it becomes the enter
    // event) or hide a fresh tooltip: move until the tooltip says what is expected.
    static bool hoverUntilToolTip(QWidget *view, QPoint at, const QString &expected)
    {
        return QTest::qWaitFor([&] {
            QTest::mouseMove(view, at);
            QTest::qWait(20);
            return QToolTip::text() == expected;
        });
    }

private slots:
    void init()
    {
        QToolTip::hideText();
        QTest::qWait(1);
    }

    void rendererIsTheOneAskedFor()
    {
        FlameGraphView raster(FlameGraphView::Renderer::Raster);
        QCOMPARE(raster.activeRendererName(), QStringLiteral("Raster"));
        FlameGraphView automatic;
        const QString platform = QGuiApplication::platformName();
        if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
            QCOMPARE(automatic.activeRendererName(), QStringLiteral("Raster"));
        else
            QVERIFY(!automatic.activeRendererName().isEmpty());
    }

    void layoutFillsTheWidth()
    {
        const ProfilePtr p = serverProfile();
        auto view = makeView(p);
        QVERIFY(view);
        const NodeId main = p->findPath({"main"}), idle = p->findPath({"idle"});
        QCOMPARE(view->nodeRect(NodeId(0)), QRectF(0, view->height() - view->rowHeight(), 800, view->rowHeight()));
        // Siblings are sorted by name: idle first.
        QCOMPARE(view->nodeRect(idle), QRectF(0, view->height() - 2 * view->rowHeight(), 400, view->rowHeight()));
        QCOMPARE(view->nodeRect(main).left(), 400.0);
        QCOMPARE(view->nodeRect(main).width(), 400.0);
        QCOMPARE(view->nodeAt(centreOf(view->nodeRect(idle))), idle);
    }

    void hoverShowsTooltip()
    {
        const ProfilePtr p = serverProfile();
        auto view = makeView(p);
        QVERIFY(view);
        QSignalSpy hovered(view.get(), &FlameGraphView::nodeHovered);
        const NodeId parse = p->findPath({"main", "serve", "parse"});
        // A loaded machine can swallow the first synthetic move (it becomes the
        // enter event), so move until the view reports the hover.
        QVERIFY(QTest::qWaitFor([&] {
            QTest::mouseMove(view.get(), centreOf(view->nodeRect(parse)));
            return view->hoveredNode() == parse;
        }));
        QTRY_COMPARE(QToolTip::text(),
                     QStringLiteral("parse\nTotal: 30 (30.00% of all, 60.00% of parent)\n"
                                    "Self: 30 (30.00% of all)\n\n")
                         + FlameGraphView::interactionHint());
        QVERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.last().at(0).value<NodeId>(), parse);
    }

    void tooltipUsesTheProfileUnit()
    {
        const ProfilePtr p = fromCollapsed({"main;work 1500000", "main 500000", "gc 2000000"},
                                           {{"cpu", "nanoseconds"}});
        auto view = makeView(p);
        QVERIFY(view);
        const NodeId main = p->findPath({"main"});
        QCOMPARE(view->toolTipText(main),
                 QStringLiteral("main\nTotal: 2.00 ms (50.00% of all, 50.00% of parent)\n"
                                "Self: 500 us (12.50% of all)"));
        QVERIFY(hoverUntilToolTip(view.get(), centreOf(view->nodeRect(main)),
                                  view->toolTipText(main) + QStringLiteral("\n\n")
                                      + FlameGraphView::interactionHint()));
    }

    void clickZoomsSoTheNodeSpansTheWidth()
    {
        const ProfilePtr p = serverProfile();
        auto view = makeView(p);
        QVERIFY(view);
        QSignalSpy zoomed(view.get(), &FlameGraphView::zoomChanged);
        QSignalSpy selected(view.get(), &FlameGraphView::functionSelected);
        const NodeId serve = p->findPath({"main", "serve"}), main = p->findPath({"main"});
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, centreOf(view->nodeRect(serve)));
        QCOMPARE(view->zoomRoot(), serve);
        QVERIFY(view->isAnimating());
        QTRY_VERIFY(!view->isAnimating());
        QCOMPARE(view->nodeRect(serve), QRectF(0, view->height() - 3 * view->rowHeight(), 800, view->rowHeight()));
        // The ancestors stay full width; the sibling is gone.
        QCOMPARE(view->nodeRect(main).width(), 800.0);
        QVERIFY(view->nodeRect(p->findPath({"idle"})).isEmpty());
        QCOMPARE(view->nodeRect(p->findPath({"main", "serve", "parse"})).width(), 480.0);
        QCOMPARE(zoomed.size(), 1);
        QCOMPARE(zoomed.at(0).at(0).value<NodeId>(), serve);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).value<NameId>(), nameId(*p, "serve"));
        // Clicking the zoomed node again zooms back out, as in Pyroscope.
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, centreOf(view->nodeRect(serve)));
        QTRY_VERIFY(!view->isAnimating());
        QCOMPARE(view->zoomRoot(), NodeId(0));
        QCOMPARE(view->nodeRect(serve).width(), 400.0);
    }

    void escapeResetsAndEnterZooms()
    {
        const ProfilePtr p = serverProfile();
        auto view = makeView(p);
        QVERIFY(view);
        const NodeId serve = p->findPath({"main", "serve"});
        view->zoomTo(serve, false);
        QCOMPARE(view->nodeRect(serve).width(), 800.0);
        view->setFocus();
        QTest::keyClick(view.get(), Qt::Key_Escape);
        QTRY_VERIFY(!view->isAnimating());
        QCOMPARE(view->zoomRoot(), NodeId(0));
        QCOMPARE(view->nodeRect(serve).width(), 400.0);
        view->setSelectedNode(serve);
        QTest::keyClick(view.get(), Qt::Key_Return);
        QTRY_VERIFY(!view->isAnimating());
        QCOMPARE(view->zoomRoot(), serve);
        QCOMPARE(view->nodeRect(serve).width(), 800.0);
    }

    void keyboardMovesBetweenParentChildAndSiblings()
    {
        const ProfilePtr p = serverProfile();
        auto view = makeView(p);
        QVERIFY(view);
        view->setFocus();
        QSignalSpy selected(view.get(), &FlameGraphView::functionSelected);
        const NodeId main = p->findPath({"main"}), serve = p->findPath({"main", "serve"}),
                     parse = p->findPath({"main", "serve", "parse"}), write = p->findPath({"main", "serve", "write"}),
                     idle = p->findPath({"idle"});
        QTest::keyClick(view.get(), Qt::Key_Up); // nothing selected: the zoom root
        QCOMPARE(view->selectedNode(), NodeId(0));
        QTest::keyClick(view.get(), Qt::Key_Up); // flame: up is the (widest) child
        QCOMPARE(view->selectedNode(), idle); // idle and main tie at 50: the first
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(view->selectedNode(), main);
        QTest::keyClick(view.get(), Qt::Key_Right); // the last in its row: stays
        QCOMPARE(view->selectedNode(), main);
        QTest::keyClick(view.get(), Qt::Key_Left);
        QCOMPARE(view->selectedNode(), idle);
        QTest::keyClick(view.get(), Qt::Key_Right);
        QTest::keyClick(view.get(), Qt::Key_Up);
        QTest::keyClick(view.get(), Qt::Key_Up);
        QCOMPARE(view->selectedNode(), parse); // 30 beats write's 20
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(view->selectedNode(), write);
        QTest::keyClick(view.get(), Qt::Key_Down);
        QCOMPARE(view->selectedNode(), serve);
        QCOMPARE(selected.last().at(0).value<NameId>(), nameId(*p, "serve"));
        // Icicle: up goes to the parent.
        view->setOrientation(FlameGraphView::Orientation::Icicle);
        QTest::keyClick(view.get(), Qt::Key_Up);
        QCOMPARE(view->selectedNode(), main);
    }

    void orientationPutsTheRootAtTheBottomOrTop()
    {
        const ProfilePtr p = serverProfile();
        auto view = makeView(p);
        QVERIFY(view);
        QCOMPARE(view->nodeRect(NodeId(0)).bottom(), double(view->height()));
        view->setOrientation(FlameGraphView::Orientation::Icicle);
        QCOMPARE(view->nodeRect(NodeId(0)).top(), 0.0);
        const NodeId parse = p->findPath({"main", "serve", "parse"});
        QCOMPARE(view->nodeRect(parse).top(), 3.0 * view->rowHeight());
        QCOMPARE(view->nodeAt(centreOf(view->nodeRect(parse))), parse);
    }

    void ctrlWheelZoomsAroundTheCursor()
    {
        const ProfilePtr p = serverProfile();
        auto view = makeView(p);
        QVERIFY(view);
        const QPointF at(600, 100);
        const double before = view->viewStart() + at.x() / 800 * (view->viewEnd() - view->viewStart());
        QWheelEvent wheel(at, view->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.get(), &wheel);
        const double span = view->viewEnd() - view->viewStart();
        QVERIFY2(span < 100 * 0.65 && span > 100 * 0.63, qPrintable(QString::number(span))); // 0.8^2
        const double after = view->viewStart() + at.x() / 800 * span;
        QVERIFY(qAbs(after - before) < 1e-9);
        // Without Ctrl the wheel does not zoom.
        QWheelEvent plain(at, view->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.get(), &plain);
        QCOMPARE(view->viewEnd() - view->viewStart(), span);
    }

    void dragPansHorizontally()
    {
        const ProfilePtr p = serverProfile();
        auto view = makeView(p);
        QVERIFY(view);
        // Zoomed into [25, 75) of 100: 16 px are one value unit.
        const NodeId serve = p->findPath({"main", "serve"});
        QWheelEvent wheel(QPointF(400, 100), view->mapToGlobal(QPointF(400, 100)), QPoint(), QPoint(0, 120 * 3),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.get(), &wheel);
        const double start = view->viewStart(), span = view->viewEnd() - view->viewStart();
        QTest::mousePress(view.get(), Qt::LeftButton, {}, QPoint(400, 100));
        QTest::mouseMove(view.get(), QPoint(420, 100));
        QTest::mouseMove(view.get(), QPoint(480, 100));
        QTest::mouseRelease(view.get(), Qt::LeftButton, {}, QPoint(480, 100));
        QCOMPARE(view->viewEnd() - view->viewStart(), span);
        QVERIFY2(qAbs(view->viewStart() - (start - 80 * span / 800)) < 1e-9, qPrintable(QString::number(view->viewStart())));
        // A drag is not a click: no zoom.
        QCOMPARE(view->zoomRoot(), NodeId(0));
        Q_UNUSED(serve);
    }

    void searchHighlightsMatchesAndDimsTheRest()
    {
        const ProfilePtr p = serverProfile();
        auto view = makeView(p);
        QVERIFY(view);
        const NodeId parse = p->findPath({"main", "serve", "parse"}), write = p->findPath({"main", "serve", "write"});
        const QRgb parseColor = FlameColors::packageColor("parse");
        QImage before = view->grabFrame();
        const qreal dpr = view->devicePixelRatioF();
        QCOMPARE(pixel(before, fillPointOf(view->nodeRect(parse)), dpr), parseColor);
        view->setSearch(SearchResult::run(*p, SearchQuery::substring(QStringLiteral("PARS"))));
        const QImage after = view->grabFrame();
        QCOMPARE(pixel(after, fillPointOf(view->nodeRect(parse)), dpr), parseColor);
        QCOMPARE(pixel(after, fillPointOf(view->nodeRect(write)), dpr), FlameColors::dimmedColor());
        QCOMPARE(pixel(after, fillPointOf(view->nodeRect(p->findPath({"idle"}))), dpr), FlameColors::dimmedColor());
        view->setSearch(SearchResult());
        QCOMPARE(pixel(view->grabFrame(), fillPointOf(view->nodeRect(write)), dpr), FlameColors::packageColor("write"));
    }

    void highlightedNameIsOutlinedEverywhere()
    {
        // "leaf" appears under two parents; both boxes get the outline.
        const ProfilePtr p = fromCollapsed({"a;leaf 10", "b;leaf 10"});
        auto view = makeView(p);
        QVERIFY(view);
        view->setHighlightedName(nameId(*p, "leaf"));
        const QImage image = view->grabFrame();
        const qreal dpr = view->devicePixelRatioF();
        for (const NodeId leaf : {p->findPath({"a", "leaf"}), p->findPath({"b", "leaf"})}) {
            const QRectF r = view->nodeRect(leaf);
            QCOMPARE(pixel(image, QPoint(int(r.left()) + 1, int(r.center().y())), dpr), qRgb(150, 0, 170));
        }
        const QRectF a = view->nodeRect(p->findPath({"a"}));
        QVERIFY(pixel(image, QPoint(int(a.left()) + 1, int(a.center().y())), dpr) != qRgb(150, 0, 170));
    }

    void labelsAreElidedAndReadable()
    {
        const ProfilePtr p = fromCollapsed({"a_function_with_a_rather_long_name_indeed 10", "b 390"});
        auto view = makeView(p);
        QVERIFY(view);
        // 20 px wide: too narrow for a label; the wide box has dark-on-light or light-on-dark text.
        const QImage image = view->grabFrame();
        const QRectF narrow = view->nodeRect(p->findPath({"a_function_with_a_rather_long_name_indeed"}));
        QCOMPARE(narrow.width(), 20.0);
        const QRectF wide = view->nodeRect(p->findPath({"b"}));
        const qreal dpr = view->devicePixelRatioF();
        const QRgb fill = pixel(image, fillPointOf(wide), dpr);
        const QRgb text = FlameColors::textColorFor(fill);
        QVERIFY(std::abs(qGray(fill) - qGray(text)) > 100);
        // Glyph pixels near the chosen text colour (antialiased edges aside).
        int textPixels = 0;
        for (int x = int(wide.left()) + 4; x < int(wide.left()) + 30; ++x)
            for (int y = int(wide.top()) + 2; y < int(wide.bottom()) - 2; ++y) {
                const QRgb c = pixel(image, QPoint(x, y), dpr);
                if (std::abs(qGray(c) - qGray(text)) < 80)
                    ++textPixels;
            }
        QVERIFY2(textPixels >= 5, qPrintable(QString::number(textPixels)));
        for (int x = int(narrow.left()) + 1; x < int(narrow.right()) - 1; ++x)
            QCOMPARE(pixel(image, QPoint(x, int(narrow.center().y())), dpr), pixel(image, fillPointOf(narrow), dpr));
    }

    void narrowSiblingsShowAsOneGroup()
    {
        QStringList lines{QStringLiteral("big 10000")};
        for (int i = 0; i < 50; ++i)
            lines << QStringLiteral("small;f%1 1").arg(i);
        const ProfilePtr p = fromCollapsed(lines);
        auto view = makeView(p);
        QVERIFY(view);
        const NodeId small = p->findPath({"small"});
        const QRectF r = view->nodeRect(small);
        QVERIFY(r.width() > 3 && r.width() < 4);
        const QPointF above(r.center().x(), r.center().y() - view->rowHeight());
        QCOMPARE(view->nodeAt(above), NodeId()); // a group, not one node
        QVERIFY(hoverUntilToolTip(
            view.get(), above.toPoint(),
            QStringLiteral("50 functions, each too narrow to show; click to zoom in to them")));
    }

    void contextMenuEmitsTheRequests()
    {
        const ProfilePtr p = serverProfile();
        auto view = makeView(p);
        QVERIFY(view);
        const NodeId serve = p->findPath({"main", "serve"});
        view->zoomTo(serve, false);
        QSignalSpy focus(view->functionActions(), &FunctionActions::focusFunctionRequested);
        QSignalSpy collapse(view->functionActions(), &FunctionActions::collapseFunctionRequested);
        QSignalSpy sandwich(view->functionActions(), &FunctionActions::showInSandwichRequested);
        QSignalSpy reset(view.get(), &FlameGraphView::resetRequested);
        std::unique_ptr<QMenu> menu(view->createContextMenu(serve, view.get()));
        const QList<QAction *> actions = menu->actions();
        auto trigger = [&](const QString &text) {
            for (QAction *a : actions)
                if (a->text() == text) {
                    a->trigger();
                    return true;
                }
            return false;
        };
        QVERIFY(trigger(QStringLiteral("Focus on this function")));
        QVERIFY(trigger(QStringLiteral("Collapse this function")));
        QVERIFY(trigger(QStringLiteral("Show in sandwich view")));
        QVERIFY(trigger(QStringLiteral("Copy function name")));
        QCOMPARE(focus.size(), 1);
        QCOMPARE(focus.at(0).at(0).value<NameId>(), nameId(*p, "serve"));
        QCOMPARE(collapse.at(0).at(0).value<NameId>(), nameId(*p, "serve"));
        QCOMPARE(sandwich.at(0).at(0).value<NameId>(), nameId(*p, "serve"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("serve"));
        QVERIFY(trigger(QStringLiteral("Reset view")));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(view->zoomRoot(), NodeId(0));
    }

    void zoomToPathFindsRootFirstNames()
    {
        const ProfilePtr p = serverProfile();
        auto view = makeView(p);
        QVERIFY(view);
        QVERIFY(view->zoomToPath({QStringLiteral("main"), QStringLiteral("serve")}));
        QCOMPARE(view->zoomRoot(), p->findPath({"main", "serve"}));
        QCOMPARE(view->nodeRect(view->zoomRoot()).width(), 800.0);
        QVERIFY(!view->zoomToPath({QStringLiteral("main"), QStringLiteral("nope")}));
        QCOMPARE(view->zoomRoot(), p->findPath({"main", "serve"}));
    }

    void heatAndDiffSchemesColourByValue()
    {
        const ProfilePtr p = serverProfile();
        auto view = makeView(p);
        QVERIFY(view);
        view->setColorScheme(FlameGraphView::ColorScheme::Heat);
        const qreal dpr = view->devicePixelRatioF();
        const NodeId idle = p->findPath({"idle"}), parse = p->findPath({"main", "serve", "parse"});
        QImage image = view->grabFrame();
        // idle has the largest self (50): the hottest colour; parse 30/50.
        QCOMPARE(pixel(image, fillPointOf(view->nodeRect(idle)), dpr), FlameColors::heatColor(1.0));
        QCOMPARE(pixel(image, fillPointOf(view->nodeRect(parse)), dpr), FlameColors::heatColor(0.6));

        // A two-column profile: "grow" doubles its share, "shrink" halves it.
        ProfileBuilder builder(std::vector<SampleType>{{"baseline", "count"}, {"comparison", "count"}});
        const NameId grow = builder.intern("grow"), shrink = builder.intern("shrink"), same = builder.intern("same");
        auto add = [&](NameId n, qint64 l, qint64 r) {
            const qint64 v[] = {l, r};
            builder.addStack(std::span<const NameId>(&n, 1), v);
        };
        add(grow, 20, 40);
        add(shrink, 40, 20);
        add(same, 40, 40);
        builder.setDiff(0, 1);
        const ProfilePtr diff = builder.build();
        view->setProfile(diff, 0);
        view->setColorScheme(FlameGraphView::ColorScheme::Diff);
        image = view->grabFrame();
        const NodeId g = diff->findPath({"grow"}), s = diff->findPath({"shrink"}), e = diff->findPath({"same"});
        QCOMPARE(pixel(image, fillPointOf(view->nodeRect(g)), dpr), FlameColors::diffColor(100));
        QCOMPARE(pixel(image, fillPointOf(view->nodeRect(s)), dpr), FlameColors::diffColor(-50));
        QCOMPARE(pixel(image, fillPointOf(view->nodeRect(e)), dpr), FlameColors::diffColor(0));
        QVERIFY(view->toolTipText(g).startsWith(QStringLiteral("grow (+100.00%)\nBaseline: 20 (20.00% of 100)\nComparison: 40 (40.00% of 100)")));
    }

    void searchAndZoomScreenshot()
    {
        // Icicle, zoomed two levels down the hottest path, searching "json":
        // the ancestors are drawn faded full width, non-matches grey.
        const ProfilePtr p = goCpuProfile();
        QVERIFY(p);
        const QString platform = QGuiApplication::platformName();
        for (const auto kind : {FlameGraphView::Renderer::Raster, FlameGraphView::Renderer::OpenGL}) {
            if (kind == FlameGraphView::Renderer::OpenGL && platform == QLatin1String("offscreen"))
                continue;
            auto view = makeView(p, kind);
            QVERIFY(view);
            view->resize(1000, 400);
            view->setOrientation(FlameGraphView::Orientation::Icicle);
            const NodeId target = p->findPath({"runtime.main", "main.main", "main.jsonWork"});
            QVERIFY(target.isValid());
            view->zoomTo(target, false);
            view->setSearch(SearchResult::run(*p, SearchQuery::substring(QStringLiteral("json"))));
            const QImage image = view->grabFrame();
            const qreal dpr = view->devicePixelRatioF();
            QVERIFY(image.save(screenshotDir()
                               + QStringLiteral("/flamegraph-search-zoom-%1-%2.png")
                                     .arg(view->activeRendererName().toLower(), platform)));
            // main.jsonWork matches and spans the width; runtime.main (an
            // ancestor, no match) is grey, faded towards the background.
            QCOMPARE(view->nodeRect(target).width(), view->layout().viewportWidth());
            QCOMPARE(pixel(image, fillPointOf(view->nodeRect(target)), dpr),
                     FlameColors::packageColor("main.jsonWork"));
            const QRgb base = view->palette().color(QPalette::Base).rgb();
            QCOMPARE(pixel(image, fillPointOf(view->nodeRect(p->findPath({"runtime.main"}))), dpr),
                     FlameColors::mix(FlameColors::dimmedColor(), base, 0.45));
        }
    }

    void glAndRasterDrawTheSameLayout()
    {
        const ProfilePtr p = goCpuProfile();
        QVERIFY(p);
        auto raster = makeView(p, FlameGraphView::Renderer::Raster);
        QVERIFY(raster);
        raster->resize(1000, 500);
        QTest::qWait(20);
        const QImage rasterImage = raster->grabFrame();
        QVERIFY(!rasterImage.isNull());
        QVERIFY(rasterImage.save(screenshotDir() + QStringLiteral("/flamegraph-raster-%1.png")
                                                      .arg(QGuiApplication::platformName())));
        const qreal dpr = raster->devicePixelRatioF();
        // Every drawn layout box has its colour at its fill point.
        const FlameLayout &layout = raster->layout();
        QVERIFY(layout.size() > 20);
        int checked = 0;
        for (qsizetype i = 0; i < layout.size(); ++i) {
            const QRectF r = raster->nodeRect(layout.node(i));
            if (layout.isMerged(i) || r.width() < 6 || r.bottom() > 500 || r.top() < 0)
                continue;
            QCOMPARE(pixel(rasterImage, fillPointOf(r), dpr),
                     FlameColors::packageColor(p->name(layout.node(i))) | 0xff000000u);
            ++checked;
        }
        QVERIFY(checked > 10);

        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("no OpenGL on the offscreen platform; the GL half runs under Xvfb (./dev test)");
        auto gl = makeView(p, FlameGraphView::Renderer::OpenGL);
        QVERIFY(gl);
        QCOMPARE(gl->activeRendererName(), QStringLiteral("OpenGL"));
        gl->resize(1000, 500);
        QTest::qWait(20);
        const QImage glImage = gl->grabFrame();
        QVERIFY(!glImage.isNull());
        QVERIFY(glImage.save(screenshotDir() + QStringLiteral("/flamegraph-gl.png")));
        // The same pixels: box edges are snapped to device pixels, and the GL
        // renderer's labels are painted by the raster QPainter into its atlas
        // (measured: none differ). A box left unfilled next to its label, or a
        // label piece a pixel off, shows here.
        const double differing = differingFraction(rasterImage, glImage, 0);
        qInfo("GL and raster differ in %.4f%% of the pixels", differing * 100);
        QVERIFY2(differing < 0.0005, qPrintable(QStringLiteral("%1 of the pixels differ").arg(differing)));
        for (qsizetype i = 0; i < layout.size(); ++i) {
            const QRectF r = gl->nodeRect(layout.node(i));
            if (layout.isMerged(i) || r.width() < 6)
                continue;
            QCOMPARE(pixel(glImage, fillPointOf(r), dpr), pixel(rasterImage, fillPointOf(r), dpr));
        }
    }

    // The GL renderer keeps label pieces from frame to frame (LabelAtlas):
    // after zooms in and out, a colour scheme and back, a search, an icicle
    // and a resize, each frame must still be the raster frame, pixel for pixel.
    void glLabelPiecesStayRightAcrossFrames()
    {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("no OpenGL on the offscreen platform; runs under Xvfb (./dev test)");
        const ProfilePtr p = goCpuProfile();
        QVERIFY(p);
        auto raster = makeView(p, FlameGraphView::Renderer::Raster);
        auto gl = makeView(p, FlameGraphView::Renderer::OpenGL);
        QVERIFY(raster && gl);
        QCOMPARE(gl->activeRendererName(), QStringLiteral("OpenGL"));
        // Down the hottest path: the widest child at each level.
        std::vector<NodeId> path;
        const CallTree &tree = p->tree();
        for (NodeId n = CallTree::root(); path.size() < 6;) {
            NodeId best;
            tree.forEachChild(n, [&](NodeId c) {
                if (!best.isValid() || tree.total(c, 0) > tree.total(best, 0))
                    best = c;
            });
            if (!best.isValid())
                break;
            path.push_back(n = best);
        }
        QVERIFY(path.size() >= 3);
        const auto both = [&](const std::function<void(FlameGraphView &)> &change) {
            change(*raster);
            change(*gl);
        };
        int frames = 0;
        const auto same = [&](const char *step) {
            QTest::qWait(20);
            const QImage a = raster->grabFrame(), b = gl->grabFrame();
            ++frames;
            const double differing = differingFraction(a, b, 0);
            if (differing >= 0.0005) {
                b.save(screenshotDir() + QStringLiteral("/atlas-mismatch-gl.png"));
                a.save(screenshotDir() + QStringLiteral("/atlas-mismatch-raster.png"));
            }
            return differing < 0.0005 ? QString() : QStringLiteral("%1: %2 of the pixels differ").arg(step).arg(differing);
        };
        QString failure = same("the full view");
        for (NodeId n : path) {
            both([&](FlameGraphView &v) { v.zoomTo(n, false); });
            if (failure.isEmpty())
                failure = same("zooming in");
        }
        for (auto it = path.rbegin(); it != path.rend(); ++it) {
            both([&](FlameGraphView &v) { v.zoomTo(*it, false); });
            if (failure.isEmpty())
                failure = same("zooming out");
        }
        both([](FlameGraphView &v) { v.resetZoom(); });
        both([](FlameGraphView &v) { v.setColorScheme(FlameGraphView::ColorScheme::Heat); });
        if (failure.isEmpty())
            failure = same("heat colours");
        both([](FlameGraphView &v) { v.setColorScheme(FlameGraphView::ColorScheme::Package); });
        if (failure.isEmpty())
            failure = same("package colours again");
        const SearchResult search = SearchResult::run(*p, SearchQuery::substring(QStringLiteral("runtime")));
        QVERIFY(search.isActive());
        both([&](FlameGraphView &v) { v.setSearch(search); });
        if (failure.isEmpty())
            failure = same("a search");
        both([](FlameGraphView &v) {
            v.setSearch(SearchResult());
            v.setOrientation(FlameGraphView::Orientation::Icicle);
        });
        if (failure.isEmpty())
            failure = same("icicle");
        both([](FlameGraphView &v) { v.resize(640, 280); });
        QVERIFY(QTest::qWaitFor([&] { return gl->size() == QSize(640, 280) && raster->size() == QSize(640, 280); }));
        if (failure.isEmpty())
            failure = same("a smaller view");
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(frames >= 12);
    }

    // Issue 14, point 3: a graph deeper than the view gets a vertical scroll
    // bar, in both orientations and with both renderers; the bar, the wheel
    // and a zoom keep to one scroll position.
    void scrollBarReachesEveryRow_data()
    {
        QTest::addColumn<FlameGraphView::Renderer>("renderer");
        QTest::addColumn<bool>("icicle");
        QTest::newRow("raster flame") << FlameGraphView::Renderer::Raster << false;
        QTest::newRow("raster icicle") << FlameGraphView::Renderer::Raster << true;
        QTest::newRow("gl flame") << FlameGraphView::Renderer::OpenGL << false;
        QTest::newRow("gl icicle") << FlameGraphView::Renderer::OpenGL << true;
    }
    void scrollBarReachesEveryRow()
    {
        QFETCH(FlameGraphView::Renderer, renderer);
        QFETCH(bool, icicle);
        if (renderer == FlameGraphView::Renderer::OpenGL
            && QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("no OpenGL on the offscreen platform; runs under Xvfb (./dev test)");
        const ProfilePtr p = deepProfile(40);
        auto view = makeView(p, renderer);
        QVERIFY(view);
        if (icicle)
            view->setOrientation(FlameGraphView::Orientation::Icicle);
        QScrollBar *bar = view->verticalScrollBar();
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        // At first the root: the bar's thumb at the root's end.
        QTRY_COMPARE(bar->value(), icicle ? bar->minimum() : bar->maximum());
        const int row = view->rowHeight();
        const int canvasWidth = int(view->layout().viewportWidth());
        QCOMPARE(canvasWidth, view->width() - bar->width());
        QCOMPARE(bar->geometry().left(), canvasWidth);
        // 41 rows (root and f0..f39) of which the view shows 300 px.
        QCOMPARE(bar->maximum(), 41 * row - 300);
        QCOMPARE(bar->pageStep(), 300);
        const NodeId deepest = frameAt(*p, 39);
        QVERIFY(deepest.isValid());
        QCOMPARE(bar->value(), icicle ? bar->minimum() : bar->maximum());
        QVERIFY(!view->nodeRect(NodeId(0)).isEmpty());
        QVERIFY(view->nodeRect(deepest).bottom() <= 0 || view->nodeRect(deepest).top() >= 300);
        // The user drags the thumb to the far end: the deepest frame is on screen, drawn in its
        // colour.
        const QRect thumbArea =
            bar->rect().adjusted(0, bar->width(), 0, -bar->width()); // less the arrows
        const QPoint from(bar->width() / 2, icicle ? thumbArea.top() + 5 : thumbArea.bottom() - 5);
        const QPoint to(bar->width() / 2, icicle ? bar->height() + 50 : -50);
        QTest::mousePress(bar, Qt::LeftButton, {}, from);
        QTest::mouseMove(bar, QPoint(from.x(), (from.y() + to.y()) / 2));
        QTest::mouseMove(bar, to);
        QTest::mouseRelease(bar, Qt::LeftButton, {}, to);
        QTRY_COMPARE(bar->value(), icicle ? bar->maximum() : bar->minimum());
        const QRectF deep = view->nodeRect(deepest);
        QVERIFY2(deep.top() >= 0 && deep.bottom() <= 300,
                 qPrintable(QStringLiteral("%1 %2").arg(deep.top()).arg(deep.bottom())));
        QVERIFY(view->nodeRect(NodeId(0)).top() >= 300 || view->nodeRect(NodeId(0)).bottom() <= 0);
        QTest::qWait(30);
        const QImage frame = view->grabFrame();
        QCOMPARE(frame.size(), QSize(canvasWidth, 300) * view->devicePixelRatioF());
        QCOMPARE(pixel(frame, fillPointOf(deep), view->devicePixelRatioF()),
                 FlameColors::packageColor("f39"));
        QVERIFY(view->grab().toImage().save(
            screenshotDir()
            + QStringLiteral("/flamegraph-scrollbar-%1-%2-%3.png")
                  .arg(view->activeRendererName().toLower(),
                       icicle ? QStringLiteral("icicle") : QStringLiteral("flame"),
                       QGuiApplication::platformName())));
        // A wheel step towards the root (down in a flame graph, up in an icicle) moves the bar by
        // three rows.
        const int before = bar->value();
        const QPointF at(100, 150);
        QWheelEvent wheel(at, view->mapToGlobal(at), QPoint(), QPoint(0, icicle ? 120 : -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.get(), &wheel);
        QTRY_COMPARE(bar->value(), before + (icicle ? -3 : 3) * row);
        // Zooming to the root brings it back into view.
        view->zoomTo(NodeId(0), false);
        QTRY_COMPARE(bar->value(), icicle ? bar->minimum() : bar->maximum());
        QVERIFY(!view->nodeRect(NodeId(0)).isEmpty());
        // A zoom to a deep frame scrolls only as far as needed to show it.
        const NodeId f30 = frameAt(*p, 30);
        view->zoomTo(f30, false);
        const QRectF zoomed = view->nodeRect(f30);
        QVERIFY2(zoomed.top() >= 0 && zoomed.bottom() <= 300,
                 qPrintable(QString::number(zoomed.top())));
        QCOMPARE(zoomed.width(), double(canvasWidth));
    }

    void aShallowGraphHasNoScrollBar()
    {
        auto view = makeView(serverProfile());
        QVERIFY(view);
        QTest::qWait(20);
        QVERIFY(!view->verticalScrollBar()->isVisible());
        QCOMPARE(view->layout().viewportWidth(), 800.0);
    }

    // Issue 14, point 7: the grey group of narrow siblings zooms in when clicked.
    void clickingAGroupZoomsIntoIt()
    {
        QStringList lines{QStringLiteral("big 10000")};
        for (int i = 0; i < 50; ++i)
            lines << QStringLiteral("small;f%1 1").arg(i);
        const ProfilePtr p = fromCollapsed(lines);
        auto view = makeView(p);
        QVERIFY(view);
        const NodeId small = p->findPath({"small"}), f0 = p->findPath({"small", "f0"});
        const QRectF group(view->nodeRect(small).translated(0, -view->rowHeight()));
        QCOMPARE(view->nodeAt(group.center()), NodeId()); // the group, not a node
        QVERIFY(view->nodeRect(f0).isEmpty());
        QTest::mouseClick(view.get(), Qt::LeftButton, {}, group.center().toPoint());
        QTRY_VERIFY(!view->isAnimating());
        // The view spans the group's 50 values: each function is 16 px wide, labelled and
        // clickable.
        QVERIFY2(qAbs((view->viewEnd() - view->viewStart()) - 50) < 1,
                 qPrintable(QString::number(view->viewEnd() - view->viewStart())));
        QVERIFY2(view->nodeRect(f0).width() > 15,
                 qPrintable(QString::number(view->nodeRect(f0).width())));
        QCOMPARE(view->nodeAt(view->nodeRect(f0).center()), f0);
        QCOMPARE(view->zoomRoot(), NodeId(0)); // the zoom root, and so the breadcrumbs, stay
    }

    // Issue 14, point 7: Ctrl+wheel zoom and drag to pan are named in the view.
    void tooltipAndStatusTipSayHowToZoomAndPan()
    {
        const ProfilePtr p = serverProfile();
        auto view = makeView(p);
        QVERIFY(view);
        const QString hint = FlameGraphView::interactionHint();
        QVERIFY(hint.contains(QStringLiteral("Ctrl+wheel"))
                && hint.contains(QStringLiteral("drag")));
        QCOMPARE(view->statusTip(), hint);
        const NodeId main = p->findPath({"main"});
        QVERIFY(hoverUntilToolTip(view.get(), centreOf(view->nodeRect(main)),
                                  view->toolTipText(main) + QStringLiteral("\n\n") + hint));
        // The status bar gets it when the mouse enters the view (QWidget sends the status tip).
        QWidget window;
        auto *inner = new FlameGraphView(FlameGraphView::Renderer::Raster, &window);
        QString shown;
        struct Catcher : QObject
        {
            QString *shown;
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::StatusTip)
                    *shown = static_cast<QStatusTipEvent *>(e)->tip();
                return false;
            }
        } catcher;
        catcher.shown = &shown;
        window.installEventFilter(&catcher);
        window.resize(400, 200);
        inner->setGeometry(200, 0, 200, 200); // the left half is the window's own
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
            // No enter events between a window's widgets there: send the one Xvfb's mouse makes.
            QEnterEvent enter(QPointF(100, 100), QPointF(300, 100),
                              inner->mapToGlobal(QPointF(100, 100)));
            QApplication::sendEvent(inner, &enter);
        }
        QVERIFY(QTest::qWaitFor([&] {
            QTest::mouseMove(&window, QPoint(50, 100));
            QTest::qWait(10);
            QTest::mouseMove(&window, QPoint(300, 100));
            QTest::qWait(10);
            return shown == hint;
        }));
    }

    // Issue 14, point 9: the heat colouring comes with its legend.
    void heatSchemeShowsItsLegend()
    {
        const ProfilePtr p = fromCollapsed({"main;work 1500000", "main 500000", "gc 2000000"},
                                           {{"cpu", "nanoseconds"}});
        auto view = makeView(p);
        QVERIFY(view);
        HeatLegend *legend = view->heatLegend();
        QVERIFY(legend);
        QVERIFY(!legend->isVisible());
        view->setColorScheme(FlameGraphView::ColorScheme::Heat);
        QVERIFY(legend->isVisible());
        QCOMPARE(legend->maxSelf(), 2000000);
        QCOMPARE(legend->tickText(1.0), QStringLiteral("2.00 ms"));
        // Under the graph, across it; the graph gives up the legend's height.
        QCOMPARE(legend->geometry().bottom(), view->height() - 1);
        QCOMPARE(legend->width(), view->width());
        QCOMPARE(view->nodeRect(NodeId(0)).bottom(), double(legend->geometry().top()));
        const QImage image = view->grab().toImage();
        QVERIFY(image.save(screenshotDir()
                           + QStringLiteral("/flamegraph-heat-legend-%1.png")
                                 .arg(QGuiApplication::platformName())));
        const qreal dpr = view->devicePixelRatioF();
        const QRect bar = legend->gradientRect().translated(legend->pos());
        const int y = bar.center().y();
        QCOMPARE(pixel(image, QPoint(legend->pos().x() + legend->xForShare(0), y), dpr),
                 FlameColors::heatColor(0));
        QCOMPARE(pixel(image, QPoint(legend->pos().x() + legend->xForShare(1), y), dpr),
                 FlameColors::heatColor(1));
        // gc has the largest self: it is drawn the colour of the legend's red end.
        QCOMPARE(pixel(view->grabFrame(), fillPointOf(view->nodeRect(p->findPath({"gc"}))), dpr),
                 FlameColors::heatColor(1));
        view->setColorScheme(FlameGraphView::ColorScheme::Package);
        QVERIFY(!legend->isVisible());
        QCOMPARE(view->nodeRect(NodeId(0)).bottom(), double(view->height()));
    }

    // Issue 14, point 5: tail-first labels in both renderers.
    void labelsKeepTheTailWhenAsked()
    {
        const QString longName =
            QStringLiteral("github.com/org/repo/pkg/storage/segment.(*Writer).Flush");
        const ProfilePtr p =
            fromCollapsed({QStringLiteral("main.main;") + longName + QStringLiteral(" 1"),
                           QStringLiteral("main.main;main.idle 2")});
        auto raster = makeView(p, FlameGraphView::Renderer::Raster);
        QVERIFY(raster);
        const NodeId node = p->findPath({"main.main", longName.toStdString()});
        QVERIFY(node.isValid());
        // Go names: Auto picks the tail.
        QCOMPARE(raster->labelFit(), FlameLabelFit::Auto);
        QCOMPARE(raster->effectiveLabelFit(), FlameLabelFit::TailFirst);
        const QString tail = raster->labelText(node);
        QVERIFY2(tail.startsWith(u'\u2026') && tail.endsWith(QStringLiteral("(*Writer).Flush")),
                 qPrintable(tail));
        raster->setLabelFit(FlameLabelFit::HeadFirst);
        const QString head = raster->labelText(node);
        QVERIFY2(head.startsWith(QStringLiteral("github.com/")) && head.endsWith(u'\u2026'),
                 qPrintable(head));
        // The tooltip still names the whole function.
        QVERIFY(raster->toolTipText(node).startsWith(longName + u'\n'));
        QTest::qWait(20);
        const QImage rasterHead = raster->grabFrame();
        raster->setLabelFit(FlameLabelFit::TailFirst);
        QTest::qWait(20);
        const QImage rasterTail = raster->grabFrame();
        QVERIFY(differingFraction(rasterHead, rasterTail, 0) > 0.001); // other text is drawn

        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("no OpenGL on the offscreen platform; the GL half runs under Xvfb (./dev test)");
        auto gl = makeView(p, FlameGraphView::Renderer::OpenGL);
        QVERIFY(gl);
        QCOMPARE(gl->activeRendererName(), QStringLiteral("OpenGL"));
        gl->setLabelFit(FlameLabelFit::TailFirst);
        QTest::qWait(20);
        QCOMPARE(gl->labelText(node), tail);
        // The GL renderer paints its label pieces with the raster's text drawing: the same pixels.
        QVERIFY(differingFraction(gl->grabFrame(), rasterTail, 0) < 0.0005);
        gl->setLabelFit(FlameLabelFit::HeadFirst);
        QTest::qWait(20);
        QVERIFY(differingFraction(gl->grabFrame(), rasterHead, 0) < 0.0005);
    }

    // The OpenGL renderer draws into a native child window: what the X server
    // shows there is the frame grabFrame() returns, and QWidget::grab (the
    // --screenshot path) composes that frame in, though it cannot read the
    // native window itself.
    void glFrameIsOnScreenAndInGrab()
    {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("no OpenGL on the offscreen platform; runs under Xvfb (./dev test)");
        const ProfilePtr p = goCpuProfile();
        QVERIFY(p);
        auto gl = makeView(p, FlameGraphView::Renderer::OpenGL);
        QVERIFY(gl);
        QCOMPARE(gl->activeRendererName(), QStringLiteral("OpenGL"));
        gl->setSearch(SearchResult::run(*p, SearchQuery::substring(QStringLiteral("json"))));
        QTest::qWait(50);
        const QImage frame = gl->grabFrame();
        QVERIFY(!frame.isNull());
        // The frame is the canvas: the view less its scroll bar (the profile is deeper than 300
        // px).
        const QRect canvas(0, 0, int(gl->layout().viewportWidth()), gl->height());
        QVERIFY(gl->verticalScrollBar()->isVisible());
        QCOMPARE(frame.size(), canvas.size() * gl->devicePixelRatioF());
        const QImage onScreen =
            gl->screen()->grabWindow(gl->winId(), 0, 0, canvas.width(), canvas.height()).toImage();
        QVERIFY(onScreen.save(screenshotDir() + QStringLiteral("/flamegraph-gl-on-screen.png")));
        QCOMPARE(onScreen.size(), frame.size());
        QVERIFY2(differingFraction(onScreen, frame, 2) < 0.001, "the screen shows another frame");
        const QImage grabbed = gl->grab(canvas).toImage();
        QCOMPARE(grabbed.size(), frame.size());
        QVERIFY2(differingFraction(grabbed, frame, 2) < 0.001, "QWidget::grab misses the GL frame");
        // Not a blank frame: boxes of several colours are drawn.
        QVERIFY(pixel(frame, QPoint(5, 295), gl->devicePixelRatioF()) != pixel(frame, QPoint(5, 5), gl->devicePixelRatioF()));
    }
};

PYROGRAPH_TEST_MAIN(tst_FlameGraphView)

#include "tst_flamegraphview.moc"
