#include "server/flamegraphmessage.h"

#include "model/flamebearerlevels.h"

namespace {
template<typename Message> void fill(Message &message, const FlamebearerLevels &levels)
{
    for (size_t i = 0; i < levels.names.size(); ++i)
        message.add_names(i == 0 ? std::string("total") : std::string(levels.names[i]));
    for (const auto &row : levels.rows) {
        auto *level = message.add_levels();
        level->mutable_values()->Reserve(int(row.size()));
        for (qint64 v : row)
            level->add_values(v);
    }
    message.set_max_self(levels.maxSelf);
}
} // namespace

querier::v1::FlameGraph FlameGraphMessage::single(const Profile &profile, int sampleType,
                                                  qint64 maxNodes)
{
    const int columns[] = {sampleType};
    const FlamebearerLevels levels = FlamebearerLevels::build(
        profile, columns, FlamebearerLevels::minTotalFor(profile, columns, maxNodes));
    querier::v1::FlameGraph message;
    fill(message, levels);
    message.set_total(levels.ticks[0]);
    return message;
}

querier::v1::FlameGraphDiff FlameGraphMessage::diff(const Profile &profile, qint64 maxNodes)
{
    const int columns[] = {profile.diffBaseline(), profile.diffComparison()};
    const FlamebearerLevels levels = FlamebearerLevels::build(
        profile, columns, FlamebearerLevels::minTotalFor(profile, columns, maxNodes));
    querier::v1::FlameGraphDiff message;
    fill(message, levels);
    message.set_leftticks(levels.ticks[0]);
    message.set_rightticks(levels.ticks[1]);
    message.set_total(levels.ticks[0] + levels.ticks[1]);
    return message;
}
