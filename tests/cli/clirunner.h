#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTest>

// Runs the built executable (tests and app are both in build/bin) the way a
// user does, without a display.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }

    static QString executable() { return QCoreApplication::applicationDirPath() + QStringLiteral("/pyrograph"); }

    // language: $PYROGRAPH_LANG for the run; none (English) by default, whatever
    // the environment of the tests says.
    static CliRun run(const QStringList &arguments, const QByteArray &stdinData = {},
                      const QString &language = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // subcommands must not need one
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("none-such"));
        env.remove(QStringLiteral("PYROGRAPH_LANG"));
        if (!language.isEmpty())
            env.insert(QStringLiteral("PYROGRAPH_LANG"), language);
        process.setProcessEnvironment(env);
        process.start(executable(), arguments);
        if (!process.waitForStarted(10000))
            return {};
        if (!stdinData.isEmpty())
            process.write(stdinData);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            return {};
        }
        CliRun r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }
};
