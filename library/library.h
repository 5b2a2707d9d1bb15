#pragma once

#include "library/labels.h"
#include "library/labelselector.h"
#include "library/profilerecord.h"
#include "library/profiletypeid.h"
#include "library/seriespoints.h"
#include "library/timerange.h"
#include "model/profile.h"

#include <QString>

#include <memory>
#include <span>
#include <string>
#include <vector>

// What `library ls` lists: one stored profile.
struct StoredProfileInfo
{
    qint64 id = 0;
    Labels labels; // the record's labels (service_name among them)
    std::vector<std::string> types; // profile type IDs
    qint64 startMs = 0;
    qint64 endMs = 0;
    ProfileOrigin origin = ProfileOrigin::Push;
    std::string source;
    qint64 storedBytes = 0; // compressed
};

enum class SeriesAggregation { Sum, Average };

class LibraryImpl;

// The profile library: one SQLite file in WAL mode holding every stored profile,
// zstd-compressed, with its series labels, profile types, time span and origin.
// Thread-safe: any number of threads may add and query at once.
class Library final
{
public:
    // Opens or creates the file, migrating an older schema; null with *error
    // naming the file and what was wrong.
    static std::unique_ptr<Library> open(const QString &file, QString *error);
    // library.sqlite in QStandardPaths::AppDataLocation
    static QString defaultFile();
    ~Library();

    QString file() const;

    // Stores the record and returns its id once the commit is durable (a kill -9
    // after this returns loses nothing); -1 with *error, storing nothing.
    // Concurrent calls share commits.
    qint64 add(const ProfileRecord &record, QString *error);
    // Stores all records in one transaction, or none of them: their ids, or
    // none with *error. For bulk imports (one fsync for all).
    std::vector<qint64> addAll(std::span<const ProfileRecord> records, QString *error);
    // Stored profiles overlapping range whose labels match selector, oldest first.
    std::vector<StoredProfileInfo> list(const LabelSelector &selector, TimeRange range) const;
    // How many of ids were removed; -1 with *error.
    int remove(const std::vector<qint64> &ids, QString *error);
    // Removes profiles that ended before nowMs - maxAgeMs, then the oldest while
    // the stored bytes exceed maxBytes (0: no cap). How many went.
    int enforceRetention(qint64 maxAgeMs, qint64 maxBytes, qint64 nowMs);

    // The queries of Pyroscope's querier API. A profile is in range when its
    // span overlaps it; several selectors select the union.
    std::vector<ProfileTypeId> profileTypes(TimeRange range) const;
    std::vector<std::string> labelNames(const std::vector<LabelSelector> &selectors, TimeRange range) const;
    std::vector<std::string> labelValues(const std::string &name, const std::vector<LabelSelector> &selectors,
                                         TimeRange range) const;
    // Each distinct series' labels, cut to labelNames when not empty.
    std::vector<Labels> series(const std::vector<LabelSelector> &selectors, const std::vector<std::string> &labelNames,
                               TimeRange range) const;
    // The profile type's total per step (aligned to stepMs from the epoch), one
    // series per distinct value of the groupBy labels.
    std::vector<SeriesPoints> selectSeries(const std::string &profileTypeId, const LabelSelector &selector,
                                           TimeRange range, qint64 stepMs, const std::vector<std::string> &groupBy,
                                           SeriesAggregation aggregation) const;
    // The merge of every matching profile of that type in range, as one profile
    // with that one sample type; an empty profile (total 0) when none match;
    // null with *error when a stored profile cannot be read.
    ProfilePtr merge(const std::string &profileTypeId, const LabelSelector &selector, TimeRange range,
                     QString *error) const;

private:
    explicit Library(std::unique_ptr<LibraryImpl> impl);
    std::unique_ptr<LibraryImpl> m_impl;
};
