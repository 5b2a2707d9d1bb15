#pragma once

#include "library/labels.h"

#include <QRegularExpression>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// One matcher of a Prometheus selector: name="v", name!="v", name=~"re", name!~"re".
// A regex is anchored at both ends (RE2 semantics as Prometheus has them); a
// label that is absent matches as the empty string.
struct LabelMatcher
{
    enum class Op { Equal, NotEqual, Regex, NotRegex };
    std::string name;
    Op op = Op::Equal;
    std::string value;
    QRegularExpression regex; // set for Regex and NotRegex

    bool matches(std::string_view labelValue) const;
};

// A Prometheus label selector, as Pyroscope's API takes it:
// `{service_name="app",region=~"eu-.*"}`, optionally with a metric name in front
// (`process_cpu:cpu:nanoseconds:cpu:nanoseconds{...}`, as /pyroscope/render's
// query has it; the name is kept apart, in metricName()). `{}` and "" select all.
class LabelSelector final
{
public:
    // nullopt with *error saying where and what was wrong
    static std::optional<LabelSelector> parse(std::string_view text, QString *error);
    // [a-zA-Z_][a-zA-Z0-9_]*: what a selector can name (and so what a stored
    // series may carry).
    static bool isLabelName(std::string_view name);

    const std::vector<LabelMatcher> &matchers() const { return m_matchers; }
    const std::string &metricName() const { return m_metricName; }
    bool isEmpty() const { return m_matchers.empty(); }
    bool matches(const Labels &labels) const;
    // Canonical text: `{a="b",c=~"d"}` with values escaped as Prometheus does.
    std::string toString() const;

    void addMatcher(LabelMatcher matcher);

private:
    std::string m_metricName;
    std::vector<LabelMatcher> m_matchers;
};
