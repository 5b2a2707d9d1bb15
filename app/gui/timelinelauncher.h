#pragma once

#include "app/cli/commandline.h"

#include <QString>

#include <functional>

class TimelineWindow;

// `pyrograph SOURCE --timeline | --query ... [--from T] [--until T] [--range
// FROM..UNTIL] [--compare FROM..UNTIL] [--screenshot OUT.png]`: the timeline
// window over SOURCE, with the query and ranges read as the `timeline` command
// reads them (TimelineQuery), so the window and the command line agree.
namespace TimelineLauncher {
// A new window (the caller owns it), its query and ranges set; null with
// *error, *usage telling a bad argument from a source that failed.
TimelineWindow *open(const CommandLine &commandLine, QString *error, bool *usage);
// Once the window's query, and the merge of its ranges, are shown: saves the
// window to path and calls done(0), or done(1, why).
void screenshot(TimelineWindow *window, const QString &path,
                std::function<void(int, QString)> done);
} // namespace TimelineLauncher
