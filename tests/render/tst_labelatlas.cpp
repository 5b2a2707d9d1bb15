#include "tests/support/testregistry.h"

#include "widgets/render/labelatlas.h"

#include <QTest>

namespace {
LabelAtlas::Key key(const QString &text, QSize size, QRgb fill = 0xff336699u)
{
    LabelAtlas::Key k;
    k.text = text;
    k.fill = fill;
    k.color = 0xff000000u;
    k.size = size;
    k.origin = QPoint(64, 9 * 64);
    return k;
}
} // namespace

class tst_LabelAtlas : public QObject
{
    Q_OBJECT
private slots:
    void aPieceIsPaintedOnceAndFoundAfter()
    {
        LabelAtlas atlas;
        atlas.reserve(100, 40);
        const auto first = atlas.place(key(QStringLiteral("main"), QSize(30, 18)));
        QVERIFY(first && first->fresh);
        QCOMPARE(first->at, QPoint(0, 0));
        const auto again = atlas.place(key(QStringLiteral("main"), QSize(30, 18)));
        QVERIFY(again && !again->fresh);
        QCOMPARE(again->at, first->at);
        QCOMPARE(atlas.pieceCount(), 1);
    }
    void anyDifferenceIsAnotherPiece()
    {
        LabelAtlas atlas;
        atlas.reserve(200, 40);
        const LabelAtlas::Key base = key(QStringLiteral("main"), QSize(30, 18));
        QVERIFY(atlas.place(base)->fresh);
        LabelAtlas::Key other = base;
        other.fill = 0xff999999u; // another box colour (a search dims it)
        QVERIFY(atlas.place(other)->fresh);
        other = base;
        other.color = 0xffffffffu;
        QVERIFY(atlas.place(other)->fresh);
        other = base;
        other.size = QSize(31, 18);
        QVERIFY(atlas.place(other)->fresh);
        other = base;
        other.origin.rx() += 16; // the text a quarter texel further right
        QVERIFY(atlas.place(other)->fresh);
        other = base;
        other.message = true;
        QVERIFY(atlas.place(other)->fresh);
        QCOMPARE(atlas.pieceCount(), 6);
        QVERIFY(!atlas.place(base)->fresh);
    }
    void piecesPackIntoShelvesWithAGap()
    {
        LabelAtlas atlas;
        atlas.reserve(64, 64);
        QCOMPARE(atlas.place(key(QStringLiteral("a"), QSize(30, 10)))->at, QPoint(0, 0));
        QCOMPARE(atlas.place(key(QStringLiteral("b"), QSize(30, 12)))->at, QPoint(31, 0));
        // No room left on the shelf: the next starts below its tallest piece and a gap row.
        QCOMPARE(atlas.place(key(QStringLiteral("c"), QSize(10, 10)))->at, QPoint(0, 13));
    }
    void fullUntilClearedOrGrown()
    {
        LabelAtlas atlas;
        atlas.reserve(40, 20);
        QVERIFY(atlas.place(key(QStringLiteral("a"), QSize(40, 18))));
        QVERIFY(!atlas.place(key(QStringLiteral("b"), QSize(40, 18))));
        QVERIFY(!atlas.place(key(QStringLiteral("wide"), QSize(41, 1))));
        atlas.grow();
        QCOMPARE(atlas.image().height(), 40);
        // Growing keeps the pieces, and their pixels.
        QVERIFY(!atlas.place(key(QStringLiteral("a"), QSize(40, 18)))->fresh);
        QVERIFY(atlas.place(key(QStringLiteral("b"), QSize(40, 18)))->fresh);
        atlas.clear();
        QCOMPARE(atlas.pieceCount(), 0);
        const auto a = atlas.place(key(QStringLiteral("a"), QSize(40, 18)));
        QVERIFY(a && a->fresh);
        QCOMPARE(a->at, QPoint(0, 0));
    }
    void growingKeepsThePixels()
    {
        LabelAtlas atlas;
        atlas.reserve(8, 4);
        atlas.image().setPixel(3, 2, 0xff123456u);
        atlas.grow();
        QCOMPARE(atlas.image().size(), QSize(8, 8));
        QCOMPARE(atlas.image().pixel(3, 2), 0xff123456u);
        QCOMPARE(atlas.image().pixel(3, 6), 0u); // the new rows are transparent
        // Another width: a new atlas.
        QVERIFY(atlas.place(key(QStringLiteral("a"), QSize(4, 2))));
        atlas.reserve(16, 4);
        QCOMPARE(atlas.pieceCount(), 0);
    }
    void dirtyRowsAreThoseOfFreshPieces()
    {
        LabelAtlas atlas;
        atlas.reserve(40, 60);
        QCOMPARE(atlas.takeDirtyRows().second, atlas.takeDirtyRows().first);
        atlas.place(key(QStringLiteral("a"), QSize(40, 10)));
        atlas.place(key(QStringLiteral("b"), QSize(40, 10)));
        QCOMPARE(atlas.takeDirtyRows(), std::make_pair(0, 21));
        // Nothing new: nothing to upload.
        atlas.place(key(QStringLiteral("a"), QSize(40, 10)));
        const auto none = atlas.takeDirtyRows();
        QCOMPARE(none.first, none.second);
        atlas.place(key(QStringLiteral("c"), QSize(40, 10)));
        QCOMPARE(atlas.takeDirtyRows(), std::make_pair(22, 32));
        // Growing remakes the texture: every row.
        atlas.grow();
        QCOMPARE(atlas.takeDirtyRows(), std::make_pair(0, 120));
    }
};

PYROGRAPH_TEST_MAIN(tst_LabelAtlas)
#include "tst_labelatlas.moc"
