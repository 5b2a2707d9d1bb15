#pragma once

#include "progress.h"

// Reports a part [from, to] of a job to another Progress, so a transform's walk
// and the builder's build() share one progress bar.
class ProgressSpan final : public Progress
{
public:
    ProgressSpan(Progress &outer, double from, double to)
        : m_outer(outer)
        , m_from(from)
        , m_to(to)
    {}
    bool isCanceled() const override { return m_outer.isCanceled(); }
    void report(double fraction) override { m_outer.report(m_from + (m_to - m_from) * fraction); }

private:
    Progress &m_outer;
    double m_from;
    double m_to;
};
