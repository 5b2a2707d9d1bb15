#pragma once

// Shared by the libFuzzer targets (tests/fuzz, docs/fuzzing.md).

#include "importers/importresult.h"
#include "importers/inputstream.h"
#include "model/importlimits.h"
#include "model/progress.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

// Code that uses QThreadPool or timers wants an application object: one for the
// process, made on the first input.
inline void application()
{
    static int argc = 1;
    static char name[] = "pyrograph-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // Decompressed input up to 1 MiB (the default is 16 GiB, past a 64 MiB floor
    // of the 1000:1 ratio): inputs are a few KB, and a zstd frame may then ask
    // for a window of 1 MiB at most, not 64 MB per execution.
    static const bool limited = [] {
        ImportLimits limits = ImportLimits::current();
        limits.maxDecompressedBytes = qint64(1) << 20;
        ImportLimits::setCurrent(limits);
        return true;
    }();
    (void)limited;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A finding that is not a crash: libFuzzer stops at abort() and keeps the input.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz: broken promise: %s\n", what);
        std::abort();
    }
}

// An import either gives a profile or says why not; never both, never neither.
inline void checkResult(const ImportResult &result)
{
    require(result.isOk() || !result.error.isEmpty(), "a failed import without a message");
    require(!result.isOk() || result.error.isEmpty(), "a profile with an error");
}

// Runs one importer on the input as the reader would once its probe said yes,
// without asking the probe: read() must hold up on any bytes.
template<class Importer> int importer(const uint8_t *data, size_t size)
{
    application();
    static const Importer importer;
    std::unique_ptr<InputStream> input = InputStream::fromBytes(bytes(data, size), "fuzz");
    checkResult(importer.read(*input, Progress::none()));
    return 0;
}

} // namespace fuzz
