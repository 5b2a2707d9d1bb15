#include "timelinesources.h"

#include "filesettimelinesource.h"
#include "filetimelinesource.h"
#include "library.h"
#include "librarytimelinesource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
// lupdate files Text::tr("...") under TimelineSources.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TimelineSources)
};
} // namespace

bool TimelineSources::isLibraryFile(const QString &path)
{
    QFile file(path);
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.open(QIODevice::ReadOnly) && file.read(magic.size()) == magic;
}

std::unique_ptr<TimelineSource> TimelineSources::open(const QString &source, Progress &progress,
                                                      QString *error)
{
    if (!QFileInfo::exists(source)) {
        *error = Text::tr("%1: no such file").arg(source);
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

std::unique_ptr<TimelineSource> TimelineSources::open(const QStringList &sources,
                                                      Progress &progress, QString *error)
{
    if (sources.size() == 1)
        return open(sources.front(), progress, error);
    if (sources.isEmpty()) {
        *error = Text::tr("no source given");
        return nullptr;
    }
    std::vector<std::unique_ptr<FileTimelineSource>> files;
    for (const QString &path : sources) {
        if (isLibraryFile(path)) {
            *error = Text::tr("%1: a library is a source of its own, not one of several files")
                         .arg(path);
            return nullptr;
        }
        std::unique_ptr<FileTimelineSource> file = FileTimelineSource::open(path, progress, error);
        if (!file)
            return nullptr;
        files.push_back(std::move(file));
    }
    return std::make_unique<FileSetTimelineSource>(std::move(files));
}

std::optional<ProfileTypeId> TimelineSources::findType(const std::vector<ProfileTypeId> &types,
                                                       std::string_view text)
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
