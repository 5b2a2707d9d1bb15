#include "jfrimporter.h"

#include "inputstream.h"
#include "jfrrecordingreader.h"

#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <numeric>
#include <unordered_map>

namespace {
// lupdate files Text::tr("...") under JfrImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JfrImporter)
};
} // namespace

QString JfrImporter::formatName() const
{
    return QStringLiteral("jfr");
}

bool JfrImporter::probe(std::string_view head) const
{
    return JfrRecordingReader::probe(head);
}

ImportResult JfrImporter::read(InputStream &input, Progress &progress) const
{
    const QByteArray bytes = input.readAll();
    if (!input.error().isEmpty())
        return ImportResult::failure(input.error());
    QString error;
    const auto recording =
        JfrRecordingReader::read(std::string_view(bytes.constData(), size_t(bytes.size())),
                                 input.source(), progress, &error);
    if (progress.isCanceled())
        return ImportResult::cancellation();
    if (!recording)
        return ImportResult::failure(error);
    QString limit;
    ProfilePtr profile = profileOf(*recording, Selection{}, input.source(), &limit);
    if (!limit.isEmpty())
        return ImportResult::failure(QStringLiteral("%1: jfr: %2").arg(input.source(), limit));
    if (!profile)
        return ImportResult::failure(
            Text::tr("%1: %2: no execution, allocation, lock or park events in %3 chunk(s)")
                .arg(input.source(), formatName())
                .arg(recording->chunkCount));
    return ImportResult::success(std::move(profile));
}

ProfilePtr JfrImporter::profileOf(const JfrRecording &recording, const Selection &selection,
                                  const QString &source, QString *error)
{
    using Kind = JfrRecording::Kind;
    const auto selected = [&](Kind kind) {
        return selection.kinds.empty()
            || std::find(selection.kinds.begin(), selection.kinds.end(), kind)
            != selection.kinds.end();
    };
    std::array<qsizetype, JfrRecording::kindCount> counts{};
    for (const JfrRecording::Sample &sample : recording.samples)
        if (selected(sample.kind) && (!selection.accept || selection.accept(sample)))
            ++counts[size_t(sample.kind)];

    // Each present kind's columns, in the kinds' order.
    std::vector<SampleType> types;
    std::array<int, JfrRecording::kindCount> firstColumn;
    firstColumn.fill(-1);
    for (const JfrRecording::KindInfo &info : JfrRecording::kinds()) {
        if (counts[size_t(info.kind)] == 0)
            continue;
        firstColumn[size_t(info.kind)] = int(types.size());
        if (info.kind == Kind::ExecutionSample && selection.cpuPeriodNanos > 0)
            types.push_back({"cpu", "nanoseconds"});
        else
            types.push_back(info.count);
        if (!info.sum.type.empty())
            types.push_back(info.sum);
    }
    if (types.empty())
        return nullptr;
    const int defaultColumn =
        *std::find_if(firstColumn.begin(), firstColumn.end(), [](int c) { return c >= 0; });

    ProfileBuilder builder(types);
    builder.setDefaultSampleType(defaultColumn);
    std::vector<NameId> frameNames(recording.frames.size());
    for (size_t i = 0; i < recording.frames.size(); ++i)
        frameNames[i] = builder.intern(recording.frames[i]);
    std::vector<qint32> threadSets(recording.threads.size(), -1);
    if (selection.threadLabels)
        for (size_t i = 0; i < recording.threads.size(); ++i)
            threadSets[i] = qint32(builder.addLabelSet({{"thread", recording.threads[i]}}));

    // One stack per (stack, thread): the values of its samples summed.
    const size_t width = types.size();
    std::unordered_map<quint64, size_t> rows;
    std::vector<quint64> keys;
    std::vector<qint64> values;
    SampleTimes &times = builder.metadata().sampleTimes;
    for (const JfrRecording::Sample &sample : recording.samples) {
        const int column = firstColumn[size_t(sample.kind)];
        if (column < 0 || (selection.accept && !selection.accept(sample)))
            continue;
        const quint64 key = (quint64(sample.stack) << 32) | sample.thread;
        const auto [it, added] = rows.try_emplace(key, keys.size());
        if (added) {
            keys.push_back(key);
            values.resize(values.size() + width, 0);
        }
        qint64 *row = values.data() + it->second * width;
        const qint64 one = sample.kind == Kind::ExecutionSample && selection.cpuPeriodNanos > 0
            ? selection.cpuPeriodNanos
            : 1;
        row[column] += one;
        if (!JfrRecording::info(sample.kind).sum.type.empty())
            row[column + 1] += sample.value;
        if (column == defaultColumn) {
            times.timeNanos.push_back(sample.timeNanos);
            times.weights.push_back(one);
        }
    }
    std::vector<NameId> stack;
    for (size_t r = 0; r < keys.size(); ++r) {
        const std::vector<quint32> &frames = recording.stacks[size_t(keys[r] >> 32)];
        stack.resize(frames.size());
        for (size_t i = 0; i < frames.size(); ++i)
            stack[i] = frameNames[frames[i]];
        builder.addStack(stack, std::span<const qint64>(values.data() + r * width, width),
                         threadSets[size_t(keys[r] & 0xffffffffu)]);
    }

    // Events come in file order, per thread buffer: sort them by time.
    std::vector<size_t> order(times.timeNanos.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return times.timeNanos[a] < times.timeNanos[b]; });
    SampleTimes sorted;
    sorted.timeNanos.reserve(order.size());
    sorted.weights.reserve(order.size());
    for (const size_t i : order) {
        sorted.timeNanos.push_back(times.timeNanos[i]);
        sorted.weights.push_back(times.weights[i]);
    }
    times = std::move(sorted);

    ProfileMetadata &meta = builder.metadata();
    meta.source = source.toStdString();
    meta.format = "jfr";
    meta.timeNanos = recording.startNanos;
    meta.durationNanos = std::max<qint64>(0, recording.endNanos - recording.startNanos);
    if (selection.cpuPeriodNanos > 0 && firstColumn[size_t(Kind::ExecutionSample)] >= 0) {
        meta.periodType = {"cpu", "nanoseconds"};
        meta.period = selection.cpuPeriodNanos;
    }
    ProfilePtr profile = builder.build();
    if (!profile && error)
        *error = builder.limitError();
    return profile;
}
