#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSettings>

#include <algorithm>

namespace {
const char recentFilesKey[] = "recentFiles";

// The folders of path, innermost first: /a/b/c.txt -> b, a.
QStringList foldersInnermostFirst(const QString &path)
{
    QStringList folders =
        QDir::fromNativeSeparators(QFileInfo(path).path()).split(u'/', Qt::SkipEmptyParts);
    std::reverse(folders.begin(), folders.end());
    return folders;
}

// The last `count` folders of path, outermost first ("a/pprof").
QString lastFolders(const QStringList &innermostFirst, qsizetype count)
{
    QStringList parts = innermostFirst.mid(0, count);
    std::reverse(parts.begin(), parts.end());
    return parts.join(u'/');
}
} // namespace

QStringList RecentFiles::files()
{
    return QSettings().value(recentFilesKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > maxFiles)
        list.removeLast();
    QSettings().setValue(recentFilesKey, list);
}

void RecentFiles::clear()
{
    QSettings().remove(recentFilesKey);
}

QStringList RecentFiles::displayNames(const QStringList &paths)
{
    QHash<QString, QList<qsizetype>> byName;
    for (qsizetype i = 0; i < paths.size(); ++i)
        byName[QFileInfo(paths[i]).fileName()].append(i);
    QStringList names;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        const QList<qsizetype> &same = byName[name];
        if (same.size() < 2) {
            names << name;
            continue;
        }
        // The fewest last folders that no other path of the same name shares.
        const QStringList mine = foldersInnermostFirst(path);
        qsizetype count = 1;
        for (; count < mine.size(); ++count) {
            const QString suffix = lastFolders(mine, count);
            const bool unique = std::none_of(same.begin(), same.end(), [&](qsizetype j) {
                return paths[j] != path
                    && lastFolders(foldersInnermostFirst(paths[j]), count) == suffix;
            });
            if (unique)
                break;
        }
        const QString folders = lastFolders(mine, count);
        names << (folders.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, folders));
    }
    return names;
}
