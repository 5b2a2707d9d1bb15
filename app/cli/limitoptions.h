#pragma once

#include "model/importlimits.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

// --max-nodes, --max-depth, --max-name-bytes, --max-sample-types and
// --max-decompressed: ImportLimits on the command line of every command that
// reads profiles (the subcommands, the window, serve).
namespace LimitOptions {
QList<QCommandLineOption> options();
// The defaults with what parser says on top; what is wrong, or empty.
QString read(const QCommandLineParser &parser, ImportLimits *limits);
} // namespace LimitOptions
