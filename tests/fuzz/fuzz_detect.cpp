// libFuzzer target: ProfileReader, as `pyrograph FILE` runs it: detection by
// content (gzip and zstd inflated first), then the importer that claims the head.
#include "importers/profilereader.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::application();
    static const ProfileReader reader;
    const QByteArray input = fuzz::bytes(data, size);
    // detect() looks at the head alone, and answers the same for the same head.
    const std::string_view head(input.constData(),
                                size_t(std::min<qsizetype>(input.size(), 65536)));
    fuzz::require(reader.detect(head) == reader.detect(head), "detect() is deterministic");
    fuzz::checkResult(reader.readBytes(input, "fuzz", Progress::none()));
    return 0;
}
