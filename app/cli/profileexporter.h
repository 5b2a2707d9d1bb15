#pragma once

#include "exportformat.h"

#include "model/joboutcome.h"
#include "model/profile.h"
#include "model/progress.h"
#include "widgets/render/exportoptions.h"

#include <QStringList>

#include <span>

// Writes a profile to a file in any ExportFormat: the exchange formats through
// the importers' writers, the flamegraphs through the render library. Every
// write goes through a QSaveFile, so a failed or cancelled export never leaves
// half a file under the requested name. Shared by `pyrograph export`,
// `pyrograph diff -o` and the window's File > Export.
class ProfileExporter
{
public:
    struct Entry
    {
        ExportFormat format;
        const char *description; // for the file dialog: QT_TRANSLATE_NOOP("ProfileExporter", ...)
    };

    // Every format, in the order help texts and the file dialog list them.
    static std::span<const Entry> entries();
    static QStringList extensions();
    // options.sampleType is the sample type (pprof and speedscope keep every
    // type); the flamegraph formats read the rest of options too. Failed with
    // *error naming the file and what went wrong; Cancelled (and no file) when
    // progress said so.
    static JobOutcome write(ExportFormat format, const Profile &profile,
                            const ExportOptions &options, const QString &path, Progress &progress,
                            QString *error);
};
