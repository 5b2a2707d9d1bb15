// libFuzzer target: LabelSelector::parse, as the querier and /render take selectors.
#include "library/labelselector.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    QString error;
    const auto selector = LabelSelector::parse(text, &error);
    if (!selector) {
        fuzz::require(!error.isEmpty(), "a refused selector without a message");
        return 0;
    }
    // The canonical text parses back to itself.
    const std::string canonical = selector->toString();
    const auto again = LabelSelector::parse(canonical, &error);
    fuzz::require(again.has_value(), "toString() parses");
    fuzz::require(again->toString() == canonical, "toString() is a fixed point");
    (void)selector->matches(
        Labels{{"service_name", "app"}, {"region", std::string(text.substr(0, 16))}});
    return 0;
}
