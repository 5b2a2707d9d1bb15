#include "stackprofimporter.h"

#include "inputstream.h"
#include "jsonimport.h"

#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace {
// lupdate files Text::tr("...") under StackprofImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StackprofImporter)
};
} // namespace

QString StackprofImporter::formatName() const
{
    return QStringLiteral("stackprof");
}

bool StackprofImporter::probe(std::string_view head) const
{
    const size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (start == std::string_view::npos || head[start] != '{')
        return false;
    // stackprof writes its header keys first: version, mode, interval, ..., frames.
    static const QRegularExpression mode(
        QStringLiteral(R"re("mode"\s*:\s*"(cpu|wall|object|custom)")re"));
    const QString text =
        QString::fromUtf8(head.data(), qsizetype(std::min<size_t>(head.size(), 4096)));
    return mode.match(text).hasMatch() && text.contains(QLatin1String("\"interval\""))
        && head.find("\"frames\"") != std::string_view::npos;
}

ImportResult StackprofImporter::read(InputStream &input, Progress &progress) const
{
    const QString source = input.source();
    QJsonObject root;
    QString error;
    if (!JsonImport::parseObject(input, formatName(), &root, &error))
        return ImportResult::failure(error);
    const auto fail = [&](const QString &what) {
        return ImportResult::failure(QStringLiteral("%1: stackprof: %2").arg(source, what));
    };
    const QString mode = root.value(QLatin1String("mode")).toString();
    if (mode.isEmpty())
        return fail(Text::tr("no \"mode\""));
    const QJsonObject framesObject = root.value(QLatin1String("frames")).toObject();
    if (!root.value(QLatin1String("raw")).isArray())
        return fail(Text::tr("no \"raw\" stacks (record with raw: true)"));
    const QJsonArray raw = root.value(QLatin1String("raw")).toArray();
    const QJsonArray deltas = root.value(QLatin1String("raw_timestamp_deltas")).toArray();
    const qint64 interval = root.value(QLatin1String("interval")).toInteger(0);

    SampleType type{"wall", "microseconds"};
    if (mode == QLatin1String("object"))
        type = {"objects", "count"};
    else if (mode == QLatin1String("cpu"))
        type = {"cpu", "microseconds"};
    ProfileBuilder builder(std::vector<SampleType>{type});

    std::unordered_map<qint64, NameId> names;
    std::map<std::string, std::string> details;
    for (auto it = framesObject.begin(); it != framesObject.end(); ++it) {
        const QJsonObject frame = it.value().toObject();
        const QJsonValue name = frame.value(QLatin1String("name"));
        const std::string text =
            name.isString() ? name.toString().toStdString() : std::string("(unknown)");
        names.emplace(it.key().toLongLong(), builder.intern(text));
        const QString file = frame.value(QLatin1String("file")).toString();
        if (!file.isEmpty()) {
            const QJsonValue line = frame.value(QLatin1String("line"));
            details.emplace(
                text,
                (line.isDouble() ? file + u':' + QString::number(line.toInteger()) : file)
                    .toStdString());
        }
    }
    const NameId gc = builder.intern("(garbage collection)");

    std::vector<NameId> stack, previous;
    const qsizetype size = raw.size();
    qsizetype sampleIndex = 0;
    for (qsizetype i = 0; i < size;) {
        if ((i & 0xffff) == 0 && progress.isCanceled())
            return ImportResult::cancellation();
        const qsizetype at = i;
        const qint64 height = raw.at(i++).toInteger(-1);
        if (height < 0 || height > size - i - 1)
            return fail(
                Text::tr("raw[%1]: a stack of %2 frames does not fit in raw").arg(at).arg(height));
        stack.clear();
        for (qint64 j = 0; j < height; ++j, ++i) {
            const qint64 id = raw.at(i).toInteger(-1);
            const auto found = names.find(id);
            if (found == names.end())
                return fail(Text::tr("raw[%1]: frame %2 is not in \"frames\"").arg(i).arg(id));
            stack.push_back(found->second);
        }
        if (stack.size() == 1 && stack.front() == gc) {
            stack.insert(stack.begin(), previous.begin(), previous.end());
        }
        const qint64 count = raw.at(i++).toInteger(-1);
        if (count < 0)
            return fail(Text::tr("raw[%1]: the sample count is not a number").arg(i - 1));
        qint64 weight = 0;
        if (type.type == "objects") {
            weight = count;
        } else if (type.type == "cpu") {
            weight = count * interval;
        } else {
            if (sampleIndex + count > deltas.size())
                return fail(Text::tr("raw[%1]: %2 samples but only %3 raw_timestamp_deltas left")
                                .arg(at)
                                .arg(count)
                                .arg(deltas.size() - sampleIndex));
            for (qint64 k = 0; k < count; ++k)
                weight += deltas.at(sampleIndex++).toInteger();
        }
        if (!stack.empty() && weight != 0) {
            const qint64 values[] = {weight};
            builder.addStack(std::span<const NameId>(stack), values);
        }
        previous = stack;
    }
    ProfileMetadata &meta = builder.metadata();
    meta.source = source.toStdString();
    meta.format = "stackprof";
    if (type.type != "objects" && interval > 0) {
        meta.periodType = {type.type, "microseconds"};
        meta.period = interval;
    }
    for (const auto &[name, detail] : details)
        meta.nameDetails.emplace_back(name, detail);
    return ImportResult::built(builder, progress);
}
