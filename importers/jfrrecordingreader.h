#pragma once

#include "jfrrecording.h"

#include <QString>

#include <optional>
#include <string_view>

class Progress;

// A JFR file (the JDK's flight recorder or async-profiler) read into a
// JfrRecording, chunk after chunk: the 68-byte chunk header, the metadata
// event, the constant pools, then the events between them. Events are found by
// their class name in each chunk's metadata and read by field name, so any
// writer's layout reads.
//
// Decisions where writers and readers differ:
// - frames are named as Pyroscope's JFR converter (grafana/jfr-parser) names
//   them: the class's internal name, a '.', the method ("java/lang/Thread.run"),
//   with its merge of JVM-generated classes ("Foo$$Lambda$12/0x..." and
//   "GeneratedMethodAccessor12" end in "_", so runs of a program compare);
// - an execution sample whose thread state is STATE_SLEEPING (async-profiler's
//   wall-clock mode) is not a CPU sample, as in Pyroscope;
// - a frame whose method is not in the pools is "[unknown]" rather than dropped.
//
// Bad input is an error "<source>: jfr: <what> at byte N", never a crash, a
// hang or an allocation larger than the file: counts are checked against the
// bytes left, the constant pool chain against cycles, nesting against a depth
// and the values of a chunk against a budget.
namespace JfrRecordingReader {
// Whether the bytes start a JFR chunk ("FLR\0" and a version this reads).
bool probe(std::string_view head);
std::optional<JfrRecording> read(std::string_view bytes, const QString &source, Progress &progress,
                                 QString *error);
} // namespace JfrRecordingReader
