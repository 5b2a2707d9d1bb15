#include "profilereader.h"

#include "callgrindimporter.h"
#include "chromecpuprofileimporter.h"
#include "chrometraceimporter.h"
#include "collapsedimporter.h"
#include "flamebearerimporter.h"
#include "geckoprofileimporter.h"
#include "ghcprofimporter.h"
#include "inputstream.h"
#include "instrumentsimporter.h"
#include "jfrimporter.h"
#include "model/hugepageheap.h"
#include "papyrusimporter.h"
#include "perfscriptimporter.h"
#include "pmcstatimporter.h"
#include "pprofimporter.h"
#include "profileimporter.h"
#include "safaritimelineimporter.h"
#include "speedscopeimporter.h"
#include "stackprofimporter.h"
#include "v8proflogimporter.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
// lupdate files Text::tr("...") under ProfileReader.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileReader)
};

constexpr qsizetype probeBytes = 65536;
}

ProfileReader::ProfileReader()
{
    // Detection order: binary formats first, then the JSON formats (each looks
    // for its own keys), then the line-based text formats, whose probes are the
    // most permissive. Collapsed comes last.
    m_importers.push_back(std::make_unique<PprofImporter>());
    m_importers.push_back(std::make_unique<JfrImporter>());
    m_importers.push_back(std::make_unique<FlamebearerImporter>());
    m_importers.push_back(std::make_unique<SpeedscopeImporter>());
    m_importers.push_back(std::make_unique<ChromeCpuProfileImporter>());
    m_importers.push_back(std::make_unique<ChromeTraceImporter>());
    m_importers.push_back(std::make_unique<GeckoProfileImporter>());
    m_importers.push_back(std::make_unique<SafariTimelineImporter>());
    m_importers.push_back(std::make_unique<GhcProfImporter>()); // JSON (-pj) and text (-p, -P)
    m_importers.push_back(std::make_unique<V8ProfLogImporter>()); // and the raw log it refuses
    m_importers.push_back(std::make_unique<StackprofImporter>());
    m_importers.push_back(std::make_unique<PerfScriptImporter>());
    m_importers.push_back(std::make_unique<PmcstatImporter>());
    m_importers.push_back(std::make_unique<CallgrindImporter>());
    m_importers.push_back(std::make_unique<InstrumentsImporter>());
    m_importers.push_back(std::make_unique<PapyrusImporter>());
    m_importers.push_back(std::make_unique<CollapsedImporter>());
}

ProfileReader::~ProfileReader() = default;

ImportResult ProfileReader::readFile(const QString &path, Progress &progress) const
{
    QString error;
    std::unique_ptr<InputStream> input = InputStream::openFile(path, &error);
    if (!input)
        return ImportResult::failure(error);
    return read(*input, progress);
}

ImportResult ProfileReader::readBytes(QByteArray bytes, const QString &source, Progress &progress) const
{
    std::unique_ptr<InputStream> input = InputStream::fromBytes(std::move(bytes), source);
    return read(*input, progress);
}

ImportResult ProfileReader::read(InputStream &input, Progress &progress) const
{
    // The importer's tables grow in this thread's heap.
    HugePageHeap::adviseThisThread();
    const std::string_view head = input.peek(probeBytes);
    if (!input.error().isEmpty() && head.empty())
        return ImportResult::failure(input.error());
    if (head.empty())
        return ImportResult::failure(Text::tr("%1: the input is empty").arg(input.source()));
    const ProfileImporter *importer = detect(head);
    if (!importer) {
        // A corrupt compressed stream is the better explanation than the format.
        if (!input.error().isEmpty())
            return ImportResult::failure(input.error());
        return ImportResult::failure(
            Text::tr("%1: unrecognised format (tried %2)")
                .arg(input.source(), formatNames().join(QStringLiteral(", "))));
    }
    ImportResult result = importer->read(input, progress);
    // A limit refused in ProfileBuilder knows neither the file nor the format.
    if (result.outcome == JobOutcome::Failed && !result.error.startsWith(input.source()))
        result.error = QStringLiteral("%1: %2: %3").arg(input.source(), importer->formatName(),
                                                       result.error);
    return result;
}

const ProfileImporter *ProfileReader::detect(std::string_view head) const
{
    for (const auto &importer : m_importers) {
        if (importer->probe(head))
            return importer.get();
    }
    return nullptr;
}

QStringList ProfileReader::formatNames() const
{
    QStringList names;
    for (const auto &importer : m_importers)
        names << importer->formatName();
    return names;
}

QStringList ProfileReader::fileExtensions()
{
    // Compound ones before their tails, so that the longest matches first.
    static const QStringList extensions =
        QStringLiteral(
            ".speedscope.json .cpuprofile .collapsed .folded .pprof .pb.gz .prof .json .perf "
            ".txt .zst .pb .gz")
            .split(u' ');
    return extensions;
}

QString ProfileReader::baseName(const QString &path)
{
    QString name = path.section(u'/', -1);
    const QStringList extensions = fileExtensions();
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString &extension : extensions) {
            if (name.size() > extension.size() && name.endsWith(extension, Qt::CaseInsensitive)) {
                name.chop(extension.size());
                stripped = true;
                break;
            }
        }
    }
    return name;
}
