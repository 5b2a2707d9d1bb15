#include "tests/support/testregistry.h"

#include "widgets/render/flamecolors.h"

#include <QTest>

class tst_FlameColors : public QObject
{
    Q_OBJECT
private slots:
    void murmur3MatchesTheReferenceVectors()
    {
        // MurmurHash3_x86_32 reference values (SMHasher); Pyroscope's
        // murmurhash3_32_gc computes the same for ASCII.
        QCOMPARE(FlameColors::murmur3(""), 0u);
        QCOMPARE(FlameColors::murmur3("", 1), 0x514e28b7u);
        QCOMPARE(FlameColors::murmur3("hello"), 0x248bfa47u);
        QCOMPARE(FlameColors::murmur3("The quick brown fox jumps over the lazy dog"), 0x2e4ff723u);
    }
    void packageNameFollowsPyroscopesGoRule()
    {
        QCOMPARE(FlameColors::packageName("runtime.mallocgc"), std::string_view("runtime."));
        QCOMPARE(FlameColors::packageName("net/http.(*conn).serve"), std::string_view("net/http."));
        QCOMPARE(FlameColors::packageName("github.com/foo/bar.Baz"), std::string_view("github.com/foo/bar."));
        QCOMPARE(FlameColors::packageName("main"), std::string_view("main"));
        QCOMPARE(FlameColors::packageName("std::vector<int>::push_back"), std::string_view("std::"));
        QCOMPARE(FlameColors::packageName("foo(bar::baz)"), std::string_view("foo(bar::baz)"));
    }
    void samePackageSameColourAcrossRuns()
    {
        QCOMPARE(FlameColors::packageColor("runtime.mallocgc"), FlameColors::packageColor("runtime.newobject"));
        // The colour is a pure function of the name: the palette index from murmur3.
        QCOMPARE(FlameColors::packageColor("runtime.mallocgc"),
                 FlameColors::paletteColor(int(FlameColors::murmur3("runtime.") % 24)));
        QCOMPARE(FlameColors::paletteColor(8), qRgb(183, 219, 171));
        QCOMPARE(FlameColors::paletteColor(23), qRgb(128, 110, 183));
    }
    void diffPercentIsPyroscopesFormula()
    {
        QCOMPARE(FlameColors::diffPercent(20, 100, 40, 100), 100.0);
        QCOMPARE(FlameColors::diffPercent(40, 100, 20, 100), -50.0);
        QCOMPARE(FlameColors::diffPercent(10, 100, 10, 100), 0.0);
        QCOMPARE(FlameColors::diffPercent(0, 100, 5, 100), 100.0); // new
        QCOMPARE(FlameColors::diffPercent(10, 100, 90, 100), 100.0); // clamped
        QCOMPARE(FlameColors::diffPercent(10, 100, 0, 100), -100.0); // removed
        // Shares are compared, not raw values: both sides 25%.
        QCOMPARE(FlameColors::diffPercent(25, 100, 50, 200), 0.0);
        // Shares round to 0.01% first: 1/30000 and 1/29999 are both 0.00%.
        QCOMPARE(FlameColors::diffPercent(1, 30000, 1, 29999), 0.0);
    }
    void diffColourScalesFromGreenThroughGreyToRed()
    {
        QCOMPARE(FlameColors::diffColor(0), qRgb(148, 142, 142));
        QCOMPARE(FlameColors::diffColor(100), qRgb(200, 0, 0));
        QCOMPARE(FlameColors::diffColor(-100), qRgb(0, 170, 0));
        QCOMPARE(FlameColors::diffColor(250), qRgb(200, 0, 0));
        QCOMPARE(FlameColors::diffColor(50), qRgb(174, 71, 71));
        QCOMPARE(FlameColors::diffColor(-100, FlameColors::DiffPalette::ColorBlind), qRgb(26, 133, 255));
    }
    void textIsBlackOrWhiteByContrast()
    {
        QCOMPARE(FlameColors::textColorFor(qRgb(255, 255, 255)), qRgb(0, 0, 0));
        QCOMPARE(FlameColors::textColorFor(qRgb(0, 0, 0)), qRgb(255, 255, 255));
        QCOMPARE(FlameColors::textColorFor(qRgb(0, 0, 170)), qRgb(255, 255, 255));
        QCOMPARE(FlameColors::textColorFor(qRgb(255, 230, 0)), qRgb(0, 0, 0));
        // Labels stay readable on every palette colour.
        for (int i = 0; i < FlameColors::paletteSize; ++i) {
            const QRgb c = FlameColors::paletteColor(i);
            QVERIFY(std::abs(qGray(c) - qGray(FlameColors::textColorFor(c))) > 90);
        }
    }
    void heatGoesFromYellowToRed()
    {
        const QColor cold = QColor::fromRgb(FlameColors::heatColor(0)), hot = QColor::fromRgb(FlameColors::heatColor(1));
        QVERIFY(cold.hslHue() >= 45 && cold.hslHue() <= 55);
        QVERIFY(hot.hslHue() <= 2 || hot.hslHue() >= 358);
        QVERIFY(hot.lightness() < cold.lightness());
        QCOMPARE(FlameColors::heatColor(-1), FlameColors::heatColor(0));
        QCOMPARE(FlameColors::heatColor(7), FlameColors::heatColor(1));
    }
};

PYROGRAPH_TEST_MAIN(tst_FlameColors)
#include "tst_flamecolors.moc"
