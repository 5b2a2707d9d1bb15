#pragma once

#include "importers/importresult.h"

#include <QFuture>
#include <QString>

#include <functional>

class Progress;

// Starts an import off the GUI thread. The future reports progress in
// thousandths (0..PromiseProgress::range) and can be cancelled; its one result
// is the ImportResult (a cancellation when cancelled).
class ImportJob final
{
public:
    // What reads a file: ProfileReader::readFile by default; tests substitute a
    // slow or failing one.
    using Reader = std::function<ImportResult(const QString &path, Progress &progress)>;

    static Reader defaultReader();
    static QFuture<ImportResult> start(const QString &path, Reader reader = defaultReader());
};
