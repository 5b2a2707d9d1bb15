#pragma once

#include "profileimporter.h"

#include "model/sampletype.h"

#include <QByteArray>

// Pyroscope's flamebearer JSON: the /render response and the JSON export
// (`{"version":1,"flamebearer":{names,levels,numTicks,maxSelf},"metadata":{...},
// "timeline":{...}}`), a bare flamebearer object, and Grafana Pyroscope 1.x's
// `{"flamegraph":{"names":[...],"levels":[{"values":[...]}],"total":...}}`
// (int64 values as strings). The format is Pyroscope's FlamebearerV1
// (pkg/structs/flamebearer/flamebearer.go in grafana/pyroscope v0.37).
//
// "single" nodes are [x, total, self, name], "double" ones
// [xLeft, totalLeft, selfLeft, xRight, totalRight, selfRight, name]; x is
// delta-encoded per row. The tree is rebuilt geometrically: a node's parent is
// the node of the row above whose [x, x + total) holds it. A double profile
// becomes a diff profile with sample types "baseline" and "comparison".
class FlamebearerImporter final : public ProfileImporter
{
public:
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;

    // Parses one JSON document. source names it in errors.
    ImportResult decode(const QByteArray &json, const QString &source, Progress &progress) const;

    // Pyroscope's `units` ("samples", "objects", "bytes", ...) as a sample type
    // and back. The writer records the exact sample type in the extra metadata
    // field "pyrographSampleType" too, so that a round trip keeps it.
    static SampleType sampleTypeForUnits(const QString &units);
    static QString unitsForSampleType(const SampleType &type);
};
