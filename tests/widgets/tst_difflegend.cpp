#include "tests/support/testregistry.h"

#include "widgets/difflegend.h"

#include <QTest>

namespace {
// Colour at a change percent, read from the middle of the gradient bar.
QRgb colourAt(DiffLegend &legend, double percent)
{
    const QImage image = legend.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const QRect bar = legend.gradientRect();
    return image.pixel(int(legend.xForPercent(percent) * dpr), int((bar.top() + bar.height() / 2) * dpr));
}

bool near(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) <= 3 && std::abs(qGreen(a) - qGreen(b)) <= 3 && std::abs(qBlue(a) - qBlue(b)) <= 3;
}
} // namespace

class tst_DiffLegend : public QObject
{
    Q_OBJECT
private slots:
    void gradientIsTheBoxColours()
    {
        DiffLegend legend;
        legend.resize(800, legend.sizeHint().height());
        for (double p : {-100.0, -50.0, 0.0, 40.0, 100.0})
            QVERIFY2(near(colourAt(legend, p), FlameColors::diffColor(p)), qPrintable(QString::number(p)));
        QCOMPARE(qRgb(qRed(colourAt(legend, -100)), qGreen(colourAt(legend, -100)), qBlue(colourAt(legend, -100))),
                 qRgb(0, 170, 0));
        QCOMPARE(colourAt(legend, 100) & 0xffffff, qRgb(200, 0, 0) & 0xffffff);
    }
    void colourBlindPalette()
    {
        DiffLegend legend;
        legend.resize(800, legend.sizeHint().height());
        legend.setDiffPalette(FlameColors::DiffPalette::ColorBlind);
        QCOMPARE(colourAt(legend, -100) & 0xffffff, qRgb(26, 133, 255) & 0xffffff);
        QCOMPARE(colourAt(legend, 100) & 0xffffff, qRgb(220, 50, 32) & 0xffffff);
        QCOMPARE(colourAt(legend, 0) & 0xffffff, qRgb(148, 142, 142) & 0xffffff);
    }
    void ticksFollowTheWidth()
    {
        DiffLegend legend;
        legend.resize(900, legend.sizeHint().height());
        QCOMPARE(legend.ticks().size(), size_t(13));
        legend.resize(320, legend.sizeHint().height());
        QCOMPARE(legend.ticks(), (std::vector<int>{-100, -40, -20, 0, 20, 40, 100}));
        // The scale is linear and symmetric.
        const QRect bar = legend.gradientRect();
        QCOMPARE(legend.xForPercent(-100), bar.left());
        QCOMPARE(legend.xForPercent(100), bar.right());
        QVERIFY(std::abs(legend.xForPercent(0) - bar.center().x()) <= 1);
    }
};

PYROGRAPH_TEST_MAIN(tst_DiffLegend)
#include "tst_difflegend.moc"
