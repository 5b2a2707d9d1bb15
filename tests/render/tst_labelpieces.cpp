#include "tests/support/testregistry.h"

#include "widgets/render/flamescenebuilder.h"
#include "widgets/render/labelpieces.h"

#include "model/flamelayout.h"
#include "model/searchresult.h"
#include "tests/model/collapsedtext.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTest>

#include <cmath>

using testing::fromCollapsed;

namespace {
// A scene as the view builds it, at size and dpr, with its labels.
FlameScene sceneOf(const Profile &profile, QSize size, qreal dpr)
{
    const FlameLayout layout = FlameLayout::compute(profile, 0, CallTree::root(), size.width());
    const SearchResult search;
    FlameSceneBuilder builder;
    builder.reset(QGuiApplication::font());
    FlameSceneBuilder::Input input;
    input.profile = &profile;
    input.layout = &layout;
    input.search = &search;
    input.geometry.height = size.height();
    input.geometry.rowHeight = 20;
    input.size = size;
    input.devicePixelRatio = dpr;
    FlameScene scene;
    builder.buildBoxes(input, scene);
    return scene;
}

// The scene as the raster renderer paints it, at device resolution.
QImage rasterOf(const FlameScene &scene)
{
    const qreal dpr = scene.devicePixelRatio;
    QImage image(int(std::lround(scene.size.width() * dpr)), int(std::lround(scene.size.height() * dpr)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(QColor::fromRgb(scene.background));
    QPainter painter(&image);
    scene.paintBoxes(painter);
    scene.paintLabels(painter);
    painter.end();
    return image;
}

QSize devicePixels(const FlameScene &scene)
{
    return (QSizeF(scene.size) * scene.devicePixelRatio).toSize();
}

// Where a quad's texels are in the atlas and in the frame (device pixels).
QRect texelsOf(const AtlasQuad &q)
{
    return QRect(int(q.u), int(q.v), int(q.uw), int(q.vh));
}
QRect spanOf(const AtlasQuad &q, qreal dpr)
{
    return QRect(int(std::lround(q.x * dpr)), int(std::lround(q.y * dpr)), int(q.uw), int(q.vh));
}

ProfilePtr profile()
{
    return fromCollapsed({"main;serve;parse 30", "main;serve;write 20", "idle 50"});
}
} // namespace

class tst_LabelPieces : public QObject
{
    Q_OBJECT
private slots:
    void aPieceHasThePixelsTheRasterPathPaints_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("1x") << qreal(1);
        QTest::newRow("2x") << qreal(2);
    }
    void aPieceHasThePixelsTheRasterPathPaints()
    {
        QFETCH(qreal, dpr);
        const ProfilePtr p = profile();
        const FlameScene scene = sceneOf(*p, QSize(600, 100), dpr);
        QCOMPARE(scene.labels.size(), size_t(6)); // root, idle, main, serve, parse, write
        LabelPieces pieces;
        pieces.build(scene, devicePixels(scene));
        QCOMPARE(pieces.quads().size(), scene.labels.size());
        QCOMPARE(pieces.pieceCount(), qsizetype(scene.labels.size()));
        const QImage raster = rasterOf(scene);
        for (size_t i = 0; i < pieces.quads().size(); ++i) {
            const AtlasQuad &q = pieces.quads()[i];
            const QRect span = spanOf(q, dpr);
            // A piece spans its text, one pixel more either side, not its box.
            QVERIFY(span.width() < scene.labels[i].rect.width() * dpr + 3);
            QVERIFY(span.contains(QPoint(int(scene.labels[i].rect.left() * dpr) + 1, span.center().y())));
            const QImage piece = pieces.image().copy(texelsOf(q));
            QImage expected = raster.copy(span);
            expected.setDevicePixelRatio(1);
            QCOMPARE(piece.convertToFormat(QImage::Format_RGB32), expected.convertToFormat(QImage::Format_RGB32));
            // The text is there: not only the box's fill.
            QVERIFY(piece.pixel(0, 0) == (0xff000000u | scene.labels[i].boxColor));
            bool ink = false;
            for (int y = 0; y < piece.height() && !ink; ++y)
                for (int x = 0; x < piece.width() && !ink; ++x)
                    ink = piece.pixel(x, y) != piece.pixel(0, 0);
            QVERIFY2(ink, qPrintable(scene.labels[i].text));
        }
    }

    void aFrameThatShowsTheSameLabelsPaintsNothing()
    {
        const ProfilePtr p = profile();
        FlameScene scene = sceneOf(*p, QSize(600, 100), 1);
        LabelPieces pieces;
        pieces.build(scene, devicePixels(scene));
        auto [top, bottom] = pieces.takeDirtyRows();
        QVERIFY(bottom > top);
        const std::vector<AtlasQuad> first = pieces.quads();
        pieces.build(scene, devicePixels(scene));
        std::tie(top, bottom) = pieces.takeDirtyRows();
        QCOMPARE(top, bottom);
        QCOMPARE(pieces.quads().size(), first.size());
        for (size_t i = 0; i < first.size(); ++i)
            QCOMPARE(texelsOf(pieces.quads()[i]), texelsOf(first[i]));
        // Another text colour is another piece, painted in fresh rows.
        scene.labels[0].color = scene.labels[0].color == 0xff000000u ? 0xffffffffu : 0xff000000u;
        pieces.build(scene, devicePixels(scene));
        std::tie(top, bottom) = pieces.takeDirtyRows();
        QVERIFY(bottom > top);
        QCOMPARE(pieces.pieceCount(), qsizetype(first.size() + 1));
        QVERIFY(texelsOf(pieces.quads()[0]) != texelsOf(first[0]));
    }

    void anotherFontForgetsThePieces()
    {
        const ProfilePtr p = profile();
        FlameScene scene = sceneOf(*p, QSize(600, 100), 1);
        LabelPieces pieces;
        pieces.build(scene, devicePixels(scene));
        QFont font = scene.font;
        font.setPointSizeF(font.pointSizeF() + 1);
        scene.font = font;
        pieces.build(scene, devicePixels(scene));
        QCOMPARE(pieces.pieceCount(), qsizetype(scene.labels.size()));
        const auto [top, bottom] = pieces.takeDirtyRows();
        QCOMPARE(top, 0);
        QVERIFY(bottom > 0);
        // reset() too: the texture that held them is gone.
        pieces.reset();
        QCOMPARE(pieces.pieceCount(), 0);
        pieces.build(scene, devicePixels(scene));
        QCOMPARE(pieces.pieceCount(), qsizetype(scene.labels.size()));
    }

    void theMessageOfAnEmptyViewIsAPiece()
    {
        FlameScene scene;
        scene.size = QSize(300, 80);
        scene.font = QGuiApplication::font();
        scene.message = QStringLiteral("No profile");
        LabelPieces pieces;
        pieces.build(scene, devicePixels(scene));
        QCOMPARE(pieces.quads().size(), size_t(1));
        const AtlasQuad q = pieces.quads()[0];
        QCOMPARE(QRectF(q.x, q.y, q.w, q.h), QRectF(0, 0, 300, 80));
        QImage raster(scene.size, QImage::Format_ARGB32_Premultiplied);
        raster.fill(QColor::fromRgb(scene.background));
        QPainter painter(&raster);
        scene.paintLabels(painter);
        painter.end();
        QCOMPARE(pieces.image().copy(texelsOf(q)).convertToFormat(QImage::Format_RGB32),
                 raster.convertToFormat(QImage::Format_RGB32));
    }

    void whenTheAtlasIsFullTheOldPiecesGo()
    {
        // Each frame's labels in a text colour of their own: new pieces every
        // frame, until the atlas (as tall as the frame) has no room for them.
        const ProfilePtr p = profile();
        FlameScene scene = sceneOf(*p, QSize(600, 100), 1);
        const qsizetype perFrame = qsizetype(scene.labels.size());
        LabelPieces pieces;
        bool forgot = false;
        for (int frame = 0; frame < 12; ++frame) {
            for (FlameScene::Label &l : scene.labels)
                l.color = qRgb(frame * 20, 0, 0);
            const qsizetype before = pieces.pieceCount();
            pieces.build(scene, devicePixels(scene));
            QCOMPARE(pieces.image().height(), 100);
            if (pieces.pieceCount() == perFrame && before > 0)
                forgot = true;
            else
                QCOMPARE(pieces.pieceCount(), before + perFrame);
            // Wherever they were placed, the pieces hold this frame's labels.
            const QImage raster = rasterOf(scene);
            for (const AtlasQuad &q : pieces.quads())
                QCOMPARE(pieces.image().copy(texelsOf(q)).convertToFormat(QImage::Format_RGB32),
                         raster.copy(spanOf(q, 1)).convertToFormat(QImage::Format_RGB32));
        }
        QVERIFY(forgot);
    }
};

PYROGRAPH_TEST_MAIN(tst_LabelPieces)
#include "tst_labelpieces.moc"
