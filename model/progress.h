#pragma once

// How long work reports progress and learns that it was cancelled. Background
// work gets one from its JobTracker; work run in place gets Progress::none().
class Progress
{
public:
    virtual ~Progress() = default;
    virtual bool isCanceled() const { return false; }
    // fraction in [0, 1]; callers report about a hundred times per job
    virtual void report(double fraction) { (void)fraction; }

    static Progress &none();
};
