// libFuzzer target: PyroscopeTime::parseMs, the from and until of /ingest and /render.
#include "server/pyroscopetime.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    (void)PyroscopeTime::parseMs(text, 1700000000000);
    (void)PyroscopeTime::parseMs(text, 0);
    return 0;
}
