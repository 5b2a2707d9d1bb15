#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// The `labels` part of a JFR push from Pyroscope's Java agent: a LabelsSnapshot
// protobuf (io.pyroscope.labels.pb, jfr_labels.proto): contexts, each a map of
// string ids, and the strings. An event's contextId names its context.
struct JfrLabels
{
    std::map<qint64, std::vector<std::pair<qint64, qint64>>>
        contexts; // id -> (key, value) string ids
    std::map<qint64, std::string> strings;

    // The context's labels, sorted by key; empty for an unknown context.
    std::vector<std::pair<std::string, std::string>> labelsOf(qint64 contextId) const;
    // nullopt with *error on bytes that are not a LabelsSnapshot.
    static std::optional<JfrLabels> parse(const QByteArray &bytes, QString *error);
};
