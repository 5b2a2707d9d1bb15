#include "tests/support/testregistry.h"

#include "app/cli/exportformat.h"

#include <QTest>

// The one table from a file name's extension to the format written.
class tst_ExportFormat : public QObject
{
    Q_OBJECT
private slots:
    void lookupIsByTheLongestExtension()
    {
        QCOMPARE(ExportFormats::forPath(QStringLiteral("/x/out.FOLDED")), ExportFormat::Folded);
        QCOMPARE(ExportFormats::forPath(QStringLiteral("a.pb.gz")), ExportFormat::Pprof);
        QCOMPARE(ExportFormats::forPath(QStringLiteral("a.json")), ExportFormat::Flamebearer);
        QCOMPARE(ExportFormats::forPath(QStringLiteral("a.speedscope.json")), ExportFormat::Speedscope);
        QCOMPARE(ExportFormats::forPath(QStringLiteral("a.SVG")), ExportFormat::Svg);
        QCOMPARE(ExportFormats::forPath(QStringLiteral("a.htm")), ExportFormat::Html);
        QCOMPARE(ExportFormats::forPath(QStringLiteral("a.html")), ExportFormat::Html);
        QCOMPARE(ExportFormats::forPath(QStringLiteral("a.png")), ExportFormat::Png);
    }

    void unknownExtensionsHaveNoFormat()
    {
        QVERIFY(!ExportFormats::forPath(QStringLiteral("out.folded.txt")));
        QVERIFY(!ExportFormats::forPath(QStringLiteral("out")));
        QVERIFY(!ExportFormats::forPath(QStringLiteral("a.gz")));
        QVERIFY(!ExportFormats::forPath(QStringLiteral("a.svgz")));
    }

    void eachFormatsExtensionFindsItself()
    {
        for (ExportFormat f : {ExportFormat::Folded, ExportFormat::Flamebearer, ExportFormat::Pprof,
                               ExportFormat::Speedscope, ExportFormat::Svg, ExportFormat::Html, ExportFormat::Png}) {
            const QString ext = ExportFormats::extension(f);
            QVERIFY(ext.startsWith(u'.'));
            QCOMPARE(ExportFormats::forPath(QStringLiteral("a") + ext), f);
        }
    }

    void onlyTheDrawnFormatsAreFlameGraphs()
    {
        QVERIFY(ExportFormats::isFlameGraph(ExportFormat::Svg));
        QVERIFY(ExportFormats::isFlameGraph(ExportFormat::Png));
        QVERIFY(!ExportFormats::isFlameGraph(ExportFormat::Pprof));
        QVERIFY(!ExportFormats::isFlameGraph(ExportFormat::Folded));
    }
};

PYROGRAPH_TEST_MAIN(tst_ExportFormat)
#include "tst_exportformat.moc"
