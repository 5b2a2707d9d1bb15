#pragma once

#include "model/sampletype.h"

#include <QtGlobal>

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The events of a JFR file that make profiles, what every chunk's constant
// pools resolved them to: stacks of frame names, thread names, times. The file
// importer makes one profile of them all; the ingest of a pushed JFR makes one
// per event kind and label set, as Pyroscope does.
struct JfrRecording
{
    // The events read, in the order of sampleTypes() below.
    enum class Kind : quint8 {
        ExecutionSample,       // jdk.ExecutionSample: one CPU sample
        NativeMethodSample,    // jdk.NativeMethodSample: a thread in native code
        AllocationInNewTlab,   // jdk.ObjectAllocationInNewTLAB: value = tlabSize
        AllocationOutsideTlab, // jdk.ObjectAllocationOutsideTLAB: value = allocationSize
        AllocationSample,      // jdk.ObjectAllocationSample: value = weight
        MonitorEnter,          // jdk.JavaMonitorEnter: value = duration in ns
        ThreadPark,            // jdk.ThreadPark: value = duration in ns
    };
    static constexpr int kindCount = 7;

    struct KindInfo
    {
        Kind kind;
        std::string_view eventName;  // "jdk.ExecutionSample"
        std::string_view valueField; // the field summed in the second column; empty: none
        bool duration;               // valueField is in ticks, stored as nanoseconds
        // The profile's columns for the kind: a count, then the sum of valueField.
        SampleType count;
        SampleType sum; // type empty when the kind has one column
    };
    static std::span<const KindInfo> kinds();
    static const KindInfo &info(Kind kind) { return kinds()[size_t(kind)]; }

    struct Sample
    {
        Kind kind;
        quint32 stack;    // index into stacks
        quint32 thread;   // index into threads
        qint64 contextId; // async-profiler's context (Pyroscope's labels), 0 when none
        qint64 timeNanos; // since the epoch
        qint64 value;     // the kind's valueField (bytes or ns); 0 when it has none
    };

    std::vector<std::string> frames;          // interned frame names ("java/lang/Thread.run")
    std::vector<std::vector<quint32>> stacks; // frame indices, root first
    std::vector<std::string> threads;
    std::vector<Sample> samples; // in file order
    qint64 startNanos = 0;       // the first chunk's start, since the epoch
    qint64 endNanos = 0;         // the last chunk's end
    int chunkCount = 0;

    // How many samples of each kind.
    std::array<qsizetype, kindCount> countByKind() const;
};
