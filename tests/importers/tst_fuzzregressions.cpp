#include "tests/support/testregistry.h"

#include "importers/callgrindimporter.h"
#include "importers/chromecpuprofileimporter.h"
#include "importers/chrometraceimporter.h"
#include "importers/collapsedimporter.h"
#include "importers/flamebearerimporter.h"
#include "importers/geckoprofileimporter.h"
#include "importers/ghcprofimporter.h"
#include "importers/inputstream.h"
#include "importers/instrumentsimporter.h"
#include "importers/jfrimporter.h"
#include "importers/papyrusimporter.h"
#include "importers/perfscriptimporter.h"
#include "importers/pmcstatimporter.h"
#include "importers/pprofimporter.h"
#include "importers/profilereader.h"
#include "importers/safaritimelineimporter.h"
#include "importers/speedscopeimporter.h"
#include "importers/stackprofimporter.h"
#include "importers/v8proflogimporter.h"
#include "model/progress.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>
#include <map>

namespace {

const QString regressionsDir = QStringLiteral(PYROGRAPH_CORPUS_DIR "/fuzz-regressions");

// The fuzz targets of tests/fuzz that feed one importer, by name.
const std::map<QString, std::function<std::unique_ptr<ProfileImporter>()>> &importers()
{
    static const std::map<QString, std::function<std::unique_ptr<ProfileImporter>()>> all{
        {"callgrind", [] { return std::make_unique<CallgrindImporter>(); }},
        {"chromecpuprofile", [] { return std::make_unique<ChromeCpuProfileImporter>(); }},
        {"chrometrace", [] { return std::make_unique<ChromeTraceImporter>(); }},
        {"collapsed", [] { return std::make_unique<CollapsedImporter>(); }},
        {"flamebearer", [] { return std::make_unique<FlamebearerImporter>(); }},
        {"gecko", [] { return std::make_unique<GeckoProfileImporter>(); }},
        {"ghcprof", [] { return std::make_unique<GhcProfImporter>(); }},
        {"instruments", [] { return std::make_unique<InstrumentsImporter>(); }},
        {"jfr", [] { return std::make_unique<JfrImporter>(); }},
        {"papyrus", [] { return std::make_unique<PapyrusImporter>(); }},
        {"perfscript", [] { return std::make_unique<PerfScriptImporter>(); }},
        {"pmcstat", [] { return std::make_unique<PmcstatImporter>(); }},
        {"pprof", [] { return std::make_unique<PprofImporter>(PprofImporter::Decoder::Fast); }},
        {"safari", [] { return std::make_unique<SafariTimelineImporter>(); }},
        {"speedscope", [] { return std::make_unique<SpeedscopeImporter>(); }},
        {"stackprof", [] { return std::make_unique<StackprofImporter>(); }},
        {"v8proflog", [] { return std::make_unique<V8ProfLogImporter>(); }},
    };
    return all;
}

// Either a profile or an error that names the input; never both, never neither.
void checkResult(const ImportResult &result, const QString &source)
{
    if (result.isOk()) {
        QVERIFY(result.error.isEmpty());
        return;
    }
    QVERIFY2(!result.error.isEmpty(), "a failed import without a message");
    QVERIFY2(result.error.contains(source), qPrintable(result.error));
}

} // namespace

// The inputs that libFuzzer found crashing or hanging a parser (./dev fuzz,
// docs/fuzzing.md), kept under tests/data/fuzz-regressions/<target>/: each one
// now imports, or fails with a message, through its importer and through the
// reader's detection.
class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void importOrFail_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QDir root(regressionsDir);
        for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            // Targets above the importers (ingest, querier, ...) have their own test.
            if (!importers().contains(target) && target != QLatin1String("detect")
                && target != QLatin1String("inputstream"))
                continue;
            const QDir dir(root.filePath(target));
            for (const QString &name : dir.entryList(QDir::Files))
                QTest::newRow(qPrintable(target + u'/' + name)) << target << dir.filePath(name);
        }
    }

    void importOrFail()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString source = QFileInfo(path).fileName();
        if (const auto it = importers().find(target); it != importers().end()) {
            const std::unique_ptr<ProfileImporter> importer = it->second();
            auto input = InputStream::fromBytes(bytes, source);
            checkResult(importer->read(*input, Progress::none()), source);
            if (QTest::currentTestFailed())
                return;
        }
        checkResult(ProfileReader().readBytes(bytes, source, Progress::none()), source);
    }
};

PYROGRAPH_TEST_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
