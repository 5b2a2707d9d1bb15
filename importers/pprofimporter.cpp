#include "pprofimporter.h"

#include "inputstream.h"
#include "pprofassembler.h"
#include "pproffastdecoder.h"
#include "pproflibprotobufdecoder.h"
#include "pprofprobe.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdlib>
#include <cstring>

namespace {
// lupdate files Text::tr("...") under PprofImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PprofImporter)
};

PprofImporter::Decoder decoderFromEnvironment()
{
    const char *name = std::getenv("PYROGRAPH_PPROF_DECODER");
    return name && std::strcmp(name, "libprotobuf") == 0 ? PprofImporter::Decoder::Libprotobuf
                                                         : PprofImporter::Decoder::Fast;
}
} // namespace

PprofImporter::PprofImporter()
    : m_decoder(decoderFromEnvironment())
{}

PprofImporter::PprofImporter(Decoder decoder)
    : m_decoder(decoder)
{}

QString PprofImporter::formatName() const
{
    return QStringLiteral("pprof");
}

bool PprofImporter::probe(std::string_view head) const
{
    return PprofProbe::accepts(head); // the head is already inflated
}

ImportResult PprofImporter::read(InputStream &input, Progress &progress) const
{
    QByteArray bytes = input.readAll();
    if (!input.error().isEmpty())
        return ImportResult::failure(input.error()); // it names the source already
    return decode(std::move(bytes), input.source(), progress);
}

ImportResult PprofImporter::decode(QByteArray message, const QString &source, Progress &progress) const
{
    try {
        const std::string name = source.toStdString();
        ProfilePtr profile = m_decoder == Decoder::Libprotobuf
                                 ? PprofLibprotobufDecoder::decode(message, name, progress)
                                 : PprofFastDecoder(std::move(message), name, progress).decode();
        if (!profile)
            return ImportResult::cancellation();
        return ImportResult::success(std::move(profile));
    } catch (const PprofError &e) {
        if (e.offset < 0)
            return ImportResult::failure(
                QStringLiteral("%1: %2: %3").arg(source, formatName(), e.message()));
        return ImportResult::failure(
            Text::tr("%1: %2: %3 at byte %4").arg(source, formatName(), e.message()).arg(e.offset));
    } catch (const std::bad_alloc &) {
        return ImportResult::failure(Text::tr("%1: %2: out of memory").arg(source, formatName()));
    }
}
