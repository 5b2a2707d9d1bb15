#include "scrapecommand.h"

#include "commandline.h"
#include "exportcommand.h"
#include "exportformat.h"
#include "profileexporter.h"

#include "model/progress.h"
#include "server/requestbody.h"
#include "server/scrapeclient.h"
#include "server/scrapeprofile.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

namespace {
// lupdate files Text::tr("...") under ScrapeCommand; a free tr() it cannot place.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScrapeCommand)
};

// A cpu profile's seconds plus this for the answer to come.
constexpr qint64 kTimeoutMs = 15000;
} // namespace

int ScrapeCommand::run(const CommandLine &commandLine)
{
    const QUrl url(commandLine.files.value(0));
    const ScrapeProfile profile =
        *ScrapeProfile::fromEndpointName(commandLine.scrape.type.toStdString());
    std::string request = url.path(QUrl::FullyEncoded).toStdString();
    if (request.find("/debug/pprof/") != std::string::npos) {
        if (url.hasQuery())
            request += '?' + url.query(QUrl::FullyEncoded).toStdString();
    } else {
        while (!request.empty() && request.back() == '/')
            request.pop_back();
        request += profile.request(commandLine.scrape.seconds);
    }
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    const std::string address = QStringLiteral("%1:%2").arg(host).arg(url.port(80)).toStdString();
    ScrapeAuth auth;
    auth.username = url.userName().toStdString();
    auth.password = url.password().toStdString();
    ScrapeClient client(address, auth);
    const QString source =
        QStringLiteral("http://%1%2")
            .arg(QString::fromStdString(address), QString::fromStdString(request));
    QString error;
    const qint64 timeoutMs =
        kTimeoutMs + (profile.takesSeconds ? qint64(commandLine.scrape.seconds) * 1000 : 0);
    const auto body = client.get(request, timeoutMs, &error);
    if (!body) {
        fail(QStringLiteral("%1: %2").arg(source, error));
        return Failure;
    }
    RequestBody::Failure failure = RequestBody::Failure::None;
    const auto inflated = RequestBody::inflate(*body, qint64(1) << 30, source, &error, &failure);
    if (!inflated) {
        fail(error);
        return Failure;
    }
    const ImportResult imported = RequestBody::import("pprof", *inflated, source);
    if (!imported.isOk()) {
        fail(imported.error);
        return Failure;
    }
    ExportOptions options = ExportCommand::options(commandLine);
    if (ProfileExporter::write(*ExportFormats::forPath(commandLine.output), *imported.profile,
                               options, commandLine.output, Progress::none(), &error)
        != JobOutcome::Done) {
        fail(error);
        return Failure;
    }
    QStringList types;
    for (const SampleType &type : imported.profile->sampleTypes())
        types << QString::fromStdString(type.type);
    m_out << "pyrograph: "
          << Text::tr("%1: %2 bytes (%3), wrote %4")
                 .arg(source)
                 .arg(body->size())
                 .arg(types.join(u','), commandLine.output)
          << '\n';
    return Success;
}
