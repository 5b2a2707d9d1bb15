#include "recentrecordings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {
const QString key = QStringLiteral("recentRecordings");
} // namespace

QStringList RecentRecordings::files()
{
    QSettings settings;
    // Another process (`pyrograph adhoc`, File > Record…'s) may have added some.
    settings.sync();
    QStringList existing;
    for (const QString &path : settings.value(key).toStringList())
        if (QFileInfo::exists(path))
            existing << path;
    return existing;
}

void RecentRecordings::add(const QStringList &paths)
{
    QStringList list;
    for (const QString &path : paths)
        list << QFileInfo(path).absoluteFilePath();
    for (const QString &path : files())
        if (!list.contains(path))
            list << path;
    QSettings settings;
    settings.setValue(key, list.mid(0, maxFiles));
    settings.sync();
}

void RecentRecordings::clear()
{
    QSettings().remove(key);
}

QString RecentRecordings::displayName(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().dirName() + u'/' + info.fileName();
}
