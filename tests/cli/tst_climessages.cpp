#include "tests/support/testregistry.h"

#include "clirunner.h"

#include "importers/inputstream.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <memory>

namespace {
QString corpus(const char *relative)
{
    return QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative);
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The inflated protobuf of a gzipped pprof.
QByteArray inflated(const QString &path)
{
    std::unique_ptr<InputStream> input = InputStream::openFile(path, nullptr);
    return input ? input->readAll() : QByteArray();
}
} // namespace

// The command line's messages in the language $PYROGRAPH_LANG names: an
// importer's error for a broken file, a warning and the text report's labels,
// with the file name kept; English without it, and JSON keys English always.
class tst_CliMessages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRun::executable()), qPrintable(CliRun::executable()));
        QVERIFY(m_dir.isValid());
        m_garbage = m_dir.filePath(QStringLiteral("garbage.bin"));
        QVERIFY(write(m_garbage, QByteArray("\x01\x02\x03\x04 no profile here \x05\x06", 23)));
        const QByteArray gz = readFile(corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(gz.size() > 1000);
        m_truncatedGzip = m_dir.filePath(QStringLiteral("cut-cpu.pb.gz"));
        QVERIFY(write(m_truncatedGzip, gz.left(gz.size() / 2)));
        const QByteArray raw = inflated(corpus("pprof/go-cpu.pb.gz"));
        QVERIFY(raw.size() > 1000);
        m_truncatedPprof = m_dir.filePath(QStringLiteral("cut-cpu.pb"));
        QVERIFY(write(m_truncatedPprof, raw.left(raw.size() / 2)));
    }

    void errorsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("garbage, en") << QString() << QStringLiteral("garbage")
                                     << QStringLiteral("unrecognised format (tried ");
        QTest::newRow("garbage, de") << QStringLiteral("de") << QStringLiteral("garbage")
                                     << QStringLiteral("nicht erkanntes Format (versucht: ");
        QTest::newRow("garbage, ja") << QStringLiteral("ja_JP.UTF-8") << QStringLiteral("garbage")
                                     << QStringLiteral("形式を認識できません");
        QTest::newRow("gzip, en") << QString() << QStringLiteral("gzip")
                                  << QStringLiteral(
                                         "gzip: truncated: the compressed data ends at byte");
        QTest::newRow("gzip, de")
            << QStringLiteral("de") << QStringLiteral("gzip")
            << QStringLiteral("gzip: abgeschnitten: die komprimierten Daten enden bei Byte");
        QTest::newRow("gzip, fr")
            << QStringLiteral("fr") << QStringLiteral("gzip")
            << QStringLiteral("gzip: tronqué : les données compressées s’arrêtent à l’octet");
        QTest::newRow("pprof, en")
            << QString() << QStringLiteral("pprof") << QStringLiteral(" at byte ");
        QTest::newRow("pprof, de")
            << QStringLiteral("de") << QStringLiteral("pprof") << QStringLiteral(" bei Byte ");
        QTest::newRow("pprof, ja")
            << QStringLiteral("ja") << QStringLiteral("pprof") << QStringLiteral("(バイト ");
    }

    void errorsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, phrase);
        const QString path = file == QLatin1String("garbage") ? m_garbage
            : file == QLatin1String("gzip")                   ? m_truncatedGzip
                                                              : m_truncatedPprof;
        const CliRun r = CliRun::run({"info", path}, {}, language);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(phrase), qPrintable(r.err));
        // The structure stays: "pyrograph: <file>: <format>: ..." with the name as given.
        QVERIFY2(r.err.startsWith(QStringLiteral("pyrograph: ") + path + QStringLiteral(": ")),
                 qPrintable(r.err));
        if (file == QLatin1String("pprof"))
            QVERIFY2(r.err.contains(path + QStringLiteral(": pprof: ")), qPrintable(r.err));
    }

    // A warning of the collapsed importer and the report's labels; the
    // warning's numbers and the file's own data are unchanged.
    void reportAndWarningsFollowTheLanguage()
    {
        const QString path = corpus("collapsed/simple-with-invalids.txt");
        const CliRun english = CliRun::run({"info", path});
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.out.contains(QStringLiteral("sample types:")), qPrintable(english.out));
        QVERIFY2(english.out.contains(QStringLiteral("warnings:\n  skipped ")),
                 qPrintable(english.out));

        const CliRun german = CliRun::run({"info", path}, {}, QStringLiteral("de"));
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.contains(QStringLiteral("Datei: ") + path), qPrintable(german.out));
        QVERIFY2(german.out.contains(QStringLiteral("Format: collapsed\n")),
                 qPrintable(german.out));
        QVERIFY2(german.out.contains(QStringLiteral("Sample-Typen:")), qPrintable(german.out));
        QVERIFY2(german.out.contains(QStringLiteral("Warnungen:\n")), qPrintable(german.out));
        QVERIFY2(german.out.contains(QStringLiteral(" fehlerhafte Zeile")), qPrintable(german.out));
        QVERIFY2(!german.out.contains(QStringLiteral("skipped")), qPrintable(german.out));

        const CliRun top =
            CliRun::run({"top", corpus("collapsed/simple.txt")}, {}, QStringLiteral("zh_CN"));
        QCOMPARE(top.exitCode, 0);
        QVERIFY2(top.out.contains(QStringLiteral("采样类型："))
                     && top.out.contains(QStringLiteral("自身")),
                 qPrintable(top.out));
    }

    // JSON is for scripts: its keys stay English in every language.
    void jsonStaysEnglish()
    {
        const CliRun r = CliRun::run({"info", corpus("collapsed/simple.txt"), "--json"}, {},
                                     QStringLiteral("de"));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o["format"].toString(), QStringLiteral("collapsed"));
        QCOMPARE(o["sampleTypes"].toArray().size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_garbage;
    QString m_truncatedGzip;
    QString m_truncatedPprof;
};

PYROGRAPH_TEST_MAIN(tst_CliMessages)
#include "tst_climessages.moc"
