#include "pprofwriter.h"

#include "profile.pb.h"

#include <QCoreApplication>
#include <QIODevice>

#include <libdeflate.h>

#include <charconv>
#include <memory>
#include <string>
#include <unordered_map>

namespace {
// lupdate files Text::tr("...") under PprofWriter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PprofWriter)
};

namespace pb = perftools::profiles;

// The string table: index 0 is "", the profile's names follow in NameId
// order (so a name's string index is its NameId + 1), then any other string once.
class StringTable final
{
public:
    StringTable(pb::Profile &profile, const NameTable &names)
        : m_profile(profile)
    {
        m_profile.add_string_table("");
        for (qsizetype i = 0; i < names.size(); ++i) {
            const std::string_view name = names.name(NameId(quint32(i)));
            m_profile.add_string_table(name.data(), name.size());
        }
    }
    qint64 index(const std::string &s)
    {
        if (s.empty())
            return 0;
        const auto [it, inserted] = m_other.emplace(s, qint64(m_profile.string_table_size()));
        if (inserted)
            m_profile.add_string_table(s);
        return it->second;
    }

private:
    pb::Profile &m_profile;
    std::unordered_map<std::string, qint64> m_other;
};

// "208 bytes" (how PprofImporter shows a numeric label) back to 208 and "bytes";
// any other value stays a string label.
bool numericLabel(const std::string &value, qint64 *number, std::string *unit)
{
    const size_t space = value.find(' ');
    if (space == std::string::npos || space + 1 >= value.size())
        return false;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + space, *number);
    if (ec != std::errc() || end != value.data() + space)
        return false;
    *unit = value.substr(space + 1);
    return unit->find(' ') == std::string::npos;
}

void setValues(pb::Sample *sample, const std::vector<std::vector<qint64>> &self, quint32 node)
{
    for (const auto &column : self)
        sample->add_value(column[node]);
}
} // namespace

QByteArray PprofWriter::encode(const Profile &profile)
{
    google::protobuf::Arena arena;
    auto *out = google::protobuf::Arena::CreateMessage<pb::Profile>(&arena);
    StringTable strings(*out, profile.names());
    for (const SampleType &t : profile.sampleTypes()) {
        auto *type = out->add_sample_type();
        type->set_type(strings.index(t.type));
        type->set_unit(strings.index(t.unit));
    }

    // One function and location per name used in the tree, both with id NameId + 1.
    const CallTree &tree = profile.tree();
    std::vector<bool> used(size_t(profile.names().size()), false);
    for (quint32 n = 1; n < quint32(tree.nodeCount()); ++n)
        used[tree.name(NodeId(n)).index] = true;
    for (quint32 name = 0; name < used.size(); ++name) {
        if (!used[name])
            continue;
        auto *function = out->add_function();
        function->set_id(name + 1);
        function->set_name(name + 1);
        auto *location = out->add_location();
        location->set_id(name + 1);
        location->add_line()->set_function_id(name + 1);
    }

    const int types = profile.sampleTypeCount();
    std::vector<std::vector<qint64>> self;
    for (int t = 0; t < types; ++t)
        self.push_back(tree.selfColumn(t));

    // Labelled samples first; what they leave of a node's self is unlabelled.
    const LabelIndex &labels = profile.labels();
    auto addPath = [&](pb::Sample *sample, quint32 node) {
        for (NodeId n(node); n != CallTree::root(); n = tree.parent(n))
            sample->add_location_id(tree.name(n).index + 1);
    };
    for (const LabelledSample &ls : labels.samples) {
        auto *sample = out->add_sample();
        addPath(sample, ls.leaf.index);
        for (int t = 0; t < types; ++t) {
            const qint64 v = t < int(ls.values.size()) ? ls.values[size_t(t)] : 0;
            sample->add_value(v);
            self[size_t(t)][ls.leaf.index] -= v;
        }
        for (const auto &[key, value] : labels.sets[ls.labelSet]) {
            auto *label = sample->add_label();
            label->set_key(strings.index(key));
            qint64 number;
            std::string unit;
            if (numericLabel(value, &number, &unit)) {
                label->set_num(number);
                label->set_num_unit(strings.index(unit));
            } else {
                label->set_str(strings.index(value));
            }
        }
    }
    for (quint32 n = 0; n < quint32(tree.nodeCount()); ++n) {
        bool any = false;
        for (const auto &column : self)
            any = any || column[n] != 0;
        if (!any)
            continue;
        auto *sample = out->add_sample();
        addPath(sample, n);
        setValues(sample, self, n);
    }

    const ProfileMetadata &m = profile.metadata();
    out->set_time_nanos(m.timeNanos);
    out->set_duration_nanos(m.durationNanos);
    if (!m.periodType.type.empty() || !m.periodType.unit.empty()) {
        out->mutable_period_type()->set_type(strings.index(m.periodType.type));
        out->mutable_period_type()->set_unit(strings.index(m.periodType.unit));
    }
    out->set_period(m.period);
    for (const std::string &comment : m.comments)
        out->add_comment(strings.index(comment));
    const int chosen = profile.defaultSampleType();
    if (chosen >= 0 && chosen < types)
        out->set_default_sample_type(strings.index(profile.sampleTypes()[size_t(chosen)].type));

    std::string bytes;
    out->SerializeToString(&bytes);
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

QByteArray PprofWriter::toBytes(const Profile &profile)
{
    const QByteArray message = encode(profile);
    std::unique_ptr<libdeflate_compressor, decltype(&libdeflate_free_compressor)> compressor(
        libdeflate_alloc_compressor(6), libdeflate_free_compressor);
    if (!compressor)
        return {};
    QByteArray out(qsizetype(libdeflate_gzip_compress_bound(compressor.get(), size_t(message.size()))),
                   Qt::Uninitialized);
    const size_t size = libdeflate_gzip_compress(compressor.get(), message.constData(), size_t(message.size()),
                                                 out.data(), size_t(out.size()));
    out.resize(qsizetype(size));
    return out;
}

bool PprofWriter::write(const Profile &profile, QIODevice &out, QString *error)
{
    const QByteArray bytes = toBytes(profile);
    if (bytes.isEmpty()) {
        if (error)
            *error = Text::tr("%1: could not compress the profile").arg(QStringLiteral("pprof"));
        return false;
    }
    if (out.write(bytes) != bytes.size()) {
        if (error)
            *error = QStringLiteral("pprof: ") + out.errorString();
        return false;
    }
    return true;
}
