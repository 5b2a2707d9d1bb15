#pragma once

#include "commandline.h"

#include "library/labelselector.h"
#include "library/profiletypeid.h"
#include "library/timelinesource.h"

#include <QString>

#include <memory>
#include <optional>

// A SOURCE and the query of the `timeline`, `diff` and `top` commands: the
// source opened (TimelineSources::open), --query read into a profile type of
// the source and a label selector, --from/--until read as Pyroscope writes
// times (or RFC 3339). A file's defaults are its sample type and its whole
// span; the library's are its only type and the last hour, as Pyroscope's UI.
class TimelineQuery final
{
public:
    enum class Failure { None, Usage, Source };

    // Null with *error, and *failure saying whose fault it was.
    // Several sources: profile files read together (FileSetTimelineSource).
    static std::unique_ptr<TimelineQuery> open(const QStringList &sources,
                                               const CommandLine::TimelineArguments &arguments,
                                               qint64 nowMs, QString *error, Failure *failure);

    const TimelineSource &source() const { return *m_source; }
    // For the window, which queries it from the thread pool.
    std::shared_ptr<const TimelineSource> sharedSource() const { return m_source; }
    const ProfileTypeId &type() const { return m_type; }
    const LabelSelector &selector() const { return m_selector; }
    // --from..--until, or the defaults.
    TimeRange range() const { return m_range; }
    // "FROM..UNTIL" as diff's --base and --new have it; nullopt with *error.
    std::optional<TimeRange> parseRange(const QString &text, QString *error) const;
    // About 100 points over range, in whole seconds (at least one millisecond
    // for a file shorter than 100 ms).
    static qint64 defaultStepMs(TimeRange range);
    // The source's merge of range; null with *error.
    ProfilePtr merge(TimeRange range, QString *error) const;

private:
    std::shared_ptr<const TimelineSource> m_source;
    ProfileTypeId m_type;
    LabelSelector m_selector;
    TimeRange m_range;
    qint64 m_nowMs = 0;
};
