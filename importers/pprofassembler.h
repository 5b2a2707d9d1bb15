#pragma once

#include "model/profilebuilder.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class Progress;

// pprof's id -> index lookup (profile/encode.go postDecode): a dense array for
// ids up to the table size, a hash map behind it for the rest, so ids need not
// be 1..N and a huge id costs no huge array.
class PprofIdMap final
{
public:
    void reset(size_t count);
    // false when the id is already present
    bool insert(quint64 id, quint32 index);
    // the index + 1, or 0 when the id is unknown
    quint32 find(quint64 id) const
    {
        if (id < m_dense.size())
            return m_dense[size_t(id)];
        if (m_sparse.empty())
            return 0;
        const auto it = m_sparse.find(id);
        return it == m_sparse.end() ? 0 : it->second + 1;
    }

private:
    std::vector<quint32> m_dense;
    std::unordered_map<quint64, quint32> m_sparse;
};

// A malformed pprof: what is wrong and the byte offset in the inflated message
// (-1 when the decoder cannot tell, as with libprotobuf). What is wrong is a
// QT_TRANSLATE_NOOP("PprofError", ...) text and the numbers for its %1, %2, ...:
// message() words it in the user's language, what() in English (the server's
// API answers quote it).
struct PprofError : std::runtime_error
{
    Q_DECLARE_TR_FUNCTIONS(PprofError)

public:
    PprofError(const char *text, qint64 offset, const QStringList &arguments = {});
    // A message worded already (a limit of ProfileBuilder's).
    PprofError(const QString &message, qint64 offset);
    QString message() const;

    qint64 offset;

private:
    static QString filled(QString text, const QStringList &arguments);

    const char *m_text = nullptr;
    QStringList m_arguments;
    QString m_message;
};

// pprof's Label as indices, before the string table resolves them.
struct PprofRawLabel
{
    qint64 key = 0;
    qint64 str = 0;
    qint64 num = 0;
    qint64 numUnit = 0;
    auto operator<=>(const PprofRawLabel &) const = default;
};

// Turns decoded pprof tables into a ProfileBuilder, whichever decoder read them,
// so both decoders share one set of semantics. Call in this order: the
// constructor (string table), setSampleTypes, the metadata setters,
// addFunction*, addLocation*, addSample*, then build. Errors throw PprofError.
// The strings are views into the decoder's bytes: releaseStrings() before those
// bytes go, so that build() runs without the 50 MB message in memory.
//
// Speed: a function's name is interned once, and each location's frames
// (inline lines expanded, outermost caller first) are resolved once, so a
// sample costs a copy of name ids per location, not a lookup per frame.
class PprofAssembler final
{
public:
    explicit PprofAssembler(std::vector<std::string_view> strings, qint64 offset = -1);
    ~PprofAssembler();

    std::string_view string(qint64 index, qint64 offset) const
    {
        if (index < 0 || quint64(index) >= m_strings.size())
            throw PprofError(
                QT_TRANSLATE_NOOP("PprofError",
                                  "string index %1 out of range (the table has %2 strings)"),
                offset, {QString::number(index), QString::number(m_strings.size())});
        return m_strings[size_t(index)];
    }

    void setSampleTypes(std::span<const std::pair<qint64, qint64>> typeAndUnit, qint64 offset);
    int sampleTypeCount() const { return int(m_sampleTypes.size()); }

    void reserveFunctions(size_t count);
    void addFunction(quint64 id, qint64 name, qint64 systemName, qint64 offset);
    void reserveLocations(size_t count);
    // functionIds: the location's lines in file order (line[0] is the innermost frame)
    void addLocation(quint64 id, quint64 address, std::span<const quint64> functionIds, qint64 offset);

    void addSample(std::span<const quint64> locationIds, std::span<const qint64> values,
                   std::span<PprofRawLabel> labels, qint64 offset)
    {
        if (values.size() != m_sampleTypes.size())
            throw PprofError(
                QT_TRANSLATE_NOOP("PprofError", "sample has %1 values for %2 sample types"), offset,
                {QString::number(values.size()), QString::number(m_sampleTypes.size())});
        // Root first: the last location first, each location's frames as
        // stored (outermost caller first). Most locations have one frame, found
        // in one load (see m_locationDense), written without a bounds check.
        const size_t need = locationIds.size() * m_maxLocationFrames;
        if (m_stack.size() < need)
            m_stack.resize(need);
        quint32 *out = m_stack.data();
        const quint64 *dense = m_locationDense.data();
        const size_t denseSize = m_locationDense.size();
        for (size_t i = locationIds.size(); i-- > 0;) {
            const quint64 id = locationIds[i];
            const quint64 packed = id < denseSize ? dense[id] : sparseLocation(id);
            const quint32 frames = quint32(packed);
            if (frames == 1) {
                *out++ = quint32(packed >> 32);
                continue;
            }
            if (frames == 0)
                throw PprofError(
                    QT_TRANSLATE_NOOP("PprofError",
                                      "sample refers to location id %1, which does not exist"),
                    offset, {QString::number(id)});
            out = std::copy_n(m_locationFrames.data() + (packed >> 32), frames, out);
        }
        const size_t stackSize = size_t(out - m_stack.data());
        // pprof drops samples whose values are all zero (profile.Merge, which
        // every pprof command runs): they would only add empty nodes.
        if (std::all_of(values.begin(), values.end(), [](qint64 v) { return v == 0; }))
            return;
        const qint32 labelSet = labels.empty() ? -1 : labelSetFor(labels, offset);
        static_assert(sizeof(NameId) == sizeof(quint32));
        m_builder->addStack(std::span<const NameId>(reinterpret_cast<const NameId *>(m_stack.data()), stackSize),
                            values, labelSet);
    }

    void setDefaultSampleType(qint64 index, qint64 offset);
    void setPeriodType(qint64 type, qint64 unit, qint64 offset);
    void addComment(qint64 index, qint64 offset);
    ProfileMetadata &metadata();

    // After this, nothing may read the string table (string() throws).
    void releaseStrings();
    // Null when progress says cancelled.
    ProfilePtr build(Progress &progress);

private:
    qint32 labelSetFor(std::span<PprofRawLabel> labels, qint64 offset);
    // A location's frames as m_locationDense packs them; 0 when the id is unknown.
    quint64 sparseLocation(quint64 id) const;
    NameId addressName(quint64 address);

    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };

    std::vector<std::string_view> m_strings;
    std::vector<SampleType> m_sampleTypes;
    std::unique_ptr<ProfileBuilder> m_builder;
    PprofIdMap m_functionIds;
    std::vector<NameId> m_functionNames; // invalid: no name nor system name
    std::vector<NameId> m_zeroIdFunctionNames; // .NET's functions of id 0, paired with locations by position
    PprofIdMap m_locationIds;
    std::vector<quint32> m_locationFrames; // NameId indices, outermost caller first
    std::vector<quint32> m_locationStart{0};
    // By location id, for the ids the dense id map covers: the frame count in
    // the low half (0: no such location), and in the high half the frame itself
    // when there is one, else its first frame's offset in m_locationFrames.
    std::vector<quint64> m_locationDense;
    size_t m_maxLocationFrames = 1;
    std::vector<quint32> m_stack;
    std::unordered_map<std::string, qint32, StringHash, std::equal_to<>> m_labelSets;
    std::string m_labelKey;
};
