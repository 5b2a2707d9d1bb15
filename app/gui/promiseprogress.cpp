#include "promiseprogress.h"

#include <algorithm>

PromiseProgress::PromiseProgress(QPromise<ImportResult> &promise)
    : m_promise(promise)
{
    m_promise.setProgressRange(0, range);
}

bool PromiseProgress::isCanceled() const
{
    return m_promise.isCanceled();
}

void PromiseProgress::report(double fraction)
{
    // Only changes cross to the GUI thread: at most `range` signals per import.
    const int value = std::clamp(int(fraction * range), 0, range);
    if (value == m_last)
        return;
    m_last = value;
    m_promise.setProgressValue(value);
}
