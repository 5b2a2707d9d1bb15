#pragma once

#include "library/profilerecord.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>

// An inflated pprof made into the record a Connect push of it stores: its
// time span from the profile (now when it has none), the profile type IDs
// Grafana Pyroscope gives its sample types (ProfileTypeNaming::forProfile),
// their name replaced by the push's __name__ label when it has one (as Grafana
// Alloy's scrapes push: process_cpu, memory, goroutine, mutex, block). A push
// and a scrape of the same pprof thus land in the same series.
namespace PprofRecord {
// nullopt with *error (naming source) when the bytes are not a pprof;
// metricName: the __name__; empty: the name forProfile gives.
std::optional<ProfileRecord> build(const QByteArray &inflated, Labels labels,
                                   const std::string &metricName, const QString &source,
                                   qint64 nowMs, QString *error);
} // namespace PprofRecord
