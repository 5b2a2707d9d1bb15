#include "importjob.h"

#include "importers/profilereader.h"

ImportJob::Reader ImportJob::defaultReader()
{
    return [](const QString &path, Progress &progress) {
        const ProfileReader reader;
        return reader.readFile(path, progress);
    };
}
