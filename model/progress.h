#pragma once

// How long work reports progress and learns that it was cancelled, without the
// model depending on QFuture: the app adapts a QPromise to this.
class Progress
{
public:
    virtual ~Progress() = default;
    virtual bool isCanceled() const { return false; }
    // fraction in [0, 1]; callers report about a hundred times per job
    virtual void report(double fraction) { (void)fraction; }

    static Progress &none();
};
