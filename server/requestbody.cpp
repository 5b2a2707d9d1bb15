#include "requestbody.h"

#include "importers/collapsedimporter.h"
#include "importers/inputstream.h"
#include "importers/pprofimporter.h"
#include "importers/speedscopeimporter.h"
#include "model/progress.h"

std::optional<QByteArray> RequestBody::inflate(const QByteArray &raw, qint64 maxDecompressedBytes,
                                               const QString &source, QString *error,
                                               Failure *failure)
{
    auto input = InputStream::fromBytes(raw, source);
    if (input->compression() == InputStream::Compression::None) {
        *failure = Failure::None;
        return raw;
    }
    input->setLimits(maxDecompressedBytes);
    QByteArray inflated = input->readAll();
    if (!input->error().isEmpty()) {
        *error = input->error();
        *failure = input->decompressedPosition() >= maxDecompressedBytes
                || error->contains(QLatin1String("bomb"))
            ? Failure::TooLarge
            : Failure::Malformed;
        return std::nullopt;
    }
    *failure = Failure::None;
    return inflated;
}

ImportResult RequestBody::import(std::string_view format, const QByteArray &inflated,
                                 const QString &source)
{
    if (format == "lines") {
        // Pyroscope's "lines": one stack per line, each one sample.
        QByteArray folded;
        folded.reserve(inflated.size() + inflated.size() / 8);
        for (const QByteArray &line : inflated.split('\n')) {
            const QByteArray stack = line.trimmed();
            if (stack.isEmpty())
                continue;
            folded.append(stack).append(" 1\n");
        }
        auto input = InputStream::fromBytes(folded, source);
        return CollapsedImporter().read(*input, Progress::none());
    }
    // The bytes are inflated already: no second InputStream (and its buffers) per push.
    if (format == "pprof")
        return PprofImporter().decode(inflated, source, Progress::none());
    auto input = InputStream::fromBytes(inflated, source);
    if (format == "speedscope")
        return SpeedscopeImporter().read(*input, Progress::none());
    return CollapsedImporter().read(*input, Progress::none());
}
