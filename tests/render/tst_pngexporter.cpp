#include "tests/support/testregistry.h"

#include "exporttestutil.h"

#include "model/searchquery.h"
#include "model/searchresult.h"
#include "widgets/render/flamecolors.h"
#include "widgets/render/pngexporter.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The colour at the middle of a logical pixel.
QRgb at(const QImage &image, double x, double y)
{
    const double dpr = image.devicePixelRatio();
    return image.pixel(int(x * dpr), int(y * dpr)) | 0xff000000u;
}
} // namespace

class tst_PngExporter : public QObject
{
    Q_OBJECT
private slots:
    void graphHeightHoldsEveryRow()
    {
        // 40 frames deep under the root: taller than a window of 300 px.
        std::vector<std::string> frames;
        for (int i = 0; i < 40; ++i)
            frames.push_back("f" + std::to_string(i));
        const ProfilePtr p = exporttest::build({{frames, {1}}});
        const int row =
            std::max(18, int(std::ceil(QFontMetricsF(QGuiApplication::font()).height())) + 6);
        ExportOptions options;
        options.width = 400;
        QCOMPARE(PngExporter::graphHeight(*p, options), 41 * row);
        // Zoomed, the ancestors still take their rows.
        options.zoomRoot = p->findPath({"f0", "f1", "f2"});
        QVERIFY(options.zoomRoot.isValid());
        QCOMPARE(PngExporter::graphHeight(*p, options), 41 * row);
        // At that height the deepest frame is in the picture's top row, at 300 px it is cut off.
        options.height = PngExporter::graphHeight(*p, options);
        QCOMPARE(at(PngExporter::render(*p, options), 200, row / 2.0),
                 FlameColors::packageColor("f39"));
        options.height = 300;
        const int cut = (300 - row / 2) / row; // the row at the top of a 300 px picture
        QCOMPARE(at(PngExporter::render(*p, options), 200, row / 2.0),
                 FlameColors::packageColor("f" + std::to_string(cut - 1)));
    }
    void drawsTheLayoutAtTheChosenSizeAndScale()
    {
        const ProfilePtr p = exporttest::build({{{"main", "a"}, {3}}, {{"main", "b"}, {1}}});
        ExportOptions options;
        options.width = 400;
        options.height = 300;
        options.scale = 2;
        const QImage image = PngExporter::render(*p, options);
        QCOMPARE(image.size(), QSize(800, 600));
        QCOMPARE(image.devicePixelRatio(), 2.0);
        // Flame: the root row at the bottom, "a" (3/4 of the width) two rows up.
        const int row = std::max(18, int(std::ceil(QFontMetricsF(QGuiApplication::font()).height())) + 6);
        const QRgb rootColor = FlameColors::packageColor(p->name(NodeId(0)));
        QCOMPARE(at(image, 2, 300 - row / 2.0), rootColor);
        QCOMPARE(at(image, 2, 300 - 2.5 * row), FlameColors::packageColor("a"));
        QCOMPARE(at(image, 350, 300 - 2.5 * row), FlameColors::packageColor("b"));
        // Above the deepest row: background.
        QCOMPARE(at(image, 200, 10), qRgb(255, 255, 255));
    }
    void icicleZoomAndSearchAreTheViewsState()
    {
        const ProfilePtr p = exporttest::build({{{"main", "a", "x"}, {3}}, {{"main", "b"}, {1}}});
        ExportOptions options;
        options.width = 400;
        options.height = 200;
        options.orientation = FlameOrientation::Icicle;
        options.zoomRoot = p->findPath({"main", "a"});
        QVERIFY(options.zoomRoot.isValid());
        QString error;
        options.search = SearchResult::run(*p, SearchQuery::regex(QStringLiteral("^x$"), &error));
        const QImage image = PngExporter::render(*p, options);
        QVERIFY(!image.isNull());
        const int row = std::max(18, int(std::ceil(QFontMetricsF(QGuiApplication::font()).height())) + 6);
        // Rows from the top: root and main (ancestors, faded and dimmed), a (the
        // zoom root, full width, dimmed: no match), x (the match, in colour).
        QCOMPARE(at(image, 390, 2.5 * row), FlameColors::dimmedColor());
        QCOMPARE(at(image, 390, 3.5 * row), FlameColors::packageColor("x"));
        QCOMPARE(at(image, 2, 0.5 * row), FlameColors::mix(FlameColors::dimmedColor(), qRgb(255, 255, 255), 0.45));
    }
    void writesAPngFile()
    {
        const ProfilePtr p = exporttest::build({{{"main", "a"}, {3}}});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.png"));
        ExportOptions options;
        options.width = 320;
        options.height = 200;
        QString error;
        QVERIFY2(PngExporter::write(*p, options, path, Progress::none(), &error)
                     == JobOutcome::Done,
                 qPrintable(error));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(320, 200));
    }
    void refusesAnUnusableSize()
    {
        const ProfilePtr p = exporttest::build({{{"main", "a"}, {3}}});
        ExportOptions options;
        options.width = 40000;
        options.height = 10;
        QVERIFY(PngExporter::render(*p, options).isNull());
        QString error;
        QTemporaryDir dir;
        QCOMPARE(PngExporter::write(*p, options, dir.filePath(QStringLiteral("x.png")),
                                    Progress::none(), &error),
                 JobOutcome::Failed);
        QVERIFY(error.contains(QStringLiteral("40000x10")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }
};

PYROGRAPH_TEST_MAIN(tst_PngExporter)
#include "tst_pngexporter.moc"
