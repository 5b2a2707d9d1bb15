#pragma once

#include "model/joboutcome.h"
#include "model/profile.h"

#include <QString>

class Progress;
class ProfileBuilder;

// A profile, or the reason there is none. The message names the source, the
// format tried and where it failed ("go-cpu.pb.gz: pprof: truncated field at byte 1234").
struct ImportResult
{
    ProfilePtr profile;
    QString error; // when Failed
    JobOutcome outcome = JobOutcome::Failed;

    bool isOk() const { return outcome == JobOutcome::Done && profile; }
    bool isCancelled() const { return outcome == JobOutcome::Cancelled; }
    static ImportResult success(ProfilePtr profile)
    {
        ImportResult r;
        r.profile = std::move(profile);
        r.outcome = JobOutcome::Done;
        return r;
    }
    static ImportResult failure(QString message)
    {
        ImportResult r;
        r.error = std::move(message);
        return r;
    }
    // The builder's profile, a failure when the input exceeded an ImportLimits
    // (the message names the limit, after the metadata's source and format
    // where the importer has set them), or a
    // cancellation when progress says so.
    static ImportResult built(ProfileBuilder &builder, Progress &progress);
    // No message: a cancel is the user's own doing, nothing to tell them.
    static ImportResult cancellation()
    {
        ImportResult r;
        r.outcome = JobOutcome::Cancelled;
        return r;
    }
};
