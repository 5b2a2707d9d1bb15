#include "tests/support/testregistry.h"

// The generated Pyroscope messages have a field named "slots", which Qt's
// keyword macro would rewrite: this file says Q_SLOTS.
#undef slots

#include "library/labelselector.h"
#include "library/library.h"
#include "server/ingesthandler.h"
#include "server/profilesink.h"
#include "server/pyroscopetime.h"
#include "server/querierservice.h"
#include "server/sampletypeconfig.h"
#include "server/scrapeconfig.h"
#include "tests/fuzz/fuzzrequest.h"
#include "tests/server/queriertestutil.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {
const QString regressionsDir = QStringLiteral(PYROGRAPH_CORPUS_DIR "/fuzz-regressions");
const QStringList serverTargets{"discovery", "ingest",           "labelselector", "pyroscopetime",
                                "querier",   "sampletypeconfig", "scrapeconfig"};
} // namespace

// The inputs that libFuzzer found crashing or hanging the server's parsers
// (./dev fuzz, docs/fuzzing.md; tests/data/fuzz-regressions/<target>/), run
// through the entry point of their target with the same promises: refused with
// a message, or accepted. Under ./dev test --sanitize the undefined behaviour
// they once had fails the test too.
class tst_ServerFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedOrAccepted_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const QString &target : serverTargets) {
            const QDir dir(QDir(regressionsDir).filePath(target));
            for (const QString &name : dir.entryList(QDir::Files))
                QTest::newRow(qPrintable(target + u'/' + name)) << target << dir.filePath(name);
        }
    }

    void refusedOrAccepted()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const std::string text = bytes.toStdString();
        QString error;
        if (target == QLatin1String("pyroscopetime")) {
            // An offset from now is the same offset from any other now.
            const auto a = PyroscopeTime::parseMs(text, 1700000000000);
            const auto b = PyroscopeTime::parseMs(text, 1700000000001);
            QCOMPARE(a.has_value(), b.has_value());
            if (a && text.starts_with("now"))
                QCOMPARE(*b - *a, 1);
        } else if (target == QLatin1String("labelselector")) {
            const auto selector = LabelSelector::parse(text, &error);
            QVERIFY(selector || !error.isEmpty());
            if (selector)
                QCOMPARE(LabelSelector::parse(selector->toString(), &error)->toString(),
                         selector->toString());
        } else if (target == QLatin1String("scrapeconfig")) {
            QVERIFY(ScrapeConfig::parse(text, QStringLiteral("/fuzz/pyroscope.yml"), &error)
                    || !error.isEmpty());
        } else if (target == QLatin1String("discovery")) {
            QVERIFY(ScrapeConfig::parseTargetFile(text, QStringLiteral("/fuzz/t.json"), &error)
                    || !error.isEmpty());
        } else if (target == QLatin1String("sampletypeconfig")) {
            QVERIFY(SampleTypeConfig::parse(bytes, &error) || !error.isEmpty());
        } else if (target == QLatin1String("ingest")) {
            QTemporaryDir dir;
            auto library = Library::open(dir.filePath(QStringLiteral("library.sqlite")), &error);
            QVERIFY2(library, qPrintable(error));
            ProfileSink sink(*library);
            const IngestHandler handler(sink, qint64(64) << 20);
            const auto parsed = handler.parse(fuzz::request(bytes, "/ingest"), 1700000000000);
            if (parsed.error) {
                QVERIFY(parsed.error->status >= 400 && parsed.error->status < 600);
                QVERIFY(!parsed.error->body.isEmpty());
            }
        } else if (target == QLatin1String("querier")) {
            queriertest::Fixture fixture;
            QVERIFY(fixture.fill());
            const QuerierService service(*fixture.library);
            QVERIFY(bytes.size() >= 2);
            const auto &paths = QuerierService::paths();
            const size_t method = uchar(bytes[0]) % (paths.size() + 1);
            // As fuzz_querier: one past the methods is a path that is not one.
            std::string methodPath = "/querier.v1.QuerierService/Unknown";
            if (method < paths.size())
                methodPath = paths[method];
            const HttpResponse response = service.handle(
                queriertest::post(methodPath, bytes.mid(2),
                                  uchar(bytes[1]) % 2 ? "application/proto" : "application/json"));
            QVERIFY(response.status >= 200 && response.status < 600);
        } else {
            QFAIL(qPrintable(QStringLiteral("no check for target %1").arg(target)));
        }
    }
};

PYROGRAPH_TEST_MAIN(tst_ServerFuzzRegressions)
#include "tst_serverfuzzregressions.moc"
