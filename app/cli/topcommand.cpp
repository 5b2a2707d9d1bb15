#include "topcommand.h"

#include "commandline.h"
#include "jsontext.h"

#include "model/functiontable.h"
#include "model/unitformat.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace {
// lupdate files Text::tr("...") under TopCommand.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TopCommand)
};
} // namespace

int TopCommand::run(const CommandLine &commandLine)
{
    const QString path = commandLine.files.value(0);
    int sampleType = -1, exitCode = Success;
    const std::vector<ProfilePtr> range = loadRanges(commandLine, {}, &exitCode);
    if (exitCode != Success)
        return exitCode;
    ProfilePtr profile;
    if (!range.empty()) {
        profile = range.front();
        sampleType = resolveSampleType(*profile, commandLine.sampleType, path);
        if (sampleType < 0)
            return UsageError;
    } else {
        profile = loadWithSampleType(path, commandLine.sampleType, &sampleType, &exitCode);
    }
    if (!profile)
        return exitCode;
    const FunctionTable table = FunctionTable::compute(*profile, sampleType);
    const size_t rows = commandLine.limit < 0 ? table.rows().size()
                                              : std::min(table.rows().size(), size_t(commandLine.limit));
    if (commandLine.json)
        printJson(*profile, sampleType, table, rows);
    else
        printText(*profile, sampleType, table, rows);
    return Success;
}

void TopCommand::printText(const Profile &profile, int sampleType, const FunctionTable &table, size_t rows)
{
    const SampleType &type = profile.sampleTypes()[size_t(sampleType)];
    const qint64 whole = profile.total(sampleType);
    // A report for people, in their language; --json is for scripts.
    const QString header = rows < table.rows().size()
        ? Text::tr("format: %1, sample type: %2/%3, total: %4, functions: %5 (showing %6)")
              .arg(QString::fromStdString(profile.metadata().format),
                   QString::fromStdString(type.type), QString::fromStdString(type.unit),
                   UnitFormat::format(whole, type.unit),
                   UnitFormat::grouped(qint64(table.rows().size())), QString::number(rows))
        : Text::tr("format: %1, sample type: %2/%3, total: %4, functions: %5")
              .arg(QString::fromStdString(profile.metadata().format),
                   QString::fromStdString(type.type), QString::fromStdString(type.unit),
                   UnitFormat::format(whole, type.unit),
                   UnitFormat::grouped(qint64(table.rows().size())));
    m_out << header << '\n';

    // Column widths from the values printed, so every column lines up.
    QList<QStringList> cells;
    cells.reserve(qsizetype(rows) + 1);
    cells.append({Text::tr("self"), Text::tr("self%"), Text::tr("total"), Text::tr("total%"),
                  Text::tr("name")});
    for (size_t i = 0; i < rows; ++i) {
        const FunctionStats &f = table.rows()[i];
        const std::string_view name = profile.names().name(f.name);
        cells.append({UnitFormat::format(f.self, type.unit), UnitFormat::percent(f.self, whole),
                      UnitFormat::format(f.total, type.unit), UnitFormat::percent(f.total, whole),
                      QString::fromUtf8(name.data(), qsizetype(name.size()))});
    }
    printColumns(cells);
}

void TopCommand::printJson(const Profile &profile, int sampleType, const FunctionTable &table, size_t rows)
{
    const SampleType &type = profile.sampleTypes()[size_t(sampleType)];
    m_out << "{\"format\":" << JsonText::quote(profile.metadata().format) << ",\"sampleType\":{\"type\":"
          << JsonText::quote(type.type) << ",\"unit\":" << JsonText::quote(type.unit)
          << "},\"total\":" << profile.total(sampleType) << ",\"functions\":[";
    for (size_t i = 0; i < rows; ++i) {
        const FunctionStats &f = table.rows()[i];
        m_out << (i ? "," : "") << "{\"name\":" << JsonText::quote(profile.names().name(f.name))
              << ",\"self\":" << f.self << ",\"total\":" << f.total << '}';
    }
    m_out << "]}\n";
}
