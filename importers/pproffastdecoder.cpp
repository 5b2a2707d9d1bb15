#include "pproffastdecoder.h"

#include "pprofassembler.h"

#include "model/progressspan.h"

namespace {
using Byte = ProtoWireReader::Byte;
using Span = ProtoWireReader::Span;

// ValueType { type = 1; unit = 2; }, merged into typeAndUnit as protobuf merges.
void readValueType(ProtoWireReader message, std::pair<qint64, qint64> &typeAndUnit)
{
    quint32 field;
    int wireType;
    while (message.next(field, wireType)) {
        if (field == 1 && wireType == ProtoWireReader::Varint)
            typeAndUnit.first = qint64(message.varint());
        else if (field == 2 && wireType == ProtoWireReader::Varint)
            typeAndUnit.second = qint64(message.varint());
        else
            message.skip(wireType);
    }
}
} // namespace

ProfilePtr PprofFastDecoder::decode()
{
    indexTopLevel();
    PprofAssembler assembler(std::move(m_strings), m_stringsOffset);
    assembler.setSampleTypes(m_sampleTypes, m_sampleTypesOffset);
    readMetadata(assembler);
    readFunctions(assembler);
    readLocations(assembler);
    if (!readSamples(assembler))
        return nullptr;
    // Names and labels are interned by now: the message can go (when the
    // caller does not hold it too) before the tree takes its memory.
    assembler.releaseStrings();
    m_message = QByteArray();
    ProgressSpan buildProgress(m_progress, 0.5, 1.0);
    return assembler.build(buildProgress);
}

void PprofFastDecoder::indexTopLevel()
{
    ProtoWireReader r(m_base, {m_base, m_end});
    quint32 field;
    int wireType;
    while (true) {
        const qint64 at = r.offset();
        if (!r.next(field, wireType))
            break;
        if (wireType != ProtoWireReader::LengthDelimited && (field <= 6 || field == 11)) {
            r.skip(wireType); // a known field with the wrong wire type: unknown, as for libprotobuf
            continue;
        }
        switch (field) {
        case 1:
            if (m_sampleTypesOffset < 0)
                m_sampleTypesOffset = at;
            m_sampleTypes.emplace_back(0, 0);
            readValueType(r.message(), m_sampleTypes.back());
            break;
        case 2:
            m_samples.push_back(r.lengthDelimited());
            break;
        case 4:
            m_locations.push_back(r.lengthDelimited());
            break;
        case 5:
            m_functions.push_back(r.lengthDelimited());
            break;
        case 6: {
            if (m_stringsOffset < 0)
                m_stringsOffset = at;
            const Span s = r.lengthDelimited();
            m_strings.emplace_back(reinterpret_cast<const char *>(s.begin), size_t(s.end - s.begin));
            break;
        }
        case 11:
            m_periodTypeOffset = at;
            readValueType(r.message(), m_periodType);
            break;
        case 13:
            if (m_commentsOffset < 0)
                m_commentsOffset = at;
            r.repeated(wireType, m_comments);
            break;
        case 9:
        case 10:
        case 12:
        case 14:
            if (wireType != ProtoWireReader::Varint) {
                r.skip(wireType);
                break;
            }
            if (field == 9)
                m_timeNanos = qint64(r.varint());
            else if (field == 10)
                m_durationNanos = qint64(r.varint());
            else if (field == 12)
                m_period = qint64(r.varint());
            else {
                m_defaultSampleTypeOffset = at;
                m_defaultSampleType = qint64(r.varint());
            }
            break;
        default: // mappings, drop/keep frames, doc_url, unknown fields
            r.skip(wireType);
            break;
        }
    }
    if (m_stringsOffset < 0)
        m_stringsOffset = 0;
    if (m_sampleTypesOffset < 0)
        m_sampleTypesOffset = 0;
}

void PprofFastDecoder::readFunctions(PprofAssembler &assembler)
{
    assembler.reserveFunctions(m_functions.size());
    for (const Span &span : m_functions) {
        ProtoWireReader m(m_base, span);
        quint64 id = 0;
        qint64 name = 0, systemName = 0;
        quint32 field;
        int wireType;
        while (m.next(field, wireType)) {
            if (wireType != ProtoWireReader::Varint || field > 3)
                m.skip(wireType);
            else if (field == 1)
                id = m.varint();
            else if (field == 2)
                name = qint64(m.varint());
            else
                systemName = qint64(m.varint());
        }
        assembler.addFunction(id, name, systemName, m.offsetOf(span.begin));
    }
    m_functions = {};
}

void PprofFastDecoder::readLocations(PprofAssembler &assembler)
{
    assembler.reserveLocations(m_locations.size());
    std::vector<quint64> functionIds;
    for (const Span &span : m_locations) {
        ProtoWireReader m(m_base, span);
        quint64 id = 0, address = 0;
        functionIds.clear();
        quint32 field;
        int wireType;
        while (m.next(field, wireType)) {
            if (field == 1 && wireType == ProtoWireReader::Varint) {
                id = m.varint();
            } else if (field == 3 && wireType == ProtoWireReader::Varint) {
                address = m.varint();
            } else if (field == 4 && wireType == ProtoWireReader::LengthDelimited) {
                ProtoWireReader line = m.message();
                quint64 functionId = 0;
                quint32 lineField;
                int lineWireType;
                while (line.next(lineField, lineWireType)) {
                    if (lineField == 1 && lineWireType == ProtoWireReader::Varint)
                        functionId = line.varint();
                    else
                        line.skip(lineWireType);
                }
                functionIds.push_back(functionId);
            } else {
                m.skip(wireType);
            }
        }
        assembler.addLocation(id, address, functionIds, m.offsetOf(span.begin));
    }
    m_locations = {};
}

// The hot loop: about 12 million location ids for a fleet-sized profile.
bool PprofFastDecoder::readSamples(PprofAssembler &assembler)
{
    std::vector<quint64> locationIds;
    std::vector<qint64> values;
    std::vector<PprofRawLabel> labels;
    const size_t count = m_samples.size();
    const size_t reportEvery = 4096;
    for (size_t i = 0; i < count; ++i) {
        if (i % reportEvery == 0) {
            if (m_progress.isCanceled())
                return false;
            m_progress.report(0.5 * double(i) / double(count));
        }
        const Span span = m_samples[i];
        ProtoWireReader m(m_base, span);
        locationIds.clear();
        values.clear();
        labels.clear();
        quint32 field;
        int wireType;
        while (m.next(field, wireType)) {
            if (field == 1) {
                m.repeated(wireType, locationIds);
            } else if (field == 2) {
                m.repeated(wireType, values);
            } else if (field == 3 && wireType == ProtoWireReader::LengthDelimited) {
                ProtoWireReader l = m.message();
                PprofRawLabel label;
                quint32 labelField;
                int labelWireType;
                while (l.next(labelField, labelWireType)) {
                    if (labelWireType != ProtoWireReader::Varint || labelField > 4) {
                        l.skip(labelWireType);
                        continue;
                    }
                    const qint64 v = qint64(l.varint());
                    if (labelField == 1)
                        label.key = v;
                    else if (labelField == 2)
                        label.str = v;
                    else if (labelField == 3)
                        label.num = v;
                    else
                        label.numUnit = v;
                }
                labels.push_back(label);
            } else {
                m.skip(wireType);
            }
        }
        assembler.addSample(locationIds, values, labels, m.offsetOf(span.begin));
    }
    m_samples = {};
    return true;
}

void PprofFastDecoder::readMetadata(PprofAssembler &assembler)
{
    ProfileMetadata &metadata = assembler.metadata();
    metadata.source = m_source;
    metadata.timeNanos = m_timeNanos;
    metadata.durationNanos = m_durationNanos;
    metadata.period = m_period;
    assembler.setPeriodType(m_periodType.first, m_periodType.second, m_periodTypeOffset);
    for (const qint64 comment : m_comments)
        assembler.addComment(comment, m_commentsOffset);
    assembler.setDefaultSampleType(m_defaultSampleType, m_defaultSampleTypeOffset);
}
