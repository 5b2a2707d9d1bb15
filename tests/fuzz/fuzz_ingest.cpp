// libFuzzer target: IngestHandler::parse, Pyroscope's POST /ingest: the query
// (name, from, until, format, sampleRate), the body raw or gzipped, and the
// multipart form with profile, prev_profile and sample_type_config
// (tests/fuzz/fuzzrequest.h says how the bytes become a request).
#include "library/library.h"
#include "server/ingesthandler.h"
#include "server/profilesink.h"
#include "tests/fuzz/fuzzrequest.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::application();
    // parse() stores nothing; the sink only has to exist.
    static QTemporaryDir dir;
    static std::unique_ptr<Library> library = [] {
        QString error;
        auto opened = Library::open(dir.filePath(QStringLiteral("library.sqlite")), &error);
        fuzz::require(opened != nullptr, "the library opens");
        return opened;
    }();
    static ProfileSink sink(*library);
    static const IngestHandler handler(sink, qint64(64) << 20);
    const HttpRequest request = fuzz::request(fuzz::bytes(data, size), "/ingest");
    const IngestHandler::Parsed parsed = handler.parse(request, 1700000000000);
    if (parsed.error) {
        fuzz::require(parsed.error->status >= 400 && parsed.error->status < 600,
                      "an error is a 4xx or 5xx");
        fuzz::require(!parsed.error->body.isEmpty(), "an error says why");
    } else {
        for (const ProfileRecord &record : parsed.records)
            fuzz::require(record.profile != nullptr, "a record holds a profile");
    }
    return 0;
}
