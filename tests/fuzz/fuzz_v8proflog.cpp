// libFuzzer target: V8ProfLogImporter::read on any bytes (docs/fuzzing.md).
#include "importers/v8proflogimporter.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz::importer<V8ProfLogImporter>(data, size);
}
