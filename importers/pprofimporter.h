#pragma once

#include "profileimporter.h"

#include <QByteArray>

// google/pprof's profile.proto, gzip or plain. Every sample type, inline frames
// expanded (a location's last line is the outermost caller), labels kept, ids
// not assumed to be 1..N.
//
// Two decoders read the same bytes into the same tree: a hand-written one that
// reads only what the tree needs (the default, the fast one) and a libprotobuf
// full parse kept to measure it against and to cross-check it. The environment
// variable PYROGRAPH_PPROF_DECODER=libprotobuf selects the latter.
class PprofImporter final : public ProfileImporter
{
public:
    enum class Decoder { Fast, Libprotobuf };

    PprofImporter();
    explicit PprofImporter(Decoder decoder);

    Decoder decoder() const { return m_decoder; }
    QString formatName() const override;
    bool probe(std::string_view head) const override;
    ImportResult read(InputStream &input, Progress &progress) const override;

    // Decodes an already inflated Profile message. source names it in errors.
    // The fast decoder drops its copy of message before it builds the tree, so
    // pass it with std::move to keep peak memory down.
    ImportResult decode(QByteArray message, const QString &source, Progress &progress) const;

private:
    Decoder m_decoder;
};
