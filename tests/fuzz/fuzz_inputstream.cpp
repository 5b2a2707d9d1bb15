// libFuzzer target: InputStream's gzip and zstd inflation (and plain bytes),
// read in small chunks after a peek, under limits low enough that a
// decompression bomb is refused within the time budget of one input.
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::unique_ptr<InputStream> input = InputStream::fromBytes(fuzz::bytes(data, size), "fuzz");
    constexpr qint64 limit = qint64(8) << 20;
    input->setLimits(limit, 1000, qint64(1) << 20);
    // A copy: peek()'s view lasts only until the next read().
    const std::string head(input->peek(4096));
    fuzz::require(head.size() <= 4096, "peek() returns at most what was asked");
    char buffer[1000];
    qint64 total = 0;
    for (;;) {
        const qint64 n = input->read(buffer, sizeof buffer);
        if (n < 0) {
            fuzz::require(!input->error().isEmpty(), "a failed read without a message");
            break;
        }
        if (n == 0)
            break;
        fuzz::require(n <= qint64(sizeof buffer), "read() within its buffer");
        // The peeked head comes back first, unchanged.
        if (total < qint64(head.size()))
            fuzz::require(
                std::string_view(buffer, size_t(std::min<qint64>(n, qint64(head.size()) - total)))
                    == std::string_view(head).substr(
                        size_t(total), size_t(std::min<qint64>(n, qint64(head.size()) - total))),
                "read() repeats what peek() saw");
        total += n;
        fuzz::require(total <= limit, "no more than the limit inflated");
    }
    return 0;
}
