#pragma once

#include "importresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class InputStream;
class Progress;
class ProfileImporter;

// Detects the format of an input by content and runs its importer.
class ProfileReader final
{
public:
    ProfileReader();
    ~ProfileReader();

    ImportResult readFile(const QString &path, Progress &progress) const; // "-" reads stdin
    ImportResult readBytes(QByteArray bytes, const QString &source, Progress &progress) const;
    ImportResult read(InputStream &input, Progress &progress) const;
    // The importer that claims this head, or null.
    const ProfileImporter *detect(std::string_view head) const;
    QStringList formatNames() const;

    // The extensions profiles are saved with (".pb.gz", ".folded", ".zst", ...),
    // longest first: the open dialogs' filter, and what baseName() strips.
    // Detection never looks at them.
    static QStringList fileExtensions();
    // The file name without any of them: "go-cpu.pb.gz" -> "go-cpu",
    // "perf.folded.zst" -> "perf"; at least one character is kept.
    static QString baseName(const QString &path);

private:
    std::vector<std::unique_ptr<ProfileImporter>> m_importers; // in detection order
};
