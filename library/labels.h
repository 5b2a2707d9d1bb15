#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

// A series' labels, as Prometheus and Pyroscope have them: name/value pairs,
// sorted by name, each name at most once. Pyroscope's reserved names start with
// two underscores (__name__, __profile_type__, ...); service_name names the app.
using Labels = std::vector<std::pair<std::string, std::string>>;

namespace LabelNames {
inline constexpr std::string_view serviceName = "service_name";
inline constexpr std::string_view metricName = "__name__";
inline constexpr std::string_view profileType = "__profile_type__";
inline constexpr std::string_view type = "__type__";
inline constexpr std::string_view unit = "__unit__";
inline constexpr std::string_view periodType = "__period_type__";
inline constexpr std::string_view periodUnit = "__period_unit__";
} // namespace LabelNames
