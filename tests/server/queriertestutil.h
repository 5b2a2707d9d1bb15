#pragma once

// Helpers shared by the querier tests: a real library in a temporary folder,
// filled through Library::add with small profiles whose flamegraphs are known.

#include "library/library.h"
#include "model/profilebuilder.h"
#include "server/httpexchange.h"

#include <QTemporaryDir>

#include <google/protobuf/message.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace queriertest {

// Stacks "a;b N", one sample type (cpu nanoseconds).
inline ProfilePtr profile(const std::vector<std::pair<std::string, qint64>> &stacks)
{
    ProfileBuilder builder(std::vector<SampleType>{SampleType{"cpu", "nanoseconds"}});
    for (const auto &[stack, value] : stacks) {
        std::vector<std::string_view> frames;
        for (size_t start = 0; start <= stack.size();) {
            const size_t end = std::min(stack.find(';', start), stack.size());
            frames.push_back(std::string_view(stack).substr(start, end - start));
            start = end + 1;
        }
        const qint64 values[] = {value};
        builder.addStack(frames, values);
    }
    return builder.build();
}

inline ProfileTypeId cpuType()
{
    return ProfileTypeId{"process_cpu", "cpu", "nanoseconds", "cpu", "nanoseconds"};
}

inline const std::string cpu = "process_cpu:cpu:nanoseconds:cpu:nanoseconds";

// t0 and t0 + 10 s: two pushes of service "app" (region eu: the tiny
// profile main;foo 3, main;bar 2, main 1; region us: main;foo 1), and one of
// "db" at t0 + 20 s (query 5).
inline constexpr qint64 t0 = 1700000000000;

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library;

    bool fill()
    {
        QString error;
        library = Library::open(dir.filePath(QStringLiteral("library.sqlite")), &error);
        if (!library) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        auto add = [&](Labels labels, qint64 start, ProfilePtr p) {
            ProfileRecord r;
            r.labels = std::move(labels);
            r.startMs = start;
            r.endMs = start + 10000 - 1;
            r.source = "test";
            r.profile = std::move(p);
            r.types = {cpuType()};
            if (library->add(r, &error) < 0) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            return true;
        };
        return add({{"region", "eu"}, {"service_name", "app"}}, t0,
                   profile({{"main;foo", 3}, {"main;bar", 2}, {"main", 1}}))
            && add({{"region", "us"}, {"service_name", "app"}}, t0 + 10000,
                   profile({{"main;foo", 1}}))
            && add({{"service_name", "db"}}, t0 + 20000, profile({{"query", 5}}));
    }
};

inline HttpRequest post(std::string path, QByteArray body,
                        std::string contentType = "application/json")
{
    HttpRequest r;
    r.method = "POST";
    r.path = std::move(path);
    r.headers.emplace("content-type", std::move(contentType));
    r.body = std::move(body);
    return r;
}

inline HttpRequest postProto(std::string path, const google::protobuf::Message &message)
{
    const std::string bytes = message.SerializeAsString();
    return post(std::move(path), QByteArray(bytes.data(), qsizetype(bytes.size())),
                "application/proto");
}

} // namespace queriertest
