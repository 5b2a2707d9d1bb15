#include "library/serieslabels.h"

#include "library/labelselector.h"

#include <algorithm>

Labels SeriesLabels::normalized(Labels labels)
{
    std::stable_sort(labels.begin(), labels.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    Labels out;
    for (auto &label : labels) {
        if (!out.empty() && out.back().first == label.first)
            out.back().second = std::move(label.second);
        else
            out.push_back(std::move(label));
    }
    return out;
}

Labels SeriesLabels::forType(const Labels &recordLabels, const ProfileTypeId &type)
{
    Labels labels = recordLabels;
    labels.emplace_back(LabelNames::metricName, type.name);
    labels.emplace_back(LabelNames::profileType, type.toString());
    labels.emplace_back(LabelNames::type, type.sampleType);
    labels.emplace_back(LabelNames::unit, type.sampleUnit);
    labels.emplace_back(LabelNames::periodType, type.periodType);
    labels.emplace_back(LabelNames::periodUnit, type.periodUnit);
    return normalized(std::move(labels));
}

std::string SeriesLabels::canonical(const Labels &labels)
{
    LabelSelector selector;
    for (const auto &[name, value] : labels)
        selector.addMatcher(LabelMatcher{name, LabelMatcher::Op::Equal, value, {}});
    return selector.toString();
}

Labels SeriesLabels::parse(std::string_view canonicalText)
{
    Labels labels;
    QString error;
    if (const std::optional<LabelSelector> selector = LabelSelector::parse(canonicalText, &error))
        for (const LabelMatcher &matcher : selector->matchers())
            labels.emplace_back(matcher.name, matcher.value);
    return labels;
}

std::string_view SeriesLabels::value(const Labels &labels, std::string_view name)
{
    for (const auto &label : labels)
        if (label.first == name)
            return label.second;
    return {};
}
