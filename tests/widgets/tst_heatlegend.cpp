#include "tests/support/testregistry.h"

#include "widgets/heatlegend.h"
#include "widgets/render/flamecolors.h"

#include <QTest>

namespace {
// The colour at a share of the largest self, read from the middle of the gradient bar.
QRgb colourAt(HeatLegend &legend, double share)
{
    const QImage image = legend.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const QRect bar = legend.gradientRect();
    return image.pixel(int(legend.xForShare(share) * dpr),
                       int((bar.top() + bar.height() / 2) * dpr))
        | 0xff000000u;
}
} // namespace

class tst_HeatLegend : public QObject
{
    Q_OBJECT
private slots:
    void gradientIsTheBoxColours()
    {
        HeatLegend legend;
        legend.resize(600, legend.sizeHint().height());
        legend.setScale(1000, "count");
        for (double share : {0.0, 0.25, 0.5, 0.75, 1.0})
            QCOMPARE(colourAt(legend, share), FlameColors::heatColor(share));
        // Cold is pale yellow, hot is red.
        QVERIFY(qRed(colourAt(legend, 1.0)) > 200 && qGreen(colourAt(legend, 1.0)) < 60);
        QVERIFY(qGreen(colourAt(legend, 0.0)) > 200);
    }
    void ticksCarryTheValuesInTheUnit()
    {
        HeatLegend legend;
        legend.setScale(2'000'000'000, "nanoseconds");
        QCOMPARE(legend.tickText(1.0), QStringLiteral("2.00 s"));
        QCOMPARE(legend.tickText(0.5), QStringLiteral("1.00 s"));
        QCOMPARE(legend.tickText(0.0), QStringLiteral("0 ns"));
        QVERIFY(legend.toolTip().contains(QStringLiteral("2.00 s")));
        legend.setScale(4096, "bytes");
        QCOMPARE(legend.tickText(1.0), QStringLiteral("4.00 KB"));
    }
    void ticksAndTheirTextAreDrawn()
    {
        HeatLegend legend;
        legend.resize(600, legend.sizeHint().height());
        legend.setScale(1000, "count");
        const QImage image = legend.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const qreal dpr = image.devicePixelRatio();
        const QRgb background = legend.palette().color(QPalette::Window).rgb();
        // Under each tick mark, the text: pixels other than the background below the bar.
        const QRect bar = legend.gradientRect();
        for (double share : HeatLegend::tickShares()) {
            const int x = legend.xForShare(share);
            int ink = 0;
            for (int y = bar.bottom() + 5; y < legend.height(); ++y)
                for (int dx = -6; dx <= 6; ++dx)
                    if (image.pixel(int((x + dx) * dpr), int(y * dpr)) != background)
                        ++ink;
            QVERIFY2(ink > 5, qPrintable(QString::number(share)));
        }
        // And the caption left of the bar.
        int ink = 0;
        for (int x = 0; x < bar.left(); ++x)
            if (image.pixel(int(x * dpr), int((legend.height() / 2) * dpr)) != background)
                ++ink;
        QVERIFY(ink > 2);
    }
};

PYROGRAPH_TEST_MAIN(tst_HeatLegend)
#include "tst_heatlegend.moc"
