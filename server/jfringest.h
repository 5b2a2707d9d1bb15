#pragma once

#include "library/profilerecord.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

// A JFR pushed to /ingest?format=jfr (Pyroscope's Java agent): one record per
// event kind and label set, each under the profile type Pyroscope 1.x gives it
// (grafana/jfr-parser's converter): CPU samples as process_cpu nanoseconds (one
// period of sampleRate each), TLAB and sampled allocations as memory, monitor
// enters as mutex and parks as block contentions and delay. The labels part
// (a LabelsSnapshot) gives each event's context labels, which become series
// labels as Pyroscope makes a pprof's sample labels series. Native method
// samples are not stored (Pyroscope's converter reads none).
namespace JfrIngest {
// nullopt with *error ("<source>: jfr: ...") when the JFR or labels do not parse.
std::optional<std::vector<ProfileRecord>> records(const QByteArray &jfr, const QByteArray &labels,
                                                  const ProfileRecord &base, qint64 sampleRate,
                                                  QString *error);
} // namespace JfrIngest
