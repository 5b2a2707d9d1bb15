// libFuzzer target: QuerierService::handle, the Connect API of `pyrograph serve`,
// on a small library (tests/server/queriertestutil.h). The first byte picks the
// method, the second the encoding (even: JSON, odd: binary protobuf); the rest
// is the request body.
#include "server/querierservice.h"
#include "tests/fuzz/fuzzsupport.h"
#include "tests/server/queriertestutil.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::application();
    static queriertest::Fixture fixture;
    static const bool filled = fixture.fill();
    fuzz::require(filled, "the library fills");
    static const QuerierService service(*fixture.library);
    if (size < 2)
        return 0;
    const std::vector<std::string> &paths = QuerierService::paths();
    // One past the methods: a path that is not one.
    const size_t method = data[0] % (paths.size() + 1);
    const std::string path =
        method < paths.size() ? paths[method] : std::string(QuerierService::pathPrefix) + "Unknown";
    const HttpRequest request =
        queriertest::post(path, fuzz::bytes(data + 2, size - 2),
                          data[1] % 2 ? "application/proto" : "application/json");
    const HttpResponse response = service.handle(request);
    fuzz::require(response.status >= 200 && response.status < 600, "an HTTP status");
    return 0;
}
