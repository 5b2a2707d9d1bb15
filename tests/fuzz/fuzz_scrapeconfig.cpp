// libFuzzer target: ScrapeConfig::parse, Pyroscope's scrape-configs YAML.
#include "server/scrapeconfig.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    QString error;
    if (!ScrapeConfig::parse(text, QStringLiteral("/fuzz/pyroscope.yml"), &error))
        fuzz::require(!error.isEmpty(), "a refused config without a message");
    return 0;
}
