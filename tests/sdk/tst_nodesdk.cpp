#include "tests/support/testregistry.h"

#include "tests/cli/serveprocess.h"

#include "library/library.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <limits>

// The real Pyroscope Node.js SDK (tests/sdk: @pyroscope/nodejs from the lock
// file, `npm ci` by ./dev test) pushes to `pyrograph serve`; its profiles must
// be in the library with the SDK's tags and the program's function names.
// Fails, never skips, when node or the module is missing.
class tst_NodeSdk : public QObject
{
    Q_OBJECT

private slots:
    void pushesArriveWithFunctionsAndTags()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sdk.sqlite"));
        ServeProcess serve({QStringLiteral("--library"), file});
        const int port = serve.port();
        QVERIFY2(port > 0, qPrintable(serve.output()));

        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(QStringLiteral(PYROGRAPH_NODE),
                   {QStringLiteral(PYROGRAPH_SDK_DIR "/push.mjs"), QStringLiteral("http://127.0.0.1:%1").arg(port)});
        QVERIFY2(node.waitForStarted(10000), "node did not start");
        QVERIFY(node.waitForFinished(60000));
        const QString nodeOutput = QString::fromUtf8(node.readAll());
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, qPrintable(nodeOutput));

        ::kill(pid_t(serve.process().processId()), SIGTERM);
        QVERIFY(serve.process().waitForFinished(10000));

        QString error;
        const auto library = Library::open(file, &error);
        QVERIFY2(library, qPrintable(error));
        const TimeRange always{0, std::numeric_limits<qint64>::max()};
        const auto stored = library->list(LabelSelector(), always);
        QVERIFY2(!stored.empty(), qPrintable(serve.output()));
        std::string wallType;
        for (const StoredProfileInfo &info : stored) {
            const auto value = [&](std::string_view name) {
                for (const auto &[key, v] : info.labels)
                    if (key == name)
                        return v;
                return std::string("<absent>");
            };
            std::string all;
            for (const auto &[key, v] : info.labels)
                all += key + "=" + v + " ";
            QVERIFY2(value("service_name") == "pyrograph-sdk-test", all.c_str());
            QCOMPARE(value("region"), "eu-test");
            QCOMPARE(value("build"), "ctest");
            QCOMPARE(value("pyroscope_spy"), "nodespy");
            QCOMPARE(value("otel_scope_name"), "com.grafana.pyroscope/nodejs"); // Pyroscope's sanitized name
            for (const std::string &type : info.types)
                if (type.starts_with("wall:wall:"))
                    wallType = type;
        }
        QVERIFY2(!wallType.empty(), stored.front().types.empty() ? "no types" : stored.front().types.front().c_str());
        const ProfilePtr merged = library->merge(wallType, LabelSelector(), always, &error);
        QVERIFY2(merged, qPrintable(error));
        bool hot = false;
        bool outer = false;
        for (qsizetype i = 0; i < merged->names().size(); ++i) {
            const std::string_view name = merged->names().name(NameId(quint32(i)));
            hot = hot || name.find("pyrographSdkHotLoop") != std::string_view::npos;
            outer = outer || name.find("pyrographSdkOuterWork") != std::string_view::npos;
        }
        QVERIFY(hot);
        QVERIFY(outer);
        QVERIFY(merged->total(0) > 0);
    }
};

PYROGRAPH_TEST_MAIN(tst_NodeSdk)
#include "tst_nodesdk.moc"
