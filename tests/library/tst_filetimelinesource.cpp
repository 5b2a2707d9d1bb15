#include "tests/support/testregistry.h"

#include "librarytestutil.h"

#include "importers/inputstream.h"
#include "library/filetimelinesource.h"
#include "library/timelinesources.h"
#include "model/functiontable.h"

#include <QRegularExpression>
#include <QTest>

#include <map>

namespace {
// The file's samples per millisecond of perf's clock, counted from its header
// lines by a regex, apart from the importer's lexer.
std::map<qint64, qint64> samplesPerMs(const QString &path)
{
    QString error;
    std::unique_ptr<InputStream> input = InputStream::openFile(path, &error);
    const QString text = QString::fromUtf8(input->readAll());
    static const QRegularExpression header(QStringLiteral("^\\S.*\\s(\\d+)\\.(\\d{3})(\\d{3}): "),
                                           QRegularExpression::MultilineOption);
    std::map<qint64, qint64> counts;
    for (const QRegularExpressionMatch &m : header.globalMatch(text))
        ++counts[m.captured(1).toLongLong() * 1000 + m.captured(2).toLongLong()];
    return counts;
}

// Those samples per second of the source's time line: the first sample is at
// the recording's start ("captured on").
std::map<qint64, qint64> samplesPerSecond(const QString &path, qint64 startMs)
{
    const std::map<qint64, qint64> perMs = samplesPerMs(path);
    const qint64 offset = startMs - perMs.begin()->first;
    std::map<qint64, qint64> counts;
    for (const auto &[ms, count] : perMs)
        counts[(ms + offset) / 1000 * 1000] += count;
    return counts;
}
} // namespace

// A perf script file as a timeline: FlameScope's single-file mode.
class tst_FileTimelineSource : public QObject
{
    Q_OBJECT

    const QString m_perf =
        librarytest::corpus(QStringLiteral("perf-script/flamegraph-example-perf-stacks.txt.gz"));

private slots:
    void seriesCountsEachSecondsSamples()
    {
        QString error;
        const auto source = FileTimelineSource::open(m_perf, Progress::none(), &error);
        QVERIFY2(source, qPrintable(error));
        const std::vector<ProfileTypeId> types = source->profileTypes(*source->span());
        QCOMPARE(types.size(), size_t(1));
        QCOMPARE(types.front().sampleType, std::string("cycles"));
        const auto series = source->series(types.front(), {}, *source->span(), 1000, {}, &error);
        QVERIFY(series);
        QCOMPARE(series->size(), size_t(1));
        // "# captured on: Thu Jul  9 17:14:37 2015"
        QCOMPARE(source->span()->startMs, qint64(1436462077000));
        const std::map<qint64, qint64> expected = samplesPerSecond(m_perf, source->span()->startMs);
        QVERIFY(expected.size() > 5);
        QCOMPARE(series->front().points.size(), expected.size());
        qint64 total = 0;
        for (const SeriesPoint &p : series->front().points) {
            QCOMPARE(qint64(p.value), expected.at(p.timestampMs));
            total += qint64(p.value);
        }
        QCOMPARE(total, source->profile()->total(source->profile()->defaultSampleType()));
    }

    void aSecondMergesExactlyThatSecondsSamples()
    {
        QString error;
        const auto source = FileTimelineSource::open(m_perf, Progress::none(), &error);
        QVERIFY2(source, qPrintable(error));
        const ProfileTypeId type = source->profileTypes(*source->span()).front();
        const std::map<qint64, qint64> expected = samplesPerSecond(m_perf, source->span()->startMs);
        const auto second = std::next(expected.begin(), 3);
        const TimeRange range{second->first, second->first + 999};
        const ProfilePtr merged = source->merge(type, {}, range, &error);
        QVERIFY2(merged, qPrintable(error));
        QCOMPARE(merged->total(merged->defaultSampleType()), second->second);
        QVERIFY(merged->total(0) < source->profile()->total(0));
        // Two seconds merge to both seconds' samples.
        const ProfilePtr two = source->merge(type, {}, {range.startMs, range.endMs + 1000}, &error);
        QCOMPARE(two->total(0), second->second + std::next(second)->second);
        // The whole span is the file.
        QCOMPARE(source->merge(type, {}, *source->span(), &error)->total(0),
                 source->profile()->total(0));
        // Before the first sample: empty, not an error.
        const ProfilePtr none = source->merge(type, {}, {0, 1000}, &error);
        QVERIFY(none);
        QCOMPARE(none->total(0), qint64(0));
    }

    void selectorAndLabelsAreTheFileName()
    {
        QString error;
        const auto source = FileTimelineSource::open(m_perf, Progress::none(), &error);
        QVERIFY2(source, qPrintable(error));
        const TimeRange span = *source->span();
        QCOMPARE(source->labelValues("service_name", {}, span),
                 std::vector<std::string>{"flamegraph-example-perf-stacks"});
        const ProfileTypeId type = source->profileTypes(span).front();
        const auto other = LabelSelector::parse(R"({service_name="other"})", &error);
        QVERIFY(source->series(type, *other, span, 1000, {}, &error)->empty());
        QCOMPARE(source->merge(type, *other, span, &error)->total(0), qint64(0));
        const auto grouped = source->series(type, {}, span, 1000, {"service_name"}, &error);
        QCOMPARE(grouped->front().labels,
                 (Labels{{"service_name", "flamegraph-example-perf-stacks"}}));
    }

    void fileWithoutSampleTimesIsOnePoint()
    {
        QString error;
        const auto source = FileTimelineSource::open(
            librarytest::corpus(QStringLiteral("pprof/go-cpu.pb.gz")), Progress::none(), &error);
        QVERIFY2(source, qPrintable(error));
        const TimeRange span = *source->span();
        const std::vector<ProfileTypeId> types = source->profileTypes(span);
        QCOMPARE(int(types.size()), source->profile()->sampleTypeCount());
        const auto series = source->series(types.back(), {}, span, 1000, {}, &error);
        QCOMPARE(series->front().points.size(), size_t(1));
        QCOMPARE(qint64(series->front().points.front().value),
                 source->profile()->total(source->profile()->sampleTypeCount() - 1));
        QCOMPARE(source->merge(types.back(), {}, span, &error), source->profile());
    }

    void chromeSampleTimesAreNotCutYet()
    {
        // Its importer keeps sample times, but only perf script is cut by time:
        // one point, and a range inside the file is the whole profile, not a
        // slice that would pretend to be one.
        QString error;
        const auto source = FileTimelineSource::open(
            librarytest::corpus(QStringLiteral("chrome/node10-example.cpuprofile")),
            Progress::none(), &error);
        QVERIFY2(source, qPrintable(error));
        QVERIFY(!source->profile()->metadata().sampleTimes.isEmpty());
        QVERIFY(!source->timesEachSample());
        const TimeRange span = *source->span();
        const ProfileTypeId type = source->profileTypes(span).front();
        QCOMPARE(source->series(type, {}, span, 1, {}, &error)->front().points.size(), size_t(1));
        QCOMPARE(source->merge(type, {}, {span.startMs, span.startMs}, &error), source->profile());
    }

    void severalFilesEachAtItsTime()
    {
        // The perf file (2015) and a pprof profile (its own time_nanos) as one timeline.
        QString error;
        const QString pprof = librarytest::corpus(QStringLiteral("pprof/go-cpu.pb.gz"));
        const auto set =
            TimelineSources::open(QStringList{m_perf, pprof}, Progress::none(), &error);
        QVERIFY2(set, qPrintable(error));
        const auto perf = FileTimelineSource::open(m_perf, Progress::none(), &error);
        const auto go = FileTimelineSource::open(pprof, Progress::none(), &error);
        const TimeRange span = *set->span();
        QCOMPARE(span.startMs, std::min(perf->span()->startMs, go->span()->startMs));
        QCOMPARE(span.endMs, std::max(perf->span()->endMs, go->span()->endMs));
        QCOMPARE(set->labelValues("service_name", {}, span),
                 (std::vector<std::string>{"flamegraph-example-perf-stacks", "go-cpu"}));
        // The perf file's type: its series and merges are the perf file's alone.
        const ProfileTypeId cycles = perf->profileTypes(*perf->span()).front();
        const auto series = set->series(cycles, {}, span, 1000, {}, &error);
        QCOMPARE(series->size(), size_t(1));
        double sum = 0;
        for (const SeriesPoint &p : series->front().points)
            sum += p.value;
        QCOMPARE(qint64(sum), perf->profile()->total(0));
        QCOMPARE(set->merge(cycles, {}, span, &error)->total(0), perf->profile()->total(0));
        // The go profile's sample type comes from it alone, at its time.
        const ProfileTypeId goType = go->profileTypes(*go->span()).back();
        QCOMPARE(set->merge(goType, {}, *go->span(), &error)
                     ->total(go->profile()->sampleTypeIndex(goType.sampleType)),
                 go->profile()->total(go->profile()->sampleTypeIndex(goType.sampleType)));
        const auto byFile = set->series(goType, {}, span, 1000, {"service_name"}, &error);
        QCOMPARE(byFile->size(), size_t(1));
        QCOMPARE(byFile->front().labels, (Labels{{"service_name", "go-cpu"}}));
        QVERIFY(!TimelineSources::open(QStringList{m_perf, QStringLiteral("/nonexistent")},
                                       Progress::none(), &error));
    }

    void opensByContent()
    {
        QString error;
        QVERIFY(!TimelineSources::isLibraryFile(m_perf));
        const auto source = TimelineSources::open(m_perf, Progress::none(), &error);
        QVERIFY2(dynamic_cast<const FileTimelineSource *>(source.get()), qPrintable(error));
        QVERIFY(
            !TimelineSources::open(QStringLiteral("/nonexistent.txt"), Progress::none(), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent.txt")));
    }
};

PYROGRAPH_TEST_MAIN(tst_FileTimelineSource)
#include "tst_filetimelinesource.moc"
