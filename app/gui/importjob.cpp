#include "importjob.h"

#include "importers/profilereader.h"

#include <QObject>
#include <QStringList>

ImportJob::Reader ImportJob::defaultReader()
{
    return [](const QString &path, Progress &progress) {
        const ProfileReader reader;
        return reader.readFile(path, progress);
    };
}

QString ImportJob::fileDialogFilter()
{
    QStringList patterns;
    for (const QString &extension : ProfileReader::fileExtensions())
        patterns << u'*' + extension;
    return QObject::tr("Profiles (%1);;All files (*)").arg(patterns.join(u' '));
}
