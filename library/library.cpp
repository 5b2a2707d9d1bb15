#include "library/library.h"

#include "library/labelselector.h"
#include "library/libraryschema.h"
#include "library/librarywriter.h"
#include "library/profileblob.h"
#include "library/serieslabels.h"
#include "library/sqlitereaderpool.h"
#include "library/treemerger.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace {
// lupdate files Text::tr("...") under Library.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Library)
};


// One matching series, as the queries need it.
struct SeriesRow
{
    qint64 id = 0;
    std::string profileType;
    Labels labels;
};

bool matchesAny(const std::vector<LabelSelector> &selectors, const Labels &labels)
{
    return selectors.empty()
        || std::any_of(selectors.begin(), selectors.end(),
                       [&](const LabelSelector &s) { return s.matches(labels); });
}

// An equality matcher SQL can look up in series_labels_by_value, when one selector has one.
const LabelMatcher *indexableMatcher(const std::vector<LabelSelector> &selectors)
{
    if (selectors.size() != 1)
        return nullptr;
    for (const LabelMatcher &matcher : selectors.front().matchers())
        if (matcher.op == LabelMatcher::Op::Equal && !matcher.value.empty())
            return &matcher;
    return nullptr;
}

} // namespace

class LibraryImpl
{
public:
    QString file;
    std::unique_ptr<LibraryWriter> writer;
    std::unique_ptr<SqliteReaderPool> readers;

    qint64 maxSpanMs(SqliteConnection &db) const
    {
        SqliteStatement statement =
            db.prepare("SELECT value FROM settings WHERE name = 'max_span_ms'");
        return statement.step() ? statement.int64(0) : 0;
    }

    // The series of profileType (any type when empty) that match one of the
    // selectors (all when none) and hold a profile overlapping range.
    std::vector<SeriesRow> matchingSeries(SqliteConnection &db, const std::string &profileType,
                                          const std::vector<LabelSelector> &selectors,
                                          TimeRange range) const
    {
        std::string sql = "SELECT id, profile_type, labels FROM series WHERE 1";
        if (!profileType.empty())
            sql += " AND profile_type = ?1";
        const LabelMatcher *indexed = indexableMatcher(selectors);
        if (indexed)
            sql +=
                " AND id IN (SELECT series_id FROM series_labels WHERE name = ?2 AND value = ?3)";
        SqliteStatement candidates = db.prepare(sql);
        if (!profileType.empty())
            candidates.bind(1, profileType);
        if (indexed)
            candidates.bind(2, indexed->name).bind(3, indexed->value);
        SqliteStatement inRange =
            db.prepare("SELECT 1 FROM points WHERE series_id = ?1 AND start_ms BETWEEN ?2 AND ?3"
                       " AND end_ms >= ?4 LIMIT 1");
        const qint64 span = maxSpanMs(db);
        std::vector<SeriesRow> rows;
        while (candidates.step()) {
            SeriesRow row{candidates.int64(0), candidates.text(1),
                          SeriesLabels::parse(candidates.text(2))};
            if (!matchesAny(selectors, row.labels))
                continue;
            inRange.reset();
            inRange.bind(1, row.id)
                .bind(2, range.startMs - span)
                .bind(3, range.endMs)
                .bind(4, range.startMs);
            if (inRange.step())
                rows.push_back(std::move(row));
        }
        return rows;
    }
};

std::unique_ptr<Library> Library::open(const QString &file, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const QFileInfo info(file);
    if (!info.absoluteDir().exists()) {
        *error = Text::tr("%1: the folder %2 does not exist").arg(file, info.absolutePath());
        return nullptr;
    }
    auto db = std::make_unique<SqliteConnection>();
    if (!db->open(file, SqliteConnection::Mode::ReadWriteCreate, error)
        || !LibrarySchema::migrate(*db, file, error))
        return nullptr;
    SqliteStatement wal = db->prepare("PRAGMA journal_mode = WAL");
    if (!wal.step() || wal.text(0) != "wal") {
        *error = Text::tr("%1: cannot switch to WAL mode (%2)").arg(file, db->lastError());
        return nullptr;
    }
    // FULL: in WAL mode each commit syncs the log, so an acknowledged add survives power loss.
    if (!db->exec("PRAGMA synchronous = FULL", error))
        return nullptr;
    auto impl = std::make_unique<LibraryImpl>();
    impl->file = file;
    impl->writer = std::make_unique<LibraryWriter>(std::move(db));
    impl->readers = std::make_unique<SqliteReaderPool>(file);
    return std::unique_ptr<Library>(new Library(std::move(impl)));
}

QString Library::defaultFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/library.sqlite");
}

Library::Library(std::unique_ptr<LibraryImpl> impl) : m_impl(std::move(impl)) { }

Library::~Library() = default;

QString Library::file() const
{
    return m_impl->file;
}

namespace {

// A record made ready to insert: compressed, its label sets canonical. This is
// the expensive part of an add and runs on the caller's thread, so the writer
// thread only inserts.
struct PreparedRecord
{
    struct Point
    {
        std::string type;
        std::string labels;
        Labels labelList;
        qint64 total;
        int sampleIndex;
    };
    const ProfileRecord *record = nullptr;
    std::string service;
    std::string labels;
    std::string blob;
    std::vector<Point> points;
};

std::optional<PreparedRecord> prepareRecord(const ProfileRecord &record, const QString &file,
                                            QString *error)
{
    if (!record.profile) {
        *error = Text::tr("%1: no profile to store").arg(file);
        return std::nullopt;
    }
    if (int(record.types.size()) != record.profile->sampleTypeCount()) {
        *error = Text::tr("%1: %2 profile types for %3 sample types")
                     .arg(file)
                     .arg(record.types.size())
                     .arg(record.profile->sampleTypeCount());
        return std::nullopt;
    }
    // A name no selector can write would be stored and then never found.
    for (const auto &[name, value] : record.labels)
        if (!LabelSelector::isLabelName(name)) {
            *error = Text::tr("%1: label name \"%2\" is not valid (letters, digits and _, "
                              "not starting with a digit)")
                         .arg(file, QString::fromStdString(name));
            return std::nullopt;
        }
    if (record.endMs < record.startMs) {
        *error = Text::tr("%1: the profile ends before it starts").arg(file);
        return std::nullopt;
    }
    PreparedRecord prepared;
    prepared.record = &record;
    const Labels recordLabels = SeriesLabels::normalized(record.labels);
    prepared.service = std::string(SeriesLabels::value(recordLabels, LabelNames::serviceName));
    prepared.labels = SeriesLabels::canonical(recordLabels);
    for (size_t i = 0; i < record.types.size(); ++i) {
        if (record.types[i].name.empty())
            continue;
        Labels labels = SeriesLabels::forType(recordLabels, record.types[i]);
        std::string canonical = SeriesLabels::canonical(labels);
        prepared.points.push_back({record.types[i].toString(), std::move(canonical),
                                   std::move(labels), record.profile->total(int(i)), int(i)});
    }
    if (prepared.points.empty()) {
        *error = Text::tr("%1: the profile has no sample type to store").arg(file);
        return std::nullopt;
    }
    prepared.blob = ProfileBlob::encode(*record.profile);
    if (prepared.blob.empty()) {
        *error = Text::tr("%1: zstd could not compress the profile").arg(file);
        return std::nullopt;
    }
    return prepared;
}

// Inserts in the writer's transaction; the stored profile's id, -1 with *error.
qint64 insertRecord(SqliteConnection &db, const PreparedRecord &prepared, QString *error)
{
    const ProfileRecord &record = *prepared.record;
    const auto fail = [&] {
        *error = db.lastError();
        return -1;
    };
    SqliteStatement &insertBlob = db.cached("INSERT INTO blobs(data) VALUES(?1)");
    if (!insertBlob.bindBlob(1, prepared.blob).run())
        return fail();
    const qint64 blobId = db.lastInsertId();
    SqliteStatement &insertProfile =
        db.cached("INSERT INTO profiles(start_ms, end_ms, origin, source, labels, blob_id,"
                  " bytes) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insertProfile.bind(1, record.startMs).bind(2, record.endMs).bind(3, qint64(record.origin));
    insertProfile.bind(4, record.source).bind(5, prepared.labels).bind(6, blobId);
    if (!insertProfile.bind(7, qint64(prepared.blob.size())).run())
        return fail();
    const qint64 profileId = db.lastInsertId();
    SqliteStatement &findSeries = db.cached("SELECT id FROM series WHERE labels = ?1");
    SqliteStatement &insertSeries =
        db.cached("INSERT INTO series(profile_type, service, labels) VALUES(?1, ?2, ?3)");
    SqliteStatement &insertLabel =
        db.cached("INSERT INTO series_labels(series_id, name, value) VALUES(?1, ?2, ?3)");
    SqliteStatement &insertPoint =
        db.cached("INSERT INTO points(series_id, start_ms, profile_id, end_ms, total,"
                  " sample_index) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    for (const PreparedRecord::Point &point : prepared.points) {
        qint64 seriesId = -1;
        if (findSeries.bind(1, point.labels).step()) {
            seriesId = findSeries.int64(0);
        } else {
            if (!findSeries.ok())
                return fail();
            if (!insertSeries.bind(1, point.type)
                     .bind(2, prepared.service)
                     .bind(3, point.labels)
                     .run())
                return fail();
            insertSeries.reset();
            seriesId = db.lastInsertId();
            for (const auto &[name, value] : point.labelList) {
                if (!insertLabel.bind(1, seriesId).bind(2, name).bind(3, value).run())
                    return fail();
                insertLabel.reset();
            }
        }
        findSeries.reset();
        insertPoint.bind(1, seriesId)
            .bind(2, record.startMs)
            .bind(3, profileId)
            .bind(4, record.endMs);
        if (!insertPoint.bind(5, point.total).bind(6, qint64(point.sampleIndex)).run())
            return fail();
        insertPoint.reset();
    }
    SqliteStatement &span =
        db.cached("UPDATE settings SET value = max(value, ?1) WHERE name = 'max_span_ms'");
    if (!span.bind(1, record.endMs - record.startMs).run())
        return fail();
    return profileId;
}

} // namespace

qint64 Library::add(const ProfileRecord &record, QString *error)
{
    const std::vector<qint64> ids = addAll(std::span<const ProfileRecord>(&record, 1), error);
    return ids.empty() ? -1 : ids.front();
}

std::vector<qint64> Library::addAll(std::span<const ProfileRecord> records, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    std::vector<PreparedRecord> prepared;
    prepared.reserve(records.size());
    for (const ProfileRecord &record : records) {
        std::optional<PreparedRecord> one = prepareRecord(record, m_impl->file, error);
        if (!one)
            return {};
        prepared.push_back(std::move(*one));
    }
    std::vector<qint64> ids;
    const bool ok = m_impl->writer->run(
        [&](SqliteConnection &db, QString *jobError) {
            ids.clear();
            for (const PreparedRecord &one : prepared) {
                const qint64 id = insertRecord(db, one, jobError);
                if (id < 0)
                    return false;
                ids.push_back(id);
            }
            return true;
        },
        error);
    return ok ? ids : std::vector<qint64>();
}

std::vector<StoredProfileInfo> Library::list(const LabelSelector &selector, TimeRange range) const
{
    std::vector<StoredProfileInfo> out;
    SqliteReaderPool::Lease db = m_impl->readers->acquire();
    if (!db)
        return out;
    SqliteStatement profiles =
        db->prepare("SELECT id, start_ms, end_ms, origin, source, labels, bytes FROM profiles"
                    " WHERE start_ms BETWEEN ?1 AND ?2 AND end_ms >= ?3 ORDER BY start_ms, id");
    profiles.bind(1, range.startMs - m_impl->maxSpanMs(*db))
        .bind(2, range.endMs)
        .bind(3, range.startMs);
    SqliteStatement types =
        db->prepare("SELECT s.profile_type FROM points p JOIN series s ON s.id = p.series_id"
                    " WHERE p.profile_id = ?1 ORDER BY p.sample_index");
    while (profiles.step()) {
        StoredProfileInfo info;
        info.labels = SeriesLabels::parse(profiles.text(5));
        if (!selector.matches(info.labels))
            continue;
        info.id = profiles.int64(0);
        info.startMs = profiles.int64(1);
        info.endMs = profiles.int64(2);
        info.origin = ProfileOrigin(profiles.int64(3));
        info.source = profiles.text(4);
        info.storedBytes = profiles.int64(6);
        types.reset();
        types.bind(1, info.id);
        while (types.step())
            info.types.push_back(types.text(0));
        out.push_back(std::move(info));
    }
    return out;
}

namespace {

// Deletes stored profiles, their points and blobs, and the series left without
// points; how many profiles went, -1 on an SQLite error.
qint64 deleteProfiles(SqliteConnection &db, const std::vector<qint64> &ids)
{
    SqliteStatement blobOf = db.prepare("SELECT blob_id FROM profiles WHERE id = ?1");
    SqliteStatement points = db.prepare("DELETE FROM points WHERE profile_id = ?1");
    SqliteStatement profile = db.prepare("DELETE FROM profiles WHERE id = ?1");
    SqliteStatement blob = db.prepare("DELETE FROM blobs WHERE id = ?1");
    qint64 removed = 0;
    for (const qint64 id : ids) {
        blobOf.reset();
        if (!blobOf.bind(1, id).step()) {
            if (!blobOf.ok())
                return -1;
            continue;
        }
        const qint64 blobId = blobOf.int64(0);
        points.reset();
        profile.reset();
        blob.reset();
        if (!points.bind(1, id).run() || !profile.bind(1, id).run() || !blob.bind(1, blobId).run())
            return -1;
        ++removed;
    }
    QString error;
    if (removed > 0
        && !db.exec("DELETE FROM series WHERE NOT EXISTS (SELECT 1 FROM points WHERE "
                    "points.series_id = series.id);"
                    "DELETE FROM series_labels WHERE series_id NOT IN (SELECT id FROM series);"
                    "DELETE FROM blobs WHERE id NOT IN (SELECT blob_id FROM profiles);",
                    &error))
        return -1;
    return removed;
}

} // namespace

int Library::remove(const std::vector<qint64> &ids, QString *error)
{
    qint64 removed = 0;
    const bool ok = m_impl->writer->run(
        [&](SqliteConnection &db, QString *jobError) {
            removed = deleteProfiles(db, ids);
            if (removed < 0)
                *jobError = db.lastError();
            return removed >= 0;
        },
        error);
    return ok ? int(removed) : -1;
}

int Library::enforceRetention(qint64 maxAgeMs, qint64 maxBytes, qint64 nowMs)
{
    qint64 removed = 0;
    QString error;
    const bool ok = m_impl->writer->run(
        [&](SqliteConnection &db, QString *) {
            std::vector<qint64> ids;
            if (maxAgeMs > 0) {
                SqliteStatement old = db.prepare("SELECT id FROM profiles WHERE end_ms < ?1");
                old.bind(1, nowMs - maxAgeMs);
                while (old.step())
                    ids.push_back(old.int64(0));
            }
            const qint64 aged = deleteProfiles(db, ids);
            if (aged < 0)
                return false;
            removed = aged;
            if (maxBytes <= 0)
                return true;
            SqliteStatement sum = db.prepare("SELECT coalesce(sum(bytes), 0) FROM profiles");
            qint64 stored = sum.step() ? sum.int64(0) : 0;
            ids.clear();
            SqliteStatement oldest =
                db.prepare("SELECT id, bytes FROM profiles ORDER BY start_ms, id");
            while (stored > maxBytes && oldest.step()) {
                ids.push_back(oldest.int64(0));
                stored -= oldest.int64(1);
            }
            const qint64 capped = deleteProfiles(db, ids);
            removed += std::max<qint64>(capped, 0);
            return capped >= 0;
        },
        &error);
    return ok ? int(removed) : 0;
}

std::vector<ProfileTypeId> Library::profileTypes(TimeRange range) const
{
    std::vector<ProfileTypeId> out;
    SqliteReaderPool::Lease db = m_impl->readers->acquire();
    if (!db)
        return out;
    std::set<std::string> types;
    for (const SeriesRow &row : m_impl->matchingSeries(*db, {}, {}, range))
        types.insert(row.profileType);
    for (const std::string &type : types)
        if (std::optional<ProfileTypeId> id = ProfileTypeId::parse(type))
            out.push_back(std::move(*id));
    return out;
}

std::vector<std::string> Library::labelNames(const std::vector<LabelSelector> &selectors,
                                             TimeRange range) const
{
    SqliteReaderPool::Lease db = m_impl->readers->acquire();
    if (!db)
        return {};
    std::set<std::string> names;
    for (const SeriesRow &row : m_impl->matchingSeries(*db, {}, selectors, range))
        for (const auto &label : row.labels)
            names.insert(label.first);
    return {names.begin(), names.end()};
}

std::vector<std::string> Library::labelValues(const std::string &name,
                                              const std::vector<LabelSelector> &selectors,
                                              TimeRange range) const
{
    SqliteReaderPool::Lease db = m_impl->readers->acquire();
    if (!db)
        return {};
    std::set<std::string> values;
    for (const SeriesRow &row : m_impl->matchingSeries(*db, {}, selectors, range)) {
        const std::string_view value = SeriesLabels::value(row.labels, name);
        if (!value.empty())
            values.insert(std::string(value));
    }
    return {values.begin(), values.end()};
}

std::vector<Labels> Library::series(const std::vector<LabelSelector> &selectors,
                                    const std::vector<std::string> &labelNames,
                                    TimeRange range) const
{
    SqliteReaderPool::Lease db = m_impl->readers->acquire();
    if (!db)
        return {};
    std::set<Labels> distinct;
    for (SeriesRow &row : m_impl->matchingSeries(*db, {}, selectors, range)) {
        if (labelNames.empty()) {
            distinct.insert(std::move(row.labels));
            continue;
        }
        Labels cut;
        for (auto &label : row.labels)
            if (std::find(labelNames.begin(), labelNames.end(), label.first) != labelNames.end())
                cut.push_back(std::move(label));
        distinct.insert(std::move(cut));
    }
    return {distinct.begin(), distinct.end()};
}

std::vector<SeriesPoints> Library::selectSeries(const std::string &profileTypeId,
                                                const LabelSelector &selector, TimeRange range,
                                                qint64 stepMs,
                                                const std::vector<std::string> &groupBy,
                                                SeriesAggregation aggregation) const
{
    SqliteReaderPool::Lease db = m_impl->readers->acquire();
    if (!db || profileTypeId.empty())
        return {};
    stepMs = std::max<qint64>(stepMs, 1);
    struct Bucket
    {
        double sum = 0;
        qint64 count = 0;
    };
    std::map<Labels, std::map<qint64, Bucket>> groups;
    // The bucket of a profile is its start, floored to the step. The points come
    // in (series, start) order from the clustered primary key and are bucketed
    // here: SQLite's GROUP BY on the bucket sorted them again in a temporary
    // B-tree, about twice the time for a week of 60,480 points.
    SqliteStatement totals =
        db->prepare("SELECT start_ms, total FROM points WHERE series_id = ?1"
                    " AND start_ms BETWEEN ?2 AND ?3 AND end_ms >= ?4 ORDER BY start_ms");
    const qint64 span = m_impl->maxSpanMs(*db);
    for (const SeriesRow &row : m_impl->matchingSeries(*db, profileTypeId, {selector}, range)) {
        Labels key;
        for (const std::string &name : groupBy) {
            const std::string_view value = SeriesLabels::value(row.labels, name);
            if (!value.empty())
                key.emplace_back(name, std::string(value));
        }
        std::map<qint64, Bucket> &buckets = groups[key];
        totals.reset();
        totals.bind(1, row.id)
            .bind(2, range.startMs - span)
            .bind(3, range.endMs)
            .bind(4, range.startMs);
        qint64 current = std::numeric_limits<qint64>::min();
        Bucket *bucket = nullptr;
        while (totals.step()) {
            const qint64 start = totals.int64(0);
            const qint64 time = start - ((start % stepMs) + stepMs) % stepMs;
            if (time != current || !bucket) {
                current = time;
                bucket = &buckets[time];
            }
            bucket->sum += double(totals.int64(1));
            ++bucket->count;
        }
    }
    std::vector<SeriesPoints> out;
    for (auto &[labels, buckets] : groups) {
        SeriesPoints series;
        series.labels = labels;
        series.points.reserve(buckets.size());
        for (const auto &[time, bucket] : buckets)
            series.points.push_back({time,
                                     aggregation == SeriesAggregation::Average && bucket.count > 0
                                         ? bucket.sum / double(bucket.count)
                                         : bucket.sum});
        if (!series.points.empty())
            out.push_back(std::move(series));
    }
    return out;
}

ProfilePtr Library::merge(const std::string &profileTypeId, const LabelSelector &selector,
                          TimeRange range, QString *error) const
{
    QString scratch;
    if (!error)
        error = &scratch;
    const std::optional<ProfileTypeId> type = ProfileTypeId::parse(profileTypeId);
    if (!type) {
        *error = Text::tr("not a profile type: %1").arg(QString::fromStdString(profileTypeId));
        return nullptr;
    }
    SqliteReaderPool::Lease db = m_impl->readers->acquire(error);
    if (!db)
        return nullptr;
    TreeMerger merger(SampleType{type->sampleType, type->sampleUnit});
    SqliteStatement blobs = db->prepare(
        "SELECT b.data, p.sample_index FROM points p JOIN profiles r ON r.id = p.profile_id"
        " JOIN blobs b ON b.id = r.blob_id"
        " WHERE p.series_id = ?1 AND p.start_ms BETWEEN ?2 AND ?3 AND p.end_ms >= ?4");
    const qint64 span = m_impl->maxSpanMs(*db);
    for (const SeriesRow &row : m_impl->matchingSeries(*db, type->toString(), {selector}, range)) {
        blobs.reset();
        blobs.bind(1, row.id)
            .bind(2, range.startMs - span)
            .bind(3, range.endMs)
            .bind(4, range.startMs);
        while (blobs.step()) {
            const int sampleIndex = int(blobs.int64(1));
            std::optional<ProfileBlob::Tree> tree =
                ProfileBlob::decode(blobs.blob(0), sampleIndex, error);
            if (!tree) {
                *error = m_impl->file + QStringLiteral(": ") + *error;
                return nullptr;
            }
            merger.add(*tree, sampleIndex);
        }
        if (!blobs.ok()) {
            *error = db->lastError();
            return nullptr;
        }
    }
    return merger.build();
}
