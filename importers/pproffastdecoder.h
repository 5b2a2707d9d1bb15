#pragma once

#include "protowirereader.h"

#include "model/profile.h"

#include <QByteArray>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

class PprofAssembler;
class Progress;

// The hand-written decoder: one pass indexes the top-level fields (samples come
// before the tables they refer to), then functions, locations and samples are
// read in that order straight into the assembler. Mappings, file names and line
// numbers are skipped, never decoded.
class PprofFastDecoder final
{
public:
    PprofFastDecoder(QByteArray message, const std::string &source, Progress &progress)
        : m_message(std::move(message))
        , m_source(source)
        , m_base(reinterpret_cast<const quint8 *>(m_message.constData()))
        , m_end(m_base + m_message.size())
        , m_progress(progress)
    {}

    // The tree, or null when progress was canceled; throws PprofError. The
    // message is released before the tree is built, to keep peak memory down.
    ProfilePtr decode();

private:
    void indexTopLevel();
    void readFunctions(PprofAssembler &assembler);
    void readLocations(PprofAssembler &assembler);
    bool readSamples(PprofAssembler &assembler);
    void readMetadata(PprofAssembler &assembler);

    QByteArray m_message;
    const std::string &m_source;
    const quint8 *m_base;
    const quint8 *m_end;
    Progress &m_progress;
    std::vector<std::string_view> m_strings;
    qint64 m_stringsOffset = -1;
    std::vector<std::pair<qint64, qint64>> m_sampleTypes;
    qint64 m_sampleTypesOffset = -1;
    std::vector<ProtoWireReader::Span> m_samples;
    std::vector<ProtoWireReader::Span> m_locations;
    std::vector<ProtoWireReader::Span> m_functions;
    std::pair<qint64, qint64> m_periodType{0, 0};
    qint64 m_periodTypeOffset = 0;
    std::vector<qint64> m_comments;
    qint64 m_commentsOffset = -1;
    qint64 m_timeNanos = 0;
    qint64 m_durationNanos = 0;
    qint64 m_period = 0;
    qint64 m_defaultSampleType = 0;
    qint64 m_defaultSampleTypeOffset = -1;
};
