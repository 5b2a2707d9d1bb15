#include "tests/support/testregistry.h"

#include "app/gui/mainwindow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString corpus(const char *relative)
{
    return QDir::cleanPath(QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative));
}

// What a file holds now, or "missing": compared before and after.
QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("missing");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()
        + QByteArray::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
}
} // namespace

// The tests keep their settings apart from the user's (tests/support/testmain.cpp):
// the window's own QSettings, and every `pyrograph` a test starts. The user's
// settings file of the real application (organisation "Pyrograph", application
// "pyrograph", as main() names them) must be the same after the tests as before.
class tst_SettingsLocation : public QObject
{
    Q_OBJECT
private:
    QString m_userFile;
    QByteArray m_before;
    QString m_oldOrganization, m_oldApplication;

private slots:
    void initTestCase()
    {
        const QString userConfig = qEnvironmentVariable("PYROGRAPH_TEST_USER_CONFIG");
        QVERIFY2(!userConfig.isEmpty(), "testmain.cpp names the user's configuration folder");
        m_userFile = QDir(userConfig).filePath(QStringLiteral("Pyrograph/pyrograph.conf"));
        m_before = fingerprint(m_userFile);
        m_oldOrganization = QCoreApplication::organizationName();
        m_oldApplication = QCoreApplication::applicationName();
        // The application's identity, so that a leak would land in the user's very file.
        QCoreApplication::setOrganizationName(QStringLiteral("Pyrograph"));
        QCoreApplication::setApplicationName(QStringLiteral("pyrograph"));
    }
    void cleanupTestCase()
    {
        QCoreApplication::setOrganizationName(m_oldOrganization);
        QCoreApplication::setApplicationName(m_oldApplication);
    }

    void theWindowWritesItsSettingsOutsideTheUsersFolder()
    {
        const QString userConfig =
            QDir::cleanPath(qEnvironmentVariable("PYROGRAPH_TEST_USER_CONFIG"));
        QVERIFY2(!QSettings().fileName().startsWith(userConfig + u'/'),
                 qPrintable(QSettings().fileName()));
        {
            MainWindow window;
            window.show();
            window.openFile(corpus("collapsed/simple.txt"));
            QTRY_COMPARE_WITH_TIMEOUT(window.pendingImports(), 0, 20000);
            QVERIFY(window.recentFiles().contains(corpus("collapsed/simple.txt")));
            window.close(); // writes the geometry
        }
        QSettings settings;
        settings.sync();
        QVERIFY(QFile::exists(settings.fileName()));
        QVERIFY(settings.value(QStringLiteral("recentFiles"))
                    .toStringList()
                    .contains(corpus("collapsed/simple.txt")));
        QCOMPARE(fingerprint(m_userFile), m_before);
    }

    void aStartedPyrographWritesItsSettingsOutsideTheUsersFolder()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/pyrograph"),
                      {corpus("collapsed/recursion.txt"), QStringLiteral("--screenshot"),
                       dir.filePath(QStringLiteral("shot.png"))});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        // It remembered the file it opened, in the tests' folder.
        QSettings written(QDir(qEnvironmentVariable("XDG_CONFIG_HOME"))
                              .filePath(QStringLiteral("Pyrograph/pyrograph.conf")),
                          QSettings::IniFormat);
        QVERIFY(written.value(QStringLiteral("recentFiles"))
                    .toStringList()
                    .contains(corpus("collapsed/recursion.txt")));
        QCOMPARE(fingerprint(m_userFile), m_before);
    }
};

PYROGRAPH_TEST_MAIN(tst_SettingsLocation)
#include "tst_settingslocation.moc"
