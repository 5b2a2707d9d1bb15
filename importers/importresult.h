#pragma once

#include "model/profile.h"

#include <QString>

class Progress;
class ProfileBuilder;

// A profile, or the reason there is none. The message names the source, the
// format tried and where it failed ("go-cpu.pb.gz: pprof: truncated field at byte 1234").
struct ImportResult
{
    ProfilePtr profile;
    QString error;
    bool canceled = false;

    bool isOk() const { return profile != nullptr; }
    static ImportResult failure(QString message)
    {
        ImportResult r;
        r.error = std::move(message);
        return r;
    }
    // The builder's profile, or a cancellation when progress says so.
    static ImportResult built(ProfileBuilder &builder, Progress &progress);
    static ImportResult cancellation()
    {
        ImportResult r;
        r.canceled = true;
        r.error = QStringLiteral("cancelled");
        return r;
    }
};
