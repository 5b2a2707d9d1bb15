#include "tests/support/testregistry.h"

#include "widgets/render/runatlas.h"

#include <QTest>

namespace {
constexpr QRgb white = 0xffffffffu;
constexpr QRgb red = 0xffcc0000u;
constexpr QRgb green = 0xff00aa00u;
constexpr QRgb blue = 0xff0000bbu;

FlameScene::Box box(float x, float y, float w, QRgb color)
{
    return FlameScene::Box{x, y, w, 18.f, color};
}

FlameScene sceneOf(std::vector<FlameScene::Box> boxes, qreal dpr = 1)
{
    FlameScene scene;
    scene.size = QSize(400, 100);
    scene.devicePixelRatio = dpr;
    scene.background = qRgb(255, 255, 255);
    scene.boxes = std::move(boxes);
    return scene;
}

// The texels [x0, x1) of a row of the atlas.
std::vector<QRgb> texels(const QImage &image, int row, int x0, int x1)
{
    const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(row));
    return std::vector<QRgb>(line + x0, line + x1);
}
} // namespace

class tst_RunAtlas : public QObject
{
    Q_OBJECT
private slots:
    void wideBoxesAreDrawnAsTheyAre()
    {
        RunAtlas atlas;
        atlas.build(sceneOf({box(0, 0, 100, red), box(100, 0, RunAtlas::narrowBoxPixels, blue)}),
                    QSize(400, 100));
        QCOMPARE(atlas.wideBoxes().size(), size_t(2));
        QCOMPARE(atlas.wideBoxes()[1].color, blue);
        QVERIFY(atlas.quads().empty());
        QCOMPARE(atlas.rows(), 0);
    }

    void neighboursInARowShareARunWithTheBackgroundBetween()
    {
        RunAtlas atlas;
        // Narrow boxes at 100 (2 px), 102 (3 px) and, 5 px further, 110 (1 px).
        atlas.build(sceneOf({box(0, 0, 100, red), box(100, 0, 2, green), box(102, 0, 3, blue),
                             box(110, 0, 1, red)}),
                    QSize(400, 100));
        QCOMPARE(atlas.wideBoxes().size(), size_t(1));
        QCOMPARE(atlas.quads().size(), size_t(1));
        const AtlasQuad q = atlas.quads()[0];
        QCOMPARE(q.x, 100.f);
        QCOMPARE(q.y, 0.f);
        QCOMPARE(q.w, 11.f);
        QCOMPARE(q.h, 18.f);
        // One texel row, sampled at its middle, stretched over the box height.
        QCOMPARE(q.u, 0.f);
        QCOMPARE(q.v, 0.5f);
        QCOMPARE(q.uw, 11.f);
        QCOMPARE(q.vh, 0.f);
        QCOMPARE(atlas.rows(), 1);
        const std::vector<QRgb> expected{green, green, blue, blue, blue, white, white,
                                         white, white, white, red};
        QCOMPARE(texels(atlas.image(), 0, 0, 11), expected);
    }

    void aRunEndsAtAWideBoxAGapOrAnotherRow()
    {
        RunAtlas atlas;
        const int far = RunAtlas::runGapPixels + 1;
        atlas.build(sceneOf({box(0, 0, 2, green), box(2, 0, 60, red), box(62, 0, 2, green),
                             box(64.f + far, 0, 2, blue), box(66.f + far, 18, 2, blue)}),
                    QSize(400, 100));
        QCOMPARE(atlas.wideBoxes().size(), size_t(1));
        QCOMPARE(atlas.quads().size(), size_t(4));
        // Packed end to end, a texel apart.
        QCOMPARE(atlas.quads()[1].u, 3.f);
        QCOMPARE(atlas.quads()[2].u, 6.f);
        QCOMPARE(atlas.quads()[3].u, 9.f);
        QCOMPARE(atlas.quads()[3].y, 18.f);
        QCOMPARE(texels(atlas.image(), 0, 9, 11), (std::vector<QRgb>{blue, blue}));
    }

    void runsWrapToTheNextTexelRow()
    {
        RunAtlas atlas;
        // A frame 10 pixels wide: three runs of 4 pixels fit two to a row.
        FlameScene scene = sceneOf({box(0, 0, 4, green), box(0, 18, 4, blue), box(0, 36, 4, red)});
        atlas.build(scene, QSize(10, 100));
        QCOMPARE(atlas.rows(), 2);
        QCOMPARE(atlas.image().width(), 10);
        QCOMPARE(atlas.quads()[1].u, 5.f);
        QCOMPARE(atlas.quads()[2].u, 0.f);
        QCOMPARE(atlas.quads()[2].v, 1.5f);
        QCOMPARE(texels(atlas.image(), 1, 0, 4), std::vector<QRgb>(4, red));
        // The next frame starts afresh, in the same image.
        const uchar *before = atlas.image().constBits();
        atlas.build(sceneOf({box(0, 0, 4, blue)}), QSize(10, 100));
        QCOMPARE(atlas.rows(), 1);
        QCOMPARE(atlas.quads().size(), size_t(1));
        QCOMPARE(atlas.image().constBits(), before);
        QCOMPARE(texels(atlas.image(), 0, 0, 4), std::vector<QRgb>(4, blue));
    }

    void devicePixelsDecideWhatIsNarrow()
    {
        RunAtlas atlas;
        // 30 logical pixels: narrow at 1x, wide (60 device pixels) at 2x.
        atlas.build(sceneOf({box(10, 0, 30, green)}), QSize(400, 100));
        QCOMPARE(atlas.quads().size(), size_t(1));
        atlas.build(sceneOf({box(10, 0, 30, green)}, 2), QSize(800, 200));
        QVERIFY(atlas.quads().empty());
        QCOMPARE(atlas.wideBoxes().size(), size_t(1));
        // At 2x a run's texels are device pixels and its quad is logical.
        atlas.build(sceneOf({box(10, 0, 1.5f, green)}, 2), QSize(800, 200));
        QCOMPARE(atlas.quads().size(), size_t(1));
        QCOMPARE(atlas.quads()[0].x, 10.f);
        QCOMPARE(atlas.quads()[0].w, 1.5f);
        QCOMPARE(atlas.quads()[0].uw, 3.f);
        QCOMPARE(texels(atlas.image(), 0, 0, 3), std::vector<QRgb>(3, green));
    }

    void emptyBoxesAreNotNarrow()
    {
        RunAtlas atlas;
        // Under half a device pixel: no pixels of its own, not a run.
        atlas.build(sceneOf({box(10, 0, 0.2f, green)}), QSize(400, 100));
        QVERIFY(atlas.quads().empty());
        QCOMPARE(atlas.wideBoxes().size(), size_t(1));
    }
};

PYROGRAPH_TEST_MAIN(tst_RunAtlas)
#include "tst_runatlas.moc"
