#include "tests/support/testregistry.h"

#include "exporttestutil.h"

#include "importers/profilereader.h"
#include "model/diffbuilder.h"
#include "model/diffmetrics.h"
#include "model/flamelayout.h"
#include "widgets/render/flamecolors.h"
#include "widgets/render/svgexporter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
// One drawn box of an exported SVG, read back with an XML parser.
struct SvgBox
{
    QString title;
    double x = 0, y = 0, width = 0;
    qint64 fgX = 0, fgW = 0;
    QString fill;
    QString label;
    bool merged = false;
};

struct ParsedSvg
{
    QString error;
    QList<SvgBox> boxes;
    int scripts = 0;
    QString scriptText;
    double height = 0;
};

ParsedSvg parse(const std::string &svg)
{
    ParsedSvg out;
    QXmlStreamReader xml(QByteArray::fromStdString(svg));
    int framesDepth = -1, depth = 0;
    SvgBox *box = nullptr;
    QString element;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const auto a = xml.attributes();
            element = xml.name().toString();
            if (element == u"svg")
                out.height = a.value(QStringLiteral("height")).toDouble();
            if (element == u"script")
                ++out.scripts;
            if (element == u"g" && a.value(QStringLiteral("id")) == u"frames")
                framesDepth = depth;
            else if (element == u"g" && framesDepth > 0 && depth == framesDepth + 1) {
                out.boxes.append(SvgBox());
                box = &out.boxes.last();
                box->merged = a.value(QStringLiteral("class")) == u"m";
            } else if (element == u"rect" && box) {
                box->x = a.value(QStringLiteral("x")).toDouble();
                box->y = a.value(QStringLiteral("y")).toDouble();
                box->width = a.value(QStringLiteral("width")).toDouble();
                box->fill = a.value(QStringLiteral("fill")).toString();
                box->fgX = a.value(QStringLiteral("http://github.com/jonhoo/inferno"), QStringLiteral("x")).toLongLong();
                box->fgW = a.value(QStringLiteral("http://github.com/jonhoo/inferno"), QStringLiteral("w")).toLongLong();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"g" && framesDepth > 0 && depth == framesDepth + 1)
                box = nullptr;
            if (depth == framesDepth)
                framesDepth = -1;
            --depth;
            element.clear();
        } else if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference) {
            if (box && element == u"title")
                box->title += xml.text();
            else if (box && element == u"text")
                box->label += xml.text();
            else if (element == u"script")
                out.scriptText += xml.text();
        }
    }
    if (xml.hasError())
        out.error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return out;
}

QString lint(const std::string &svg, const QString &name)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ") + path;
    f.write(svg.data(), qint64(svg.size()));
    f.close();
    return exporttest::xmllint(path);
}

const SvgBox *findBox(const ParsedSvg &svg, const QString &name)
{
    for (const SvgBox &b : svg.boxes)
        if (b.title.startsWith(name + QStringLiteral(" (")))
            return &b;
    return nullptr;
}

QString hex(QRgb c)
{
    return QStringLiteral("#%1").arg(c & 0xffffff, 6, 16, QLatin1Char('0'));
}
} // namespace

class tst_SvgExporter : public QObject
{
    Q_OBJECT
private slots:
    void oneBoxPerLaidOutNodeWithValueOffsets()
    {
        const ProfilePtr p = exporttest::build({{{"main", "a"}, {3}}, {{"main", "b"}, {1}}, {{"main", "a", "c"}, {2}}});
        const std::string svg = SvgExporter::render(*p, ExportOptions());
        QCOMPARE(lint(svg, QStringLiteral("small.svg")), QString());
        const ParsedSvg parsed = parse(svg);
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.scripts, 1);
        // root, main, a, b, c
        QCOMPARE(parsed.boxes.size(), 5);
        const SvgBox *a = findBox(parsed, QStringLiteral("a"));
        const SvgBox *b = findBox(parsed, QStringLiteral("b"));
        const SvgBox *c = findBox(parsed, QStringLiteral("c"));
        QVERIFY(a && b && c);
        QCOMPARE(a->fgX, 0);
        QCOMPARE(a->fgW, 5);
        QCOMPARE(b->fgX, 5);
        QCOMPARE(b->fgW, 1);
        QCOMPARE(c->fgX, 0);
        QCOMPARE(c->fgW, 2);
        // 1180 px for 6 samples: a is 983.33 px wide and starts at the left margin.
        QCOMPARE(a->x, 10.0);
        QCOMPARE(a->width, 983.33);
        QCOMPARE(b->x, 993.33);
        // Flame: children above their parents.
        QVERIFY(c->y < a->y);
        QVERIFY(a->title.contains(QStringLiteral("(5, 83.33%)")));
        QCOMPARE(a->fill, hex(FlameColors::packageColor("a")));
        QCOMPARE(a->label, QStringLiteral("a"));
    }
    void icicleHasTheRootOnTop()
    {
        const ProfilePtr p = exporttest::build({{{"main", "a"}, {3}}});
        ExportOptions options;
        options.orientation = FlameOrientation::Icicle;
        const ParsedSvg parsed = parse(SvgExporter::render(*p, options));
        QCOMPARE(parsed.error, QString());
        const SvgBox *main = findBox(parsed, QStringLiteral("main"));
        const SvgBox *a = findBox(parsed, QStringLiteral("a"));
        QVERIFY(main && a);
        QVERIFY(a->y > main->y);
    }
    void boxesBelowMinWidthAreLeftOut()
    {
        // "tiny" is 1 in 100,000: 0.0118 px of 1180, under flamegraph.pl's 0.1 px.
        const ProfilePtr p = exporttest::build({{{"main", "big"}, {99999}}, {{"main", "tiny"}, {1}}});
        const ParsedSvg byDefault = parse(SvgExporter::render(*p, ExportOptions()));
        QVERIFY(findBox(byDefault, QStringLiteral("big")));
        QVERIFY(!findBox(byDefault, QStringLiteral("tiny")));
        ExportOptions all;
        all.minWidth = 0;
        const ParsedSvg everything = parse(SvgExporter::render(*p, all));
        QVERIFY(findBox(everything, QStringLiteral("tiny")));
        QCOMPARE(everything.boxes.size(), byDefault.boxes.size() + 1);
    }
    void narrowSiblingsAreLeftOutLikeFlamegraphPl()
    {
        // 40 siblings of 1/100,000 each: none reaches 0.1 px alone (the app's
        // layout merges them into one box of 0.47 px); the SVG leaves them out.
        std::vector<exporttest::Stack> stacks{{{"main", "big"}, {99960}}};
        for (int i = 0; i < 40; ++i)
            stacks.push_back({{"main", "f" + std::to_string(i)}, {1}});
        const ProfilePtr p = exporttest::build(stacks);
        FlameLayout::Params params;
        params.width = 1180;
        params.minWidth = 0.1;
        const FlameLayout layout = FlameLayout::compute(*p, params);
        QCOMPARE(layout.size(), qsizetype(4)); // root, main, big, and the merged run
        QVERIFY(layout.isMerged(3));
        const ParsedSvg parsed = parse(SvgExporter::render(*p, ExportOptions()));
        QCOMPARE(parsed.boxes.size(), 3);
        QVERIFY(findBox(parsed, QStringLiteral("big")));
    }
    void hostileNamesAreDataNotMarkup()
    {
        const ProfilePtr p = exporttest::hostileProfile();
        ExportOptions options;
        options.title = QStringLiteral("<b>title</b> & \"x\"");
        const std::string svg = SvgExporter::render(*p, options);
        QCOMPARE(lint(svg, QStringLiteral("hostile.svg")), QString());
        const ParsedSvg parsed = parse(svg);
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.scripts, 1); // only ours
        QVERIFY(!parsed.scriptText.contains(QStringLiteral("alert")));
        const QByteArray bytes = QByteArray::fromStdString(svg);
        QVERIFY(!bytes.contains("<script>alert"));
        QCOMPARE(bytes.count("]]>"), 1); // the end of our own CDATA section
        QVERIFY(QString::fromUtf8(bytes).toUtf8() == bytes); // valid UTF-8 throughout
        // Every name reads back literally (invalid bytes as U+FFFD, controls too).
        QVERIFY(findBox(parsed, QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(findBox(parsed, QStringLiteral("]]>")));
        QVERIFY(findBox(parsed, QStringLiteral("\"double\" 'single'")));
        QVERIFY(findBox(parsed, QStringLiteral("a&b&amp;")));
        QVERIFY(findBox(parsed, QStringLiteral("bad\uFFFD\uFFFD utf8 \uFFFD\uFFFD")));
        QVERIFY(findBox(parsed, QStringLiteral("ctl\uFFFD\uFFFD")));
        QVERIFY(findBox(parsed, QStringLiteral("</script><script>alert(2)</script>")));
    }
    void diffUsesDiffColoursAndWidths()
    {
        // baseline: main;a 10, main;b 10; comparison: main;a 30, main;b 10.
        const ProfilePtr p = exporttest::build({{{"main", "a"}, {10, 30}}, {{"main", "b"}, {10, 10}}},
                                               {{"baseline", "count"}, {"comparison", "count"}}, true);
        QVERIFY(p->isDiff());
        const ParsedSvg parsed = parse(SvgExporter::render(*p, ExportOptions()));
        QCOMPARE(parsed.error, QString());
        const SvgBox *a = findBox(parsed, QStringLiteral("a"));
        const SvgBox *b = findBox(parsed, QStringLiteral("b"));
        QVERIFY(a && b);
        QCOMPARE(a->fgW, 40); // baseline + comparison
        QCOMPARE(b->fgW, 20);
        const double changeA = DiffMetrics::changePercent(10, 20, 30, 40);
        const double changeB = DiffMetrics::changePercent(10, 20, 10, 40);
        QCOMPARE(a->fill, hex(FlameColors::diffColor(changeA)));
        QCOMPARE(b->fill, hex(FlameColors::diffColor(changeB)));
        QVERIFY(changeA > 0 && changeB < 0);
        QVERIFY(a->title.contains(QStringLiteral("baseline 10")));
        QVERIFY(a->title.contains(QStringLiteral("comparison 30")));
        QVERIFY(a->title.contains(QStringLiteral("+50%")));
    }
    void corpusProfilesAreWellFormed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("go-cpu") << QStringLiteral("pprof/go-cpu.pb.gz");
        QTest::newRow("pprof-large") << QStringLiteral("pprof/pprof-large.cpu.pb.gz");
        QTest::newRow("inferno flames") << QStringLiteral("collapsed/inferno/base_flames.txt");
        QTest::newRow("tricky-stack") << QStringLiteral("collapsed/inferno/fractional-samples_tricky-stack.txt");
        QTest::newRow("perf") << QStringLiteral("perf-script/flamegraph-example-perf-stacks.txt.gz");
    }
    void corpusProfilesAreWellFormed()
    {
        QFETCH(QString, file);
        ProfileReader reader;
        const ImportResult imported = reader.readFile(QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + file, Progress::none());
        if (!imported.isOk())
            QFAIL(qPrintable(imported.error));
        ExportOptions options;
        options.sampleType = imported.profile->defaultSampleType();
        const std::string svg = SvgExporter::render(*imported.profile, options);
        QCOMPARE(lint(svg, QFileInfo(file).fileName() + QStringLiteral(".svg")), QString());
        const ParsedSvg parsed = parse(svg);
        QCOMPARE(parsed.error, QString());
        // As many boxes as the app's layout has unmerged ones at the same width and minimum.
        FlameLayout::Params params;
        params.sampleType = options.sampleType;
        params.width = 1180;
        params.minWidth = 0.1;
        const FlameLayout layout = FlameLayout::compute(*imported.profile, params);
        qsizetype single = 0;
        for (qsizetype i = 0; i < layout.size(); ++i)
            single += layout.isMerged(i) ? 0 : 1;
        QCOMPARE(qsizetype(parsed.boxes.size()), single);
        QVERIFY(parsed.boxes.size() >= 3);
        QCOMPARE(parsed.boxes.first().fgW, imported.profile->total(options.sampleType));
    }
    void diffOfCorpusProfilesIsWellFormed()
    {
        ProfileReader reader;
        const QString dir = QStringLiteral(PYROGRAPH_CORPUS_DIR "/collapsed/inferno/");
        const ImportResult a = reader.readFile(dir + QStringLiteral("diff-folded_before.txt"), Progress::none());
        const ImportResult b = reader.readFile(dir + QStringLiteral("diff-folded_after.txt"), Progress::none());
        QVERIFY(a.isOk() && b.isOk());
        const DiffResult d = DiffBuilder::build(*a.profile, 0, *b.profile, 0);
        QVERIFY(d.ok());
        const std::string svg = SvgExporter::render(*d.profile, ExportOptions());
        QCOMPARE(lint(svg, QStringLiteral("diff.svg")), QString());
        QVERIFY(svg.find("Differential Flame Graph") != std::string::npos);
    }
    void cancelGivesNothing()
    {
        struct Cancelled : Progress
        {
            bool isCanceled() const override { return true; }
        } cancelled;
        const ProfilePtr p = exporttest::build({{{"main", "a"}, {3}}});
        QVERIFY(SvgExporter::render(*p, ExportOptions(), cancelled).empty());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QCOMPARE(SvgExporter::write(*p, ExportOptions(), buffer, cancelled, &error),
                 JobOutcome::Cancelled);
        QVERIFY(error.isEmpty());
        QVERIFY(buffer.data().isEmpty());
    }
};

PYROGRAPH_TEST_MAIN(tst_SvgExporter)
#include "tst_svgexporter.moc"
