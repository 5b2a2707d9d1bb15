#pragma once

#include <QString>
#include <QStringList>

// The files opened last, newest first, kept in the settings (QSettings, owned
// by app/gui), and the names the menu and the welcome page show for them: the
// file name, and for files that share one (two go-cpu.pb.gz) the shortest
// part of their folders that tells them apart.
class RecentFiles
{
public:
    static constexpr int maxFiles = 10;

    static QStringList files();
    // Moves path to the front, dropping the oldest past maxFiles.
    static void add(const QString &path);
    static void clear();

    // One name per path, in order: "go-cpu.pb.gz", or "go-cpu.pb.gz (a/pprof)"
    // when another path has the same file name but not the same last folders.
    static QStringList displayNames(const QStringList &paths);
};
