#include "clistartup.h"

#include "apptranslations.h"
#include "commandline.h"

#include "model/importlimits.h"

#include <QCoreApplication>
#include <QTextStream>

void CliStartup::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pyrograph"));
    QCoreApplication::setApplicationName(QStringLiteral("pyrograph"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PYROGRAPH_VERSION));
}

QStringList CliStartup::arguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

int CliStartup::handleOutcome(const CommandLine &commandLine)
{
    switch (commandLine.outcome) {
    case CommandLine::Outcome::Run:
        return -1;
    case CommandLine::Outcome::Help:
    case CommandLine::Outcome::Version:
        QTextStream(stdout) << commandLine.message;
        return 0;
    case CommandLine::Outcome::Error:
        QTextStream(stderr) << commandLine.message
                            << (commandLine.message.endsWith(u'\n') ? "" : "\n");
        return CliCommand::UsageError;
    }
    return -1;
}

int CliStartup::runSubcommand(CliCommand::Factory create)
{
    if (const QString language = AppTranslations::environmentLanguage(); !language.isEmpty())
        AppTranslations::install(language);
    const CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
    if (const int code = handleOutcome(commandLine); code >= 0)
        return code;
    ImportLimits::setCurrent(commandLine.limits);
    return CliCommand::execute(commandLine, create);
}
