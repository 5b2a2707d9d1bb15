#include "safaritimelineimporter.h"

#include "chromecpuprofileimporter.h"
#include "filenumber.h"
#include "inputstream.h"
#include "jsonimport.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace {
// lupdate files Text::tr("...") under SafariTimelineImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SafariTimelineImporter)
};
} // namespace

QString SafariTimelineImporter::formatName() const
{
    return QStringLiteral("Safari timeline");
}

bool SafariTimelineImporter::probe(std::string_view head) const
{
    const size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (start == std::string_view::npos || head[start] != '{')
        return false;
    // The samples come after the records, often past the probe's window; the
    // recording's own keys come first.
    return head.find("\"recording\"") != std::string_view::npos
        && (head.find("\"instrumentTypes\"") != std::string_view::npos
            || head.find("\"sampleStackTraces\"") != std::string_view::npos);
}

ImportResult SafariTimelineImporter::read(InputStream &input, Progress &progress) const
{
    QJsonObject root;
    QString parseError;
    if (!JsonImport::parseObject(input, formatName(), &root, &parseError))
        return ImportResult::failure(parseError);
    auto fail = [&](const QString &why) {
        return ImportResult::failure(
            QStringLiteral("%1: %2: %3").arg(input.source(), formatName(), why));
    };
    const QJsonObject recording = root.value(QLatin1String("recording")).toObject();
    const QJsonValue traces = recording.value(QLatin1String("sampleStackTraces"));
    const QJsonValue durations = recording.value(QLatin1String("sampleDurations"));
    if (!traces.isArray() || !durations.isArray())
        return fail(
            Text::tr("expected recording.sampleStackTraces and recording.sampleDurations arrays"));
    const QJsonArray samples = traces.toArray();
    const QJsonArray seconds = durations.toArray();
    if (samples.isEmpty())
        return fail(Text::tr(
            "the recording has no samples (record with the JavaScript & Events timeline on)"));
    if (seconds.size() != samples.size())
        return fail(
            Text::tr("%1 samples but %2 sampleDurations").arg(samples.size()).arg(seconds.size()));
    progress.report(0.3);

    ProfileBuilder builder({{"samples", "count"}, {"wall", "nanoseconds"}});
    builder.setDefaultSampleType(1);
    ProfileMetadata &meta = builder.metadata();
    std::vector<NameId> path;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QJsonObject sample = samples.at(i).toObject();
        const QJsonValue frames = sample.value(QLatin1String("stackFrames"));
        const QJsonValue timestamp = sample.value(QLatin1String("timestamp"));
        if (!frames.isArray() || !timestamp.isDouble())
            return fail(Text::tr("sample %1 has no stackFrames array or no timestamp").arg(i));
        if (!seconds.at(i).isDouble() || seconds.at(i).toDouble() < 0)
            return fail(Text::tr("sampleDurations[%1] is not a duration").arg(i));
        path.clear();
        const QJsonArray leafFirst = frames.toArray();
        for (qsizetype f = leafFirst.size(); f-- > 0;) {
            const QJsonObject frame = leafFirst.at(f).toObject();
            const QString url = frame.value(QLatin1String("url")).toString();
            const qint64 line = frame.value(QLatin1String("line")).toInteger(-1);
            QString name = frame.value(QLatin1String("name")).toString();
            if (name.isEmpty())
                name = url.isEmpty() ? QStringLiteral("(anonymous)")
                                     : QStringLiteral("(anonymous %1:%2)")
                                           .arg(url.section(QLatin1Char('/'), -1))
                                           .arg(line);
            const std::string text = name.toStdString();
            path.push_back(builder.intern(text));
            if (!url.isEmpty())
                meta.nameDetails.emplace_back(
                    text,
                    QStringLiteral("%1:%2:%3")
                        .arg(url)
                        .arg(line)
                        .arg(frame.value(QLatin1String("column")).toInteger(-1))
                        .toStdString());
        }
        const qint64 wall =
            FileNumber::rounded(seconds.at(i).toDouble() * 1e9, FileNumber::maxValue);
        const qint64 values[] = {1, wall};
        builder.addStack(path, values);
        meta.sampleTimes.timeNanos.push_back(
            FileNumber::rounded(timestamp.toDouble() * 1e9, FileNumber::maxTime));
        meta.sampleTimes.weights.push_back(wall);
        if (progress.isCanceled())
            return ImportResult::cancellation();
    }
    const QString title = recording.value(QLatin1String("displayName")).toString();
    if (!title.isEmpty())
        meta.comments.push_back(title.toStdString());
    ChromeCpuProfileImporter::finishMetadata(meta);
    meta.source = input.source().toStdString();
    meta.format = formatName().toStdString();
    return ImportResult::built(builder, progress);
}
