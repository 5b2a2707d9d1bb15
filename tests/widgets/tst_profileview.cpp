#include "tests/support/testregistry.h"

#include "widgets/functionactions.h"
#include "widgets/functiontablemodel.h"
#include "widgets/functiontableview.h"
#include "widgets/heatlegend.h"
#include "widgets/labelfitbox.h"
#include "widgets/profileview.h"
#include "widgets/sandwichview.h"

#include "widgets/render/flamecolors.h"

#include "importers/profilereader.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include "widgettestutil.h"

#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <string>

using namespace widgettest;

namespace {
QStringList tableNames(const FunctionTableView *table)
{
    return column(*table->model(), FunctionTableModel::NameColumn);
}

// What the flamegraph draws for a node: its box with the outline around it.
QImage boxImage(FlameGraphView *flame, NodeId node)
{
    const QImage image = flame->grabFrame();
    const qreal dpr = image.devicePixelRatio();
    const QRectF r = flame->nodeRect(node).adjusted(-2, -2, 2, 2);
    return image.copy(QRectF(r.topLeft() * dpr, r.size() * dpr).toAlignedRect());
}

// total 17: parse* matches 9 (52.9%).
const QStringList stacks{"main;parseJson;scan 4", "main;parseXml 3", "main;serve;handle 6", "main 2",
                         "main;serve;parseJson 2"};
} // namespace

class tst_ProfileView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ProfileView> m_view;
    ProfilePtr m_profile;

    FlameGraphView *flame() const { return m_view->flameGraphView(); }
    FunctionTableView *table() const { return m_view->functionTableView(); }
    NodeId node(std::initializer_list<std::string_view> path) const
    {
        return m_view->shownProfile()->findPath(std::vector<std::string_view>(path));
    }

private slots:
    void init()
    {
        m_view = std::make_unique<ProfileView>(FlameGraphView::Renderer::Raster);
        m_profile = fromCollapsed(stacks);
        m_view->setProfile(m_profile, 0);
        m_view->setViewMode(ProfileView::ViewMode::Both);
        QVERIFY(showExposed(*m_view, QSize(1400, 700)));
        QTRY_VERIFY(!flame()->nodeRect(node({"main", "serve", "handle"})).isEmpty());
    }
    void cleanup()
    {
        m_view.reset();
    }

    void typingInTheSearchBoxHighlightsSharesAndFilters()
    {
        const NodeId handle = node({"main", "serve", "handle"});
        const QImage before = boxImage(flame(), handle);
        QTest::keyClicks(m_view->searchEdit(), QStringLiteral("parse"));
        QCOMPARE(m_view->searchResult().matchedTotal(0), 9);
        QCOMPARE(m_view->matchLabel()->text(), QStringLiteral("Matched: 52.9% of samples"));
        QCOMPARE(tableNames(table()), (QStringList{"parseXml", "parseJson"}));
        // handle does not match: it is drawn dimmed now.
        QTRY_VERIFY(boxImage(flame(), handle) != before);
        QTest::keyClick(m_view->searchEdit(), Qt::Key_Escape);
        QVERIFY(m_view->searchEdit()->text().isEmpty());
        QVERIFY(m_view->matchLabel()->text().isEmpty());
        QCOMPARE(table()->model()->rowCount(), 6);
        QTRY_COMPARE(boxImage(flame(), handle), before);
    }
    void noMatchSaysSo()
    {
        m_view->setSearchText(QStringLiteral("nothing-like-this"));
        QCOMPARE(m_view->matchLabel()->text(), QStringLiteral("No match"));
        QCOMPARE(table()->model()->rowCount(), 0);
    }
    void regexToggleAndInvalidPattern()
    {
        m_view->setSearchText(QStringLiteral("^parse(json|xml)$"), true);
        QCOMPARE(tableNames(table()), (QStringList{"parseXml", "parseJson"}));
        m_view->setSearchText(QStringLiteral("parse("), true);
        QCOMPARE(m_view->matchLabel()->text(), QStringLiteral("Invalid regex"));
        QVERIFY(!m_view->matchLabel()->toolTip().isEmpty());
        QCOMPARE(table()->model()->rowCount(), 6);
        // The same text as a substring is fine (and matches nothing).
        m_view->setSearchText(QStringLiteral("parse("), false);
        QCOMPARE(m_view->matchLabel()->text(), QStringLiteral("No match"));
    }
    void enterStepsThroughMatches()
    {
        m_view->setSearchText(QStringLiteral("parsejson"));
        const NodeId first = node({"main", "parseJson"});
        const NodeId second = node({"main", "serve", "parseJson"});
        QSignalSpy status(m_view.get(), &ProfileView::statusMessage);
        QTest::keyClick(m_view->searchEdit(), Qt::Key_Return);
        QCOMPARE(flame()->zoomRoot(), first);
        QVERIFY(status.last().at(0).toString().startsWith(QStringLiteral("Match 1 of 2")));
        QTest::keyClick(m_view->searchEdit(), Qt::Key_Return);
        QCOMPARE(flame()->zoomRoot(), second);
        QTest::keyClick(m_view->searchEdit(), Qt::Key_Return); // wraps around
        QCOMPARE(flame()->zoomRoot(), first);
        QTest::keyClick(m_view->searchEdit(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(flame()->zoomRoot(), second);
    }
    void selectingATableRowHighlightsInTheFlamegraph()
    {
        const NameId serve = nameId(*m_profile, "serve");
        const NodeId serveNode = node({"main", "serve"});
        const QImage before = boxImage(flame(), serveNode);
        const int row = table()->viewRowOf(serve);
        QVERIFY(row >= 0);
        const QRect rect = table()->visualRect(table()->model()->index(row, FunctionTableModel::NameColumn));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_view->selectedFunction(), serve);
        QTRY_VERIFY(boxImage(flame(), serveNode) != before);
    }
    void clickingAFlamegraphBoxSelectsTheTableRow()
    {
        const NodeId handle = node({"main", "serve", "handle"});
        QSignalSpy zoomed(flame(), &FlameGraphView::zoomChanged);
        QTest::mouseClick(flame(), Qt::LeftButton, {}, flame()->nodeRect(handle).center().toPoint());
        QCOMPARE(m_view->selectedFunction(), nameId(*m_profile, "handle"));
        QCOMPARE(table()->currentIndex().data().toString(), QStringLiteral("handle"));
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
    }
    void hoverReportsTheNodeInTheStatus()
    {
        QSignalSpy status(m_view.get(), &ProfileView::statusMessage);
        const NodeId serve = node({"main", "serve"});
        // Re-send: a loaded machine can swallow the first move as the enter event.
        QVERIFY(QTest::qWaitFor([&] {
            QTest::mouseMove(flame(), flame()->nodeRect(serve).center().toPoint());
            return !status.isEmpty();
        }));
        const QString message = status.last().at(0).toString();
        QVERIFY2(message.startsWith(QStringLiteral("serve")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("47.06%")), qPrintable(message)); // 8 of 17
    }
    void viewModesSwitchFromTheToolbar()
    {
        QSignalSpy changed(m_view.get(), &ProfileView::viewModeChanged);
        const struct
        {
            ProfileView::ViewMode mode;
            bool table, flame, sandwich;
        } expected[] = {
            {ProfileView::ViewMode::Table, true, false, false},
            {ProfileView::ViewMode::FlameGraph, false, true, false},
            {ProfileView::ViewMode::Sandwich, true, false, true},
            {ProfileView::ViewMode::Both, true, true, false},
        };
        for (const auto &e : expected) {
            QWidget *button = m_view->toolBar()->widgetForAction(m_view->viewModeAction(e.mode));
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(m_view->viewMode(), e.mode);
            QVERIFY(m_view->viewModeAction(e.mode)->isChecked());
            QCOMPARE(table()->isVisible(), e.table);
            QCOMPARE(flame()->isVisible(), e.flame);
            QCOMPARE(m_view->sandwichView()->isVisible(), e.sandwich);
        }
        QCOMPARE(changed.count(), 4);
    }
    void sandwichModeShowsTheSelectedOrTopFunction()
    {
        m_view->setViewMode(ProfileView::ViewMode::Sandwich);
        // Nothing selected: the costliest function by self.
        QCOMPARE(m_view->sandwichView()->function(), nameId(*m_profile, "handle"));
        m_view->selectFunction(nameId(*m_profile, "parseJson"));
        QCOMPARE(m_view->sandwichView()->function(), nameId(*m_profile, "parseJson"));
        QCOMPARE(m_view->sandwichView()->callersView()->profile()->total(0), 6);
    }
    void ctrlFFocusesTheSearch()
    {
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        flame()->setFocus();
        QVERIFY(!m_view->searchEdit()->hasFocus());
        QTest::keyClick(flame(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_view->searchEdit()->hasFocus());
    }
    void showInSandwichFromTheContextMenu()
    {
        const NameId serve = nameId(*m_profile, "serve");
        emit flame()->functionActions()->showInSandwichRequested(serve);
        QCOMPARE(m_view->viewMode(), ProfileView::ViewMode::Sandwich);
        QCOMPARE(m_view->sandwichView()->function(), serve);
        QCOMPARE(table()->selectedFunction(), serve);
    }
    void focusThenResetFromTheContextMenu()
    {
        m_view->selectFunction(nameId(*m_profile, "handle"));
        emit flame()->functionActions()->focusFunctionRequested(nameId(*m_profile, "serve"));
        QVERIFY(m_view->isTransformed());
        const ProfilePtr shown = m_view->shownProfile();
        QCOMPARE(shown->total(0), 8);
        QVERIFY(shown->findPath({"serve", "handle"}).isValid());
        QCOMPARE(flame()->profile(), shown);
        QCOMPARE(table()->model()->rowCount(), 3); // serve, handle, parseJson
        // The selection is kept by name across the new name table.
        QCOMPARE(qName(*shown, m_view->selectedFunction()), QStringLiteral("handle"));
        emit flame()->resetRequested();
        QVERIFY(!m_view->isTransformed());
        QCOMPARE(m_view->shownProfile(), m_profile);
        QCOMPARE(flame()->profile(), m_profile);
        QCOMPARE(m_view->selectedFunction(), nameId(*m_profile, "handle"));
    }
    // A right click on a table row: the flamegraph's function actions, and
    // they do what the flamegraph's do.
    void tableRowsOfferTheFlameGraphsFunctionActions()
    {
        const NameId serve = nameId(*m_profile, "serve");
        const QModelIndex index =
            table()->model()->index(table()->viewRowOf(serve), FunctionTableModel::SelfColumn);
        QVERIFY(index.isValid());
        const QPoint at = table()->visualRect(index).center();
        QStringList offered;
        // The menu runs its own event loop: act on it once it is up.
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                if (!action->isSeparator())
                    offered << action->text();
            for (QAction *action : menu->actions())
                if (action->text() == QStringLiteral("Focus on this function"))
                    action->trigger();
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, table()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table()->viewport(), &event);
        // The row is selected (kept by name through the focus), and the menu is
        // the flamegraph's, less its "Reset view".
        QCOMPARE(qName(*m_view->shownProfile(), m_view->selectedFunction()),
                 QStringLiteral("serve"));
        // After the focus, serve sits under the root.
        std::unique_ptr<QMenu> flameMenu(flame()->createContextMenu(node({"serve"}), flame()));
        QStringList flameOffered;
        for (QAction *action : flameMenu->actions())
            if (!action->isSeparator() && action->text() != QStringLiteral("Reset view"))
                flameOffered << action->text();
        QCOMPARE(offered, flameOffered);
        QCOMPARE(offered.size(), 4);
        // Focus on serve: its two stacks, 8 samples.
        QVERIFY(m_view->isTransformed());
        QCOMPARE(m_view->shownProfile()->total(0), 8);
        QVERIFY(m_view->shownProfile()->findPath({"serve", "handle"}).isValid());
    }
    void tableMenuShowsInSandwichAndCopiesTheName()
    {
        const NameId parseXml = nameId(*m_profile, "parseXml");
        std::unique_ptr<QMenu> menu(table()->createContextMenu(
            table()->model()->index(table()->viewRowOf(parseXml), FunctionTableModel::NameColumn),
            table()));
        auto trigger = [&](const QString &text) {
            for (QAction *a : menu->actions())
                if (a->text() == text) {
                    a->trigger();
                    return true;
                }
            return false;
        };
        QVERIFY(trigger(QStringLiteral("Copy function name")));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("parseXml"));
        QVERIFY(trigger(QStringLiteral("Show in sandwich view")));
        QCOMPARE(m_view->viewMode(), ProfileView::ViewMode::Sandwich);
        QCOMPARE(m_view->sandwichView()->function(), parseXml);
        QVERIFY(trigger(QStringLiteral("Collapse this function")));
        QVERIFY(m_view->isTransformed());
    }
    void collapseFoldsTheCallees()
    {
        emit flame()->functionActions()->collapseFunctionRequested(nameId(*m_profile, "serve"));
        const ProfilePtr shown = m_view->shownProfile();
        QVERIFY(shown != m_profile);
        const NodeId serve = shown->findPath({"main", "serve"});
        QVERIFY(serve.isValid());
        QVERIFY(!shown->tree().hasChildren(serve));
        QCOMPARE(shown->total(0), 17);
        m_view->resetTransforms();
        QCOMPARE(m_view->shownProfile(), m_profile);
    }
    void breadcrumbsFollowTheZoom()
    {
        QVERIFY(m_view->zoomToPath({"main", "serve"}));
        QCOMPARE(m_view->breadcrumbs(), (QStringList{"total", "main", "serve"}));
        QVERIFY(!m_view->zoomToPath({"main", "nowhere"}));
        flame()->resetZoom();
        QCOMPARE(m_view->breadcrumbs(), QStringList{"total"});
        QVERIFY(m_view->zoomToPath({"main", "serve", "handle"}));
        QCOMPARE(m_view->breadcrumbs().size(), 4);
    }
    void sandwichModeTakesTheFirstVisibleRow()
    {
        m_view->setSearchText(QStringLiteral("serve"));
        m_view->setViewMode(ProfileView::ViewMode::Sandwich);
        QCOMPARE(m_view->sandwichView()->function(), nameId(*m_profile, "serve"));
        QCOMPARE(table()->selectedFunction(), nameId(*m_profile, "serve"));
    }
    void autoRendererDrawsAndSyncs()
    {
        // Under Xvfb this is the OpenGL renderer, offscreen the raster one.
        ProfileView view(FlameGraphView::Renderer::Auto);
        view.setProfile(m_profile, 0);
        QVERIFY(showExposed(view, QSize(1000, 500)));
        qInfo() << "renderer:" << view.activeRendererName();
        QVERIFY(view.activeRendererName() == QLatin1String("OpenGL") || view.activeRendererName() == QLatin1String("Raster"));
        FlameGraphView *f = view.flameGraphView();
        const NodeId serve = m_profile->findPath({"main", "serve"});
        QTRY_VERIFY(!f->nodeRect(serve).isEmpty());
        QVERIFY(!f->grabFrame().isNull());
        QTest::mouseClick(f, Qt::LeftButton, {}, f->nodeRect(serve).center().toPoint());
        QCOMPARE(view.functionTableView()->currentIndex().data().toString(), QStringLiteral("serve"));
    }
    void sampleTypeSwitchRecomputes()
    {
        const ProfilePtr p = fromCollapsed({"main;a 1 3000000", "main;b 5 1000000"}, {{"samples", "count"}, {"cpu", "nanoseconds"}});
        m_view->setProfile(p, 0);
        m_view->setSearchText(QStringLiteral("a"));
        QCOMPARE(m_view->matchLabel()->text(), QStringLiteral("Matched: 100.0% of samples")); // "main" matches too
        m_view->setSearchText(QStringLiteral("b"));
        QCOMPARE(m_view->matchLabel()->text(), QStringLiteral("Matched: 83.3% of samples"));
        QCOMPARE(tableNames(table()), QStringList{"b"});
        m_view->setSampleType(1);
        QCOMPARE(m_view->matchLabel()->text(), QStringLiteral("Matched: 25.0% of cpu"));
        m_view->setSearchText(QString());
        QCOMPARE(tableNames(table()).first(), QStringLiteral("a"));
        QCOMPARE(flame()->sampleType(), 1);
    }
    void diffProfileOffersDiffColours()
    {
        ProfileBuilder builder(std::vector<SampleType>{{"before", "count"}, {"after", "count"}});
        const std::vector<std::string_view> a{"main", "a"};
        const qint64 v[] = {1, 3};
        builder.addStack(std::span<const std::string_view>(a), std::span<const qint64>(v));
        builder.setDiff(0, 1);
        m_view->setProfile(builder.build(), 1);
        QCOMPARE(flame()->colorScheme(), FlameGraphView::ColorScheme::Diff);
        m_view->setProfile(m_profile, 0);
        QVERIFY(flame()->colorScheme() != FlameGraphView::ColorScheme::Diff);
    }
    // Issue 14, point 9: picking the heat colours in the toolbar shows their legend under the
    // flamegraph.
    void heatColoursShowTheirLegend()
    {
        QComboBox *colors = nullptr;
        for (QComboBox *c : m_view->toolBar()->findChildren<QComboBox *>())
            if (c->findText(QStringLiteral("By self (heat)")) >= 0)
                colors = c;
        QVERIFY(colors);
        HeatLegend *legend = flame()->heatLegend();
        QVERIFY(!legend->isVisible());
        colors->setFocus();
        QTest::keyClick(colors, Qt::Key_Down); // "By self (heat)", the next entry
        QCOMPARE(flame()->colorScheme(), FlameGraphView::ColorScheme::Heat);
        QVERIFY(legend->isVisible());
        QCOMPARE(legend->maxSelf(), 6); // handle
        QCOMPARE(legend->tickText(1.0), QStringLiteral("6"));
        // Drawn: the gradient's red end, in the window.
        const QImage image = m_view->grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        const QPoint red = legend->mapTo(
            m_view.get(), QPoint(legend->xForShare(1), legend->gradientRect().center().y()));
        QCOMPARE(image.pixel(int(red.x() * dpr), int(red.y() * dpr)) | 0xff000000u,
                 FlameColors::heatColor(1));
        QTest::keyClick(colors, Qt::Key_Up);
        QVERIFY(!legend->isVisible());
    }

    // Issue 14, point 5: the "Labels" box switches the flamegraph between head and tail first.
    void labelsBoxSwitchesTheFit()
    {
        const std::string go =
            "github.com/pyroscope-io/pyroscope/pkg/storage/segment.(*Segment).Put";
        m_view->setProfile(
            fromCollapsed({QStringLiteral("main.main;") + QString::fromStdString(go) + " 1",
                           "main.main;main.idle 3"}),
            0);
        const NodeId put = node({"main.main", go});
        QVERIFY(put.isValid());
        LabelFitBox *box = m_view->labelFitBox();
        QVERIFY(box);
        QCOMPARE(box->parentWidget(), m_view->toolBar());
        QCOMPARE(box->currentText(), QStringLiteral("Auto: tail first"));
        QTRY_VERIFY(flame()->labelText(put).startsWith(u'\u2026'));
        QVERIFY(flame()->labelText(put).endsWith(QStringLiteral("(*Segment).Put")));
        QSignalSpy changed(m_view.get(), &ProfileView::labelFitChanged);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down); // Head first
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<FlameLabelFit>(), FlameLabelFit::HeadFirst);
        QCOMPARE(m_view->labelFit(), FlameLabelFit::HeadFirst);
        QCOMPARE(m_view->sandwichView()->callersView()->labelFit(), FlameLabelFit::HeadFirst);
        QVERIFY2(flame()->labelText(put).startsWith(QStringLiteral("github.com/")),
                 qPrintable(flame()->labelText(put)));
        // The app restores a remembered fit without a signal.
        m_view->setLabelFit(FlameLabelFit::TailFirst);
        QCOMPARE(box->currentText(), QStringLiteral("Tail first"));
        QCOMPARE(changed.size(), 1);
        // Plain names: Auto says head first.
        m_view->setLabelFit(FlameLabelFit::Auto);
        m_view->setProfile(m_profile, 0);
        QCOMPARE(box->currentText(), QStringLiteral("Auto: head first"));
        QCOMPARE(flame()->effectiveLabelFit(), FlameLabelFit::HeadFirst);
    }

    void nullProfileClearsEverything()
    {
        m_view->setSearchText(QStringLiteral("main"));
        m_view->setProfile(nullptr, 0);
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(!flame()->profile());
        QVERIFY(m_view->matchLabel()->text().isEmpty());
        QVERIFY(m_view->breadcrumbs().isEmpty());
        m_view->setViewMode(ProfileView::ViewMode::Sandwich);
        QVERIFY(!m_view->sandwichView()->function().isValid());
    }
    void bigTransformRunsInTheBackground()
    {
        ProfileBuilder builder(std::vector<SampleType>{{"samples", "count"}});
        const qsizetype leaves = ProfileView::backgroundThreshold + 1000;
        for (qsizetype i = 0; i < leaves; ++i) {
            const std::string leaf = "leaf" + std::to_string(i);
            const std::vector<std::string_view> stack{"main", (i % 2) ? "odd" : "even", leaf};
            const qint64 value = 1;
            builder.addStack(std::span<const std::string_view>(stack), std::span<const qint64>(&value, 1));
        }
        const ProfilePtr p = builder.build();
        m_view->setProfile(p, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 20000); // the table, off the GUI thread
        QCOMPARE(table()->model()->rowCount(), leaves + 3);
        m_view->focusOnFunction(nameId(*p, "odd"));
        QVERIFY(m_view->isBusy());
        QCOMPARE(m_view->shownProfile(), p);
        m_view->focusOnFunction(nameId(*p, "even")); // supersedes "odd"
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 20000);
        const ProfilePtr shown = m_view->shownProfile();
        QVERIFY(shown != p);
        QCOMPARE(shown->total(0), (leaves + 1) / 2);
        QVERIFY(shown->findPath({"even", "leaf0"}).isValid());
    }
    void screenshotOfEachViewMode()
    {
        ProfileReader reader;
        const ImportResult result
            = reader.readFile(QStringLiteral(PYROGRAPH_CORPUS_DIR "/pprof/go-cpu.pb.gz"), Progress::none());
        QVERIFY2(result.isOk(), qPrintable(result.error));
        const ProfilePtr p = result.profile;
        m_view->setProfile(p, p->defaultSampleType());
        m_view->resize(1600, 900);
        const QDir dir(QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots"));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        const struct
        {
            ProfileView::ViewMode mode;
            const char *file;
        } modes[] = {
            {ProfileView::ViewMode::Table, "profileview-table.png"},
            {ProfileView::ViewMode::FlameGraph, "profileview-flamegraph.png"},
            {ProfileView::ViewMode::Both, "profileview-both.png"},
            {ProfileView::ViewMode::Sandwich, "profileview-sandwich.png"},
        };
        m_view->setSearchText(QStringLiteral("json"));
        const NameId unmarshal = nameId(*p, "encoding/json.Unmarshal");
        QVERIFY(unmarshal.isValid());
        m_view->selectFunction(unmarshal);
        for (const auto &m : modes) {
            m_view->setViewMode(m.mode);
            QTest::qWait(100);
            const QImage image = m_view->grab().toImage();
            QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1600, 900));
            QVERIFY(image.save(dir.filePath(QString::fromLatin1(m.file))));
            if (m.mode == ProfileView::ViewMode::Sandwich)
                QCOMPARE(m_view->sandwichView()->function(), unmarshal);
        }
    }
};

PYROGRAPH_TEST_MAIN(tst_ProfileView)
#include "tst_profileview.moc"
