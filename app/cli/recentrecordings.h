#pragma once

#include <QString>
#include <QStringList>

// The profile files of the latest adhoc recordings, newest first, kept in the
// settings (QSettings) so that `pyrograph adhoc` and File > Record… add to one
// list and File > Compare… offers it: two runs of the same command compared
// at once. Only files the window can open again are listed (pprof, JSON,
// folded, speedscope, not the flamegraph pages); files since deleted drop out.
class RecentRecordings
{
public:
    static constexpr int maxFiles = 20;

    static QStringList files();
    // Puts paths (made absolute) in front, in their order, dropping the oldest past maxFiles.
    static void add(const QStringList &paths);
    static void clear();
    // "adhoc-node-20261206-101500/wall.pb.gz": the recording's folder and the file.
    static QString displayName(const QString &path);
};
