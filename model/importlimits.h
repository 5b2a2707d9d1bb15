#pragma once

#include <QString>
#include <QtGlobal>

// The most one input may make Pyrograph hold, so that a hostile or broken
// profile (from a file, or from the network through `pyrograph serve`) is
// refused with an error that names the limit and the option that raises it,
// instead of exhausting memory or the stack. One set for the process: the
// command line's --max-* options set it before any import starts, and imports
// read it (ProfileBuilder, InputStream). The defaults hold the largest real
// profiles we know with a wide margin: a fleet's 7.6 million nodes, a
// 200,000-frame recursion (tests hold one), C++ template names of tens of kilobytes.
struct ImportLimits
{
    qint64 maxDecompressedBytes = qint64(16) << 30; // --max-decompressed
    qint64 maxNodes = 100'000'000;                  // --max-nodes: call tree nodes
    qint64 maxDepth = 1'000'000;                    // --max-depth: frames in one stack
    qint64 maxNameBytes = 256 * 1024;               // --max-name-bytes: one frame's name
    qint64 maxSampleTypes = 256;                    // --max-sample-types
    // Not an option: the tree adds values up in qint64, so the absolute values
    // of one sample type may not add up past this (a hostile file's counts
    // would otherwise overflow, which is undefined behaviour).
    qint64 maxValueSum = qint64(1) << 62;

    // No limit at all: for profiles made from profiles already read (merges,
    // transforms, diffs, the library's stored trees), which are not input.
    static ImportLimits unlimited();
    // The process's limits (the defaults until setCurrent()).
    static const ImportLimits &current();
    // Not thread-safe with imports running: set at start-up, or in a test
    // between imports.
    static void setCurrent(const ImportLimits &limits);

    // "... exceeds the limit of N (--option)": the tail of each refusal.
    static QString exceeded(const QString &what, qint64 value, qint64 limit, const char *option);
};
