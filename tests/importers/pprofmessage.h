#pragma once

// A small pprof Profile message for the decoder and probe tests, written by
// PprofWriter from a profile built here.

#include "importers/pprofwriter.h"
#include "model/profilebuilder.h"

#include <QByteArray>

#include <string_view>
#include <vector>

namespace testutil {

inline ProfilePtr smallPprofProfile()
{
    ProfileBuilder builder({{"samples", "count"}, {"cpu", "nanoseconds"}});
    const std::vector<std::string_view> a{"main", "work", "leaf"}, b{"main", "idle"}, c{"main", "work"};
    const std::vector<qint64> va{3, 300}, vb{1, 100}, vc{2, 20};
    builder.addStack(a, va);
    builder.addStack(b, vb);
    builder.addStack(c, vc);
    builder.setDefaultSampleType(1);
    builder.metadata().period = 10000000;
    return builder.build();
}

inline QByteArray smallPprofMessage()
{
    return PprofWriter::encode(*smallPprofProfile());
}

} // namespace testutil
