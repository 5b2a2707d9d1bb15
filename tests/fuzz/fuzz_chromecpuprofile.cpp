// libFuzzer target: ChromeCpuProfileImporter::read on any bytes (docs/fuzzing.md).
#include "importers/chromecpuprofileimporter.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz::importer<ChromeCpuProfileImporter>(data, size);
}
