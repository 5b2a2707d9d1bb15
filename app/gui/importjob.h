#pragma once

#include "importers/importresult.h"

#include <QString>

#include <functional>

class Progress;

// What reads a file in a tab: ProfileReader::readFile by default; tests
// substitute a slow or failing one, and a compare tab one that builds a diff.
// The tab runs it off the GUI thread (JobTracker) with the Progress that
// drives its progress bar and Cancel button.
class ImportJob final
{
public:
    using Reader = std::function<ImportResult(const QString &path, Progress &progress)>;

    static Reader defaultReader();
    // The open dialogs' filter: the usual profile extensions (ProfileReader::fileExtensions), then
    // all files.
    static QString fileDialogFilter();
};
