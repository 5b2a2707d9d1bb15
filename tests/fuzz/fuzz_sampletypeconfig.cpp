// libFuzzer target: SampleTypeConfig::parse, the sample_type_config part of /ingest.
#include "server/sampletypeconfig.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    if (!SampleTypeConfig::parse(fuzz::bytes(data, size), &error))
        fuzz::require(!error.isEmpty(), "a refused sample_type_config without a message");
    return 0;
}
