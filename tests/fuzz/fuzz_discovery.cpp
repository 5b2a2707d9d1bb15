// libFuzzer target: ScrapeConfig::parseTargetFile, a file-sd-configs file
// (Prometheus' file_sd format), read once as .json and once as .yml.
#include "server/scrapeconfig.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    for (const char *file : {"/fuzz/targets.json", "/fuzz/targets.yml"}) {
        QString error;
        if (!ScrapeConfig::parseTargetFile(text, QString::fromLatin1(file), &error))
            fuzz::require(!error.isEmpty(), "a refused target file without a message");
    }
    return 0;
}
