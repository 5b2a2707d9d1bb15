#pragma once

#include "importers/importresult.h"
#include "model/progress.h"

#include <QPromise>

// The model's Progress over a QPromise: importers learn of a cancel from the
// future's cancel() and their fractions become the future's progress value, in
// thousandths (setProgressRange(0, 1000) is done here).
class PromiseProgress final : public Progress
{
public:
    static constexpr int range = 1000;

    explicit PromiseProgress(QPromise<ImportResult> &promise);
    bool isCanceled() const override;
    void report(double fraction) override;

private:
    QPromise<ImportResult> &m_promise;
    int m_last = -1;
};
