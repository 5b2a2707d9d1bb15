#include "pproflibprotobufdecoder.h"

#include "pprofassembler.h"

#include "model/progressspan.h"

#include "profile.pb.h"

#include <climits>
#include <memory>
#include <span>
#include <vector>

ProfilePtr PprofLibprotobufDecoder::decode(const QByteArray &bytes, const std::string &source, Progress &progress)
{
    namespace pb = perftools::profiles;
    if (bytes.size() > INT_MAX)
        throw PprofError(
            QT_TRANSLATE_NOOP("PprofError", "larger than 2 GiB, which libprotobuf cannot parse"),
            -1);
    google::protobuf::ArenaOptions options;
    options.start_block_size = 1 << 20;
    options.max_block_size = 16 << 20;
    auto arena = std::make_unique<google::protobuf::Arena>(options);
    auto *profile = google::protobuf::Arena::CreateMessage<pb::Profile>(arena.get());
    if (!profile->ParseFromArray(bytes.constData(), int(bytes.size())))
        throw PprofError(
            QT_TRANSLATE_NOOP("PprofError",
                              "not a valid Profile message (libprotobuf could not parse it)"),
            -1);

    std::vector<std::string_view> strings(profile->string_table().begin(), profile->string_table().end());
    PprofAssembler assembler(std::move(strings));
    std::vector<std::pair<qint64, qint64>> sampleTypes;
    for (const pb::ValueType &t : profile->sample_type())
        sampleTypes.emplace_back(t.type(), t.unit());
    assembler.setSampleTypes(sampleTypes, -1);
    ProfileMetadata &metadata = assembler.metadata();
    metadata.source = source;
    metadata.timeNanos = profile->time_nanos();
    metadata.durationNanos = profile->duration_nanos();
    metadata.period = profile->period();
    assembler.setPeriodType(profile->period_type().type(), profile->period_type().unit(), -1);
    for (const qint64 comment : profile->comment())
        assembler.addComment(comment, -1);
    assembler.setDefaultSampleType(profile->default_sample_type(), -1);

    assembler.reserveFunctions(size_t(profile->function_size()));
    for (const pb::Function &f : profile->function())
        assembler.addFunction(f.id(), f.name(), f.system_name(), -1);

    assembler.reserveLocations(size_t(profile->location_size()));
    std::vector<quint64> functionIds;
    for (const pb::Location &l : profile->location()) {
        functionIds.clear();
        for (const pb::Line &line : l.line())
            functionIds.push_back(line.function_id());
        assembler.addLocation(l.id(), l.address(), functionIds, -1);
    }

    std::vector<PprofRawLabel> labels;
    const int count = profile->sample_size();
    for (int i = 0; i < count; ++i) {
        if (i % 4096 == 0) {
            if (progress.isCanceled())
                return nullptr;
            progress.report(0.5 * double(i) / double(count));
        }
        const pb::Sample &s = profile->sample(i);
        labels.clear();
        for (const pb::Label &l : s.label())
            labels.push_back({l.key(), l.str(), l.num(), l.num_unit()});
        static_assert(sizeof(quint64) == sizeof(s.location_id(0)) && sizeof(qint64) == sizeof(s.value(0)));
        assembler.addSample(
            std::span<const quint64>(reinterpret_cast<const quint64 *>(s.location_id().data()), size_t(s.location_id_size())),
            std::span<const qint64>(reinterpret_cast<const qint64 *>(s.value().data()), size_t(s.value_size())), labels, -1);
    }

    assembler.releaseStrings();
    arena.reset(); // the parsed message, before the tree takes its memory
    ProgressSpan buildProgress(progress, 0.5, 1.0);
    return assembler.build(buildProgress);
}
