#pragma once

#include "library/labels.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>

// The `name` parameter of Pyroscope's /ingest: `app.cpu{k=v,k2=v2}`, the
// application (with the profile type after its last '.' for the formats that
// do not name their types) and its labels, values unquoted. As Pyroscope's
// labelset parser: keys are letters, digits, '_' and '.'; a value runs to the
// next ',' or '}' and may hold anything else, stored verbatim ("<script>" too:
// every reader escapes, none interprets).
struct IngestName
{
    std::string app; // "app.cpu"
    Labels labels;   // sorted by name, as given in braces

    // nullopt with *error saying what was wrong where.
    static std::optional<IngestName> parse(std::string_view text, QString *error);
    // Grafana Pyroscope's SanitizeLabelName: dots in label names become
    // underscores (the Node SDK's otel.scope.name is stored otel_scope_name).
    static std::string sanitizedLabelName(std::string name);
    // "app" of "app.cpu"; the whole app without a '.'.
    std::string serviceName() const;
    // "cpu" of "app.cpu"; "cpu" too without a '.', as Pyroscope defaults.
    std::string typeSuffix() const;
};
