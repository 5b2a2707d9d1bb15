#include "tests/support/testregistry.h"

#include "exporttestutil.h"

#include "importers/profilereader.h"
#include "model/diffmetrics.h"
#include "model/functiontable.h"
#include "widgets/render/flamecolors.h"
#include "widgets/render/htmlexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {
QJsonObject data(const Profile &p, const ExportOptions &options = ExportOptions())
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(HtmlExporter::dataJson(p, options)), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return doc.object();
}

// The kept nodes as "name depth total/self" lines, in pre-order.
QStringList nodes(const QJsonObject &d)
{
    QStringList out;
    const QJsonArray names = d[u"names"].toArray(), name = d[u"name"].toArray(), depth = d[u"depth"].toArray();
    for (qsizetype i = 0; i < name.size(); ++i) {
        QString line = names[name[i].toInt()].toString() + u' ' + QString::number(depth[i].toInt());
        if (d[u"diff"].toBool())
            line += u' ' + QString::number(d[u"base"][i].toInteger()) + u'|' + QString::number(d[u"comp"][i].toInteger());
        else
            line += u' ' + QString::number(d[u"total"][i].toInteger()) + u'/' + QString::number(d[u"self"][i].toInteger());
        out << line;
    }
    return out;
}

// The text of the data element, as the browser sees it: from the opening tag
// to the first "</script" (an HTML parser looks for nothing else).
QByteArray dataElement(const QByteArray &page)
{
    const QByteArray open = "<script type=\"application/json\" id=\"pyrograph-data\">";
    const qsizetype start = page.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = page.indexOf("</script", start);
    return page.mid(start + open.size(), end - start - open.size());
}
} // namespace

class tst_HtmlExporter : public QObject
{
    Q_OBJECT
private slots:
    void treeAsPreOrderArrays()
    {
        const ProfilePtr p = exporttest::build({{{"main", "a"}, {3}}, {{"main", "b"}, {1}}, {{"main", "a", "c"}, {2}}});
        const QJsonObject d = data(*p);
        QCOMPARE(d[u"diff"].toBool(), false);
        QCOMPARE(d[u"unit"].toString(), QStringLiteral("count"));
        QCOMPARE(d[u"nodeCount"].toInt(), 5);
        QCOMPARE(nodes(d), QStringList({QStringLiteral("total 0 6/0"), QStringLiteral("main 1 6/0"),
                                        QStringLiteral("a 2 5/3"), QStringLiteral("c 3 2/2"), QStringLiteral("b 2 1/1")}));
        // The package colour index of each name, as FlameColors picks it.
        const QJsonArray names = d[u"names"].toArray();
        for (qsizetype i = 0; i < names.size(); ++i) {
            const std::string n = names[i].toString().toStdString();
            QCOMPARE(d[u"nameColor"][i].toInt(), int(FlameColors::murmur3(FlameColors::packageName(n)) % 24));
        }
        // The colour table: the palette, merged, dimmed, then 201 diff colours.
        const QJsonArray colors = d[u"colors"].toArray();
        QCOMPARE(colors.size(), 24 + 2 + 201);
        QCOMPARE(colors[3][0].toString(), QColor::fromRgb(FlameColors::paletteColor(3)).name());
        QCOMPARE(colors[26 + 200][0].toString(), QColor::fromRgb(FlameColors::diffColor(100)).name());
        QCOMPARE(colors[26][1].toString(), QColor::fromRgb(FlameColors::textColorFor(FlameColors::diffColor(-100))).name());
    }
    // The heat scheme: each box's colour is the window's and the SVG's (its
    // self over the largest self of the whole tree), not the package colour.
    void heatColoursEveryNodeAsTheSvgDoes()
    {
        const ProfilePtr p = exporttest::build(
            {{{"main", "a"}, {3}}, {{"main", "b"}, {1}}, {{"main", "a", "c"}, {6}}});
        ExportOptions options;
        options.scheme = FlameColorScheme::Heat;
        const QJsonObject d = data(*p, options);
        const QJsonArray heat = d[u"heat"].toArray(), colors = d[u"colors"].toArray();
        QCOMPARE(heat.size(), d[u"name"].toArray().size());
        QCOMPARE(heat.size(), 5);
        // Pre-order: total, main, a, c, b; selfs 0, 0, 3, 6, 1 over the largest, 6.
        const double shares[] = {0, 0, 0.5, 1, 1.0 / 6};
        for (qsizetype i = 0; i < heat.size(); ++i)
            QCOMPARE(colors[heat[i].toInt()][0].toString(),
                     QColor::fromRgb(FlameColors::heatColor(shares[i])).name());
        // Equal colours share an entry after the 24 + 2 + 201 of every page.
        QCOMPARE(heat[0].toInt(), 24 + 2 + 201);
        QCOMPARE(heat[1].toInt(), heat[0].toInt());
        QCOMPARE(colors.size(), 24 + 2 + 201 + 4);
        // The package scheme has no heat array.
        QVERIFY(!data(*p).contains(u"heat"));
    }
    void functionTableIsExact()
    {
        // Recursion counted once per stack, as FunctionTable does.
        const ProfilePtr p = exporttest::build({{{"main", "f", "f"}, {4}}, {{"main", "g"}, {1}}});
        const QJsonObject d = data(*p);
        const QJsonObject fn = d[u"functions"].toObject();
        const QJsonArray names = d[u"names"].toArray();
        QHash<QString, QPair<qint64, qint64>> rows;
        for (qsizetype i = 0; i < fn[u"name"].toArray().size(); ++i)
            rows.insert(names[fn[u"name"][i].toInt()].toString(), {fn[u"self"][i].toInteger(), fn[u"total"][i].toInteger()});
        QCOMPARE(rows.value(QStringLiteral("f")), qMakePair(qint64(4), qint64(4)));
        QCOMPARE(rows.value(QStringLiteral("g")), qMakePair(qint64(1), qint64(1)));
        QCOMPARE(rows.value(QStringLiteral("main")), qMakePair(qint64(0), qint64(5)));
    }
    void narrowNodesAreNotEmbedded()
    {
        // "tiny" is 1 in 100,000 (under 1/20000); its subtree goes with it.
        const ProfilePtr p = exporttest::build({{{"main", "big"}, {99999}}, {{"main", "tiny", "deeper"}, {1}}});
        const QJsonObject d = data(*p);
        const QStringList kept = nodes(d);
        QCOMPARE(kept.size(), 3);
        QVERIFY(!kept.join(u'\n').contains(QStringLiteral("tiny")));
        QCOMPARE(d[u"keptCount"].toInt(), 3);
        QCOMPARE(d[u"nodeCount"].toInt(), 5);
        // main's self stays exact: the pruned child is not counted as self.
        QVERIFY(kept.contains(QStringLiteral("main 1 100000/0")));
        // With no minimum share, everything is there.
        ExportOptions all;
        all.htmlMinShare = 0;
        QCOMPARE(nodes(data(*p, all)).size(), 5);
    }
    void diffCarriesBothSidesAndTheChange()
    {
        const ProfilePtr p = exporttest::build({{{"main", "a"}, {10, 30}}, {{"main", "b"}, {10, 0}}},
                                               {{"baseline", "count"}, {"comparison", "count"}}, true);
        const QJsonObject d = data(*p);
        QCOMPARE(d[u"diff"].toBool(), true);
        QCOMPARE(d[u"baselineTotal"].toInteger(), 20);
        QCOMPARE(d[u"comparisonTotal"].toInteger(), 30);
        QCOMPARE(nodes(d), QStringList({QStringLiteral("total 0 20|30"), QStringLiteral("main 1 20|30"),
                                        QStringLiteral("a 2 10|30"), QStringLiteral("b 2 10|0")}));
        const QJsonArray change = d[u"change"].toArray();
        QCOMPARE(change[2].toDouble(), DiffMetrics::changePercent(10, 20, 30, 30, DiffMode::Relative, false));
        QCOMPARE(change[3].toDouble(), -100.0);
        const QJsonObject fn = d[u"functions"].toObject();
        QVERIFY(fn.contains(u"baseSelf") && fn.contains(u"compTotal") && fn.contains(u"change"));
    }
    void hostileNamesCannotEscapeTheDataElement()
    {
        const ProfilePtr p = exporttest::hostileProfile();
        ExportOptions options;
        options.title = QStringLiteral("</title><script>alert(3)</script>");
        const QByteArray page = QByteArray::fromStdString(HtmlExporter::render(*p, options));
        QVERIFY(!page.isEmpty());
        QVERIFY(QString::fromUtf8(page).toUtf8() == page); // valid UTF-8 throughout
        // Exactly our two script elements end; nothing the data holds ends one.
        QCOMPARE(page.count("</script"), 2);
        QCOMPARE(page.count("<script"), 2);
        QVERIFY(!page.contains("alert(1)</script>"));
        QVERIFY(!page.contains("<!--")); // nor starts a comment that would swallow the end tag
        const QByteArray json = dataElement(page);
        QVERIFY(!json.contains('<') && !json.contains('>') && !json.contains('&'));
        QVERIFY(!json.contains("\xe2\x80\xa8"));
        // And the data reads back as the names, literally.
        QJsonParseError error;
        const QJsonObject d = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QStringList names;
        for (const QJsonValue &v : d[u"names"].toArray())
            names << v.toString();
        QVERIFY(names.contains(QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(names.contains(QStringLiteral("]]>")));
        QVERIFY(names.contains(QStringLiteral("a&b&amp;")));
        QVERIFY(names.contains(QStringLiteral("bad\uFFFD\uFFFD utf8 \uFFFD\uFFFD")));
        QVERIFY(names.contains(QStringLiteral("sep\u2028line")));
        QCOMPARE(d[u"title"].toString(), options.title);
        QVERIFY(page.contains("<title>&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;</title>"));
    }
    void progressOnlyMovesForward()
    {
        struct Recorder : Progress
        {
            std::vector<double> fractions;
            void report(double f) override { fractions.push_back(f); }
        } recorder;
        ProfileReader reader;
        const ImportResult imported = reader.readFile(QStringLiteral(PYROGRAPH_CORPUS_DIR "/pprof/pprof-large.cpu.pb.gz"),
                                                      Progress::none());
        QVERIFY2(imported.isOk(), qPrintable(imported.error));
        QVERIFY(!HtmlExporter::render(*imported.profile, ExportOptions(), recorder).empty());
        QVERIFY(recorder.fractions.size() >= 3);
        QVERIFY(std::is_sorted(recorder.fractions.begin(), recorder.fractions.end()));
        QCOMPARE(recorder.fractions.back(), 1.0);
    }
    void pageIsSelfContained()
    {
        ProfileReader reader;
        const ImportResult imported = reader.readFile(QStringLiteral(PYROGRAPH_CORPUS_DIR "/pprof/go-cpu.pb.gz"),
                                                      Progress::none());
        QVERIFY2(imported.isOk(), qPrintable(imported.error));
        ExportOptions options;
        options.sampleType = imported.profile->defaultSampleType();
        const QString page = QString::fromStdString(HtmlExporter::render(*imported.profile, options));
        // No reference to anything outside the file: no src/href attributes,
        // no url(), no import; and the policy forbids fetching at all.
        QVERIFY(!page.contains(QRegularExpression(QStringLiteral("\\s(src|href)\\s*="))));
        QVERIFY(!page.contains(QStringLiteral("url(")));
        QVERIFY(!page.contains(QStringLiteral("@import")));
        QVERIFY(page.contains(QStringLiteral("default-src 'none'")));
        QVERIFY(page.contains(QStringLiteral("\"keptCount\"")));
        QVERIFY(!page.contains(QStringLiteral("{{"))); // every placeholder filled
    }
};

PYROGRAPH_TEST_MAIN(tst_HtmlExporter)
#include "tst_htmlexporter.moc"
