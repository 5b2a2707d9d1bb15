#include "pprofdelta.h"

#include "google/v1/profile.pb.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace {

// The sample's identity across two profiles: its frames by name and file, then its labels.
class SampleKeys
{
public:
    explicit SampleKeys(const google::v1::Profile &profile)
        : m_profile(profile)
    {
        for (const auto &function : profile.function())
            m_functions.emplace(function.id(), &function);
        for (const auto &location : profile.location())
            m_locations.emplace(location.id(), &location);
    }

    std::string key(const google::v1::Sample &sample) const
    {
        std::string key;
        for (const quint64 id : sample.location_id()) {
            const auto location = m_locations.find(id);
            if (location == m_locations.end()) {
                key += "?" + std::to_string(id);
            } else if (location->second->line_size() == 0) {
                key += "@" + std::to_string(location->second->address());
            } else {
                for (const auto &line : location->second->line()) {
                    const auto function = m_functions.find(line.function_id());
                    if (function != m_functions.end()) {
                        key += string(function->second->name());
                        key += '\x1f';
                        key += string(function->second->filename());
                    }
                    key += '\x1e';
                }
            }
            key += '\x1d';
        }
        for (const auto &label : sample.label()) {
            key += '\x1c';
            key += string(label.key());
            key += '=';
            key += label.str() ? string(label.str()) : std::to_string(label.num());
        }
        return key;
    }

private:
    std::string_view string(qint64 index) const
    {
        return index >= 0 && index < m_profile.string_table_size() ? std::string_view(m_profile.string_table(int(index)))
                                                                  : std::string_view();
    }

    const google::v1::Profile &m_profile;
    std::unordered_map<quint64, const google::v1::Function *> m_functions;
    std::unordered_map<quint64, const google::v1::Location *> m_locations;
};

} // namespace

std::optional<QByteArray> PprofDelta::subtract(const QByteArray &current, const QByteArray &previous,
                                               const std::function<bool(std::string_view)> &cumulative,
                                               QString *error)
{
    google::v1::Profile now;
    google::v1::Profile before;
    if (!now.ParseFromArray(current.constData(), int(current.size()))) {
        *error = QStringLiteral("profile: not a pprof message");
        return std::nullopt;
    }
    if (!before.ParseFromArray(previous.constData(), int(previous.size()))) {
        *error = QStringLiteral("prev_profile: not a pprof message");
        return std::nullopt;
    }
    const int types = now.sample_type_size();
    std::vector<int> previousIndex(size_t(types), -1); // the same type's column in the previous profile
    for (int i = 0; i < types; ++i) {
        const auto typeName = [](const google::v1::Profile &p, int column) {
            const qint64 index = p.sample_type(column).type();
            return index >= 0 && index < p.string_table_size() ? p.string_table(int(index)) : std::string();
        };
        const std::string name = typeName(now, i);
        if (!cumulative(name))
            continue;
        for (int j = 0; j < before.sample_type_size(); ++j)
            if (typeName(before, j) == name)
                previousIndex[size_t(i)] = j;
    }

    const SampleKeys beforeKeys(before);
    std::unordered_map<std::string, std::vector<qint64>> remaining;
    for (const auto &sample : before.sample()) {
        auto &values = remaining[beforeKeys.key(sample)];
        values.resize(size_t(before.sample_type_size()), 0);
        for (int j = 0; j < sample.value_size() && j < before.sample_type_size(); ++j)
            values[size_t(j)] += sample.value(j);
    }

    const SampleKeys nowKeys(now);
    google::protobuf::RepeatedPtrField<google::v1::Sample> kept;
    for (auto &sample : *now.mutable_sample()) {
        const auto it = remaining.find(nowKeys.key(sample));
        bool nonZero = false;
        for (int i = 0; i < sample.value_size() && i < types; ++i) {
            const int j = previousIndex[size_t(i)];
            if (j >= 0 && it != remaining.end()) {
                qint64 &left = it->second[size_t(j)];
                const qint64 delta = sample.value(i) - left;
                left = delta < 0 ? -delta : 0;
                sample.set_value(i, std::max<qint64>(delta, 0));
            }
            nonZero = nonZero || sample.value(i) != 0;
        }
        if (nonZero)
            kept.Add(std::move(sample));
    }
    now.mutable_sample()->Swap(&kept);
    const std::string bytes = now.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}
