#pragma once

#include "model/profile.h"

#include <QString>

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
    static ImportResult cancellation()
    {
        ImportResult r;
        r.canceled = true;
        r.error = QStringLiteral("cancelled");
        return r;
    }
};
