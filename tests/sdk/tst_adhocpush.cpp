#include "tests/support/testregistry.h"

#include "tests/cli/clirunner.h"

#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

// `pyrograph adhoc --push` around a Node.js program that uses the real
// Pyroscope SDK (tests/sdk/adhoc.mjs) but names no server: the SDK finds the
// temporary server through PYROSCOPE_ADHOC_SERVER_ADDRESS, and its wall and
// heap profiles come out as files naming the program's functions, and in the
// library. Fails, never skips, when node or the module is missing.
class tst_AdhocPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wallAndHeapComeOutWithTheFunctions()
    {
        QTemporaryDir dir;
        // The run adds to the recent recordings in the settings: these, not the user's.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(QStringLiteral("config"))));
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString library = dir.filePath(QStringLiteral("adhoc.sqlite"));
        const CliRun r = CliRun::run(
            {QStringLiteral("adhoc"), QStringLiteral("--push"), QStringLiteral("-o"), out,
             QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--format"),
             QStringLiteral("folded"), QStringLiteral("--library"), library, QStringLiteral("--"),
             QStringLiteral(PYROGRAPH_NODE), QStringLiteral(PYROGRAPH_SDK_DIR "/adhoc.mjs"),
             QStringLiteral("3")});
        // The program's status and stdout pass through.
        QVERIFY2(r.exitCode == 3, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("adhoc program done\n"));

        const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
        QVERIFY2(files.contains(QStringLiteral("wall.html")),
                 qPrintable(files.join(u' ') + u'\n' + r.err));
        QVERIFY2(files.contains(QStringLiteral("wall.folded")), qPrintable(files.join(u' ')));
        QVERIFY2(files.contains(QStringLiteral("inuse_space.html")), qPrintable(files.join(u' ')));
        for (const QString &name : {QStringLiteral("wall.html"), QStringLiteral("wall.folded")}) {
            QFile file(QDir(out).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY2(text.contains("pyrographAdhocHotLoop"), qPrintable(name));
            QVERIFY2(text.contains("pyrographAdhocOuterWork"), qPrintable(name));
        }

        QString error;
        const auto stored = Library::open(library, &error);
        QVERIFY2(stored, qPrintable(error));
        const auto profiles = stored->list({}, TimeRange{0, std::numeric_limits<qint64>::max()});
        QVERIFY(!profiles.empty());
        for (const StoredProfileInfo &info : profiles)
            QCOMPARE(info.origin, ProfileOrigin::Push);
    }
};

PYROGRAPH_TEST_MAIN(tst_AdhocPush)
#include "tst_adhocpush.moc"
