// libFuzzer target: PmcstatImporter::read on any bytes (docs/fuzzing.md).
#include "importers/pmcstatimporter.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz::importer<PmcstatImporter>(data, size);
}
