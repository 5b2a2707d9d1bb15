#include "tests/support/testregistry.h"

#include "widgets/render/flamescene.h"
#include "widgets/render/flamescenebuilder.h"

#include "model/flamelayout.h"
#include "model/profile.h"
#include "tests/model/collapsedtext.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTest>

using testing::fromCollapsed;

namespace {
const QString goName = QStringLiteral("github.com/org/repo/pkg/storage/segment.(*Writer).Flush");
// Not printable ASCII: shaped by QTextLayout rather than laid out from the font's tables.
const QString shapedName =
    QStringLiteral("gïthub.com/örg/repo/pkg/störage/segment.(*Wrïter).Flüsh");

// The label of the box of name, drawn width pixels wide, with the given fit.
QString labelOf(const QString &name, double width, FlameLabelFit fit)
{
    // The name takes half of the root, drawn at twice width.
    const ProfilePtr p = fromCollapsed({name + QStringLiteral(" 1"), QStringLiteral("other 1")});
    const FlameLayout layout = FlameLayout::compute(*p, 0, CallTree::root(), 2 * width);
    FlameSceneBuilder builder;
    builder.reset(QGuiApplication::font());
    FlameSceneBuilder::Input in;
    in.profile = p.get();
    in.layout = &layout;
    in.geometry.height = 200;
    in.size = QSize(int(2 * width), 200);
    in.labelFit = fit;
    FlameScene scene;
    builder.buildBoxes(in, scene);
    const QRectF box(0, in.geometry.rowTop(1), width, in.geometry.rowHeight);
    for (const FlameScene::Label &l : scene.labels) {
        if (box.contains(l.rect.center())) {
            // The text fits its rect, and its glyphs are the text's.
            if (QFontMetricsF(scene.font).horizontalAdvance(l.text) > l.rect.width() + 1)
                return QStringLiteral("too wide: ") + l.text;
            qsizetype glyphs = 0;
            for (const QGlyphRun &run : l.glyphs)
                glyphs += run.glyphIndexes().size();
            if (glyphs != l.text.size())
                return QStringLiteral("%1 glyphs for %2").arg(glyphs).arg(l.text);
            return l.text;
        }
    }
    return QString();
}
} // namespace

class tst_FlameSceneBuilder : public QObject
{
    Q_OBJECT
private slots:
    void labelsKeepTheChosenEnd_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("ascii") << goName;
        QTest::newRow("shaped") << shapedName;
    }
    void labelsKeepTheChosenEnd()
    {
        QFETCH(QString, name);
        const double width = QFontMetricsF(QGuiApplication::font()).horizontalAdvance(name) / 2;
        const QString head = labelOf(name, width, FlameLabelFit::HeadFirst);
        const QString tail = labelOf(name, width, FlameLabelFit::TailFirst);
        const QString ellipsis = QStringLiteral("\u2026");
        QVERIFY2(head.endsWith(ellipsis) && name.startsWith(head.chopped(1)) && head.size() > 10,
                 qPrintable(head));
        QVERIFY2(tail.startsWith(ellipsis) && name.endsWith(tail.mid(1)) && tail.size() > 10,
                 qPrintable(tail));
        QVERIFY2(tail.endsWith(name.right(5)), qPrintable(tail)); // the method: "Flush"
        // Auto is the view's to resolve: here it is head first.
        QCOMPARE(labelOf(name, width, FlameLabelFit::Auto), head);
    }
    void aNameThatFitsIsWholeEitherWay()
    {
        const double wide = QFontMetricsF(QGuiApplication::font()).horizontalAdvance(goName) + 40;
        QCOMPARE(labelOf(goName, wide, FlameLabelFit::HeadFirst), goName);
        QCOMPARE(labelOf(goName, wide, FlameLabelFit::TailFirst), goName);
    }
    void switchingTheFitChangesTheCachedCut()
    {
        // The builder caches a name's last cut: the same width in the other fit is another label.
        const double width = QFontMetricsF(QGuiApplication::font()).horizontalAdvance(goName) / 3;
        const ProfilePtr p =
            fromCollapsed({goName + QStringLiteral(" 1"), QStringLiteral("other 1")});
        const FlameLayout layout = FlameLayout::compute(*p, 0, CallTree::root(), 2 * width);
        FlameSceneBuilder builder;
        builder.reset(QGuiApplication::font());
        FlameSceneBuilder::Input in;
        in.profile = p.get();
        in.layout = &layout;
        in.geometry.height = 200;
        in.size = QSize(int(2 * width), 200);
        QStringList texts;
        for (FlameLabelFit fit :
             {FlameLabelFit::HeadFirst, FlameLabelFit::TailFirst, FlameLabelFit::HeadFirst}) {
            in.labelFit = fit;
            FlameScene scene;
            builder.buildBoxes(in, scene);
            for (const FlameScene::Label &l : scene.labels)
                if (l.text.contains(u'\u2026'))
                    texts << l.text;
        }
        QCOMPARE(texts.size(), 3);
        QVERIFY2(texts[0].endsWith(u'\u2026') && texts[1].startsWith(u'\u2026'),
                 qPrintable(texts.join(u'|')));
        QCOMPARE(texts[2], texts[0]);
    }
};

PYROGRAPH_TEST_MAIN(tst_FlameSceneBuilder)
#include "tst_flamescenebuilder.moc"
