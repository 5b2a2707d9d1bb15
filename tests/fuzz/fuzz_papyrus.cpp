// libFuzzer target: PapyrusImporter::read on any bytes (docs/fuzzing.md).
#include "importers/papyrusimporter.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz::importer<PapyrusImporter>(data, size);
}
