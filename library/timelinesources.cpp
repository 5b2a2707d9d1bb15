#include "timelinesources.h"

#include "filetimelinesource.h"
#include "library.h"
#include "librarytimelinesource.h"

#include <QFile>
#include <QFileInfo>

bool TimelineSources::isLibraryFile(const QString &path)
{
    QFile file(path);
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.open(QIODevice::ReadOnly) && file.read(magic.size()) == magic;
}

std::unique_ptr<TimelineSource> TimelineSources::open(const QString &source, Progress &progress, QString *error)
{
    if (!QFileInfo::exists(source)) {
        *error = QStringLiteral("%1: no such file").arg(source);
        return nullptr;
    }
    if (isLibraryFile(source)) {
        std::shared_ptr<Library> library = Library::open(source, error);
        if (!library)
            return nullptr;
        return std::make_unique<LibraryTimelineSource>(std::move(library));
    }
    return FileTimelineSource::open(source, progress, error);
}

std::optional<ProfileTypeId> TimelineSources::findType(const std::vector<ProfileTypeId> &types, std::string_view text)
{
    if (types.empty())
        return std::nullopt;
    if (text.empty())
        return types.front();
    for (const ProfileTypeId &type : types)
        if (type.toString() == text)
            return type;
    if (const std::optional<ProfileTypeId> parsed = ProfileTypeId::parse(text))
        return std::nullopt; // a whole ID that is not there
    std::optional<ProfileTypeId> found;
    for (const ProfileTypeId &type : types) {
        if (type.name == text || type.sampleType == text) {
            if (found && !(*found == type))
                return std::nullopt;
            found = type;
        }
    }
    return found;
}
