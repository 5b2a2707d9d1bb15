#include "pprofassembler.h"

#include "model/progress.h"

#include <algorithm>
#include <charconv>

void PprofIdMap::reset(size_t count)
{
    m_dense.assign(count + 1, 0);
    m_sparse.clear();
}

bool PprofIdMap::insert(quint64 id, quint32 index)
{
    if (id < m_dense.size()) {
        if (m_dense[size_t(id)] != 0)
            return false;
        m_dense[size_t(id)] = index + 1;
        return true;
    }
    return m_sparse.emplace(id, index).second;
}

PprofError::PprofError(const char *text, qint64 offset, const QStringList &arguments)
    : std::runtime_error(filled(QString::fromUtf8(text), arguments).toStdString())
    , offset(offset)
    , m_text(text)
    , m_arguments(arguments)
{ }

PprofError::PprofError(const QString &message, qint64 offset)
    : std::runtime_error(message.toStdString()), offset(offset), m_message(message)
{ }

QString PprofError::message() const
{
    return m_text ? filled(tr(m_text), m_arguments) : m_message;
}

QString PprofError::filled(QString text, const QStringList &arguments)
{
    for (const QString &argument : arguments)
        text = text.arg(argument);
    return text;
}

PprofAssembler::PprofAssembler(std::vector<std::string_view> strings, qint64 offset)
    : m_strings(std::move(strings))
{
    // profile.proto: "string_table[0] must always be """; pprof rejects anything else.
    if (m_strings.empty())
        throw PprofError(
            QT_TRANSLATE_NOOP("PprofError",
                              "the string table is empty (string_table[0] must be \"\")"),
            offset);
    if (!m_strings.front().empty())
        throw PprofError(QT_TRANSLATE_NOOP("PprofError", "string_table[0] is not empty"), offset);
}

PprofAssembler::~PprofAssembler() = default;

void PprofAssembler::setSampleTypes(std::span<const std::pair<qint64, qint64>> typeAndUnit, qint64 offset)
{
    if (typeAndUnit.empty())
        throw PprofError(QT_TRANSLATE_NOOP("PprofError", "the profile has no sample types"),
                         offset);
    for (const auto &[type, unit] : typeAndUnit)
        m_sampleTypes.push_back({std::string(string(type, offset)), std::string(string(unit, offset))});
    m_builder = std::make_unique<ProfileBuilder>(m_sampleTypes);
    m_builder->metadata().format = "pprof";
}

void PprofAssembler::reserveFunctions(size_t count)
{
    m_functionIds.reset(count);
    m_functionNames.reserve(count);
}

void PprofAssembler::addFunction(quint64 id, qint64 name, qint64 systemName, qint64 offset)
{
    if (id == 0) {
        // Pyroscope's .NET profiler has written pprof with every
        // function with id 0, in the order of the locations that use them;
        // Grafana Pyroscope accepts such profiles (FixFunctionIDForBrokenDotnet),
        // so they are paired with the locations by position in addLocation.
        std::string_view text = string(name, offset);
        if (text.empty())
            text = string(systemName, offset);
        m_zeroIdFunctionNames.push_back(text.empty() ? NameId() : m_builder->intern(text));
        return;
    }
    if (!m_functionIds.insert(id, quint32(m_functionNames.size())))
        throw PprofError(QT_TRANSLATE_NOOP("PprofError", "duplicate function id %1"), offset,
                         {QString::number(id)});
    std::string_view text = string(name, offset);
    if (text.empty())
        text = string(systemName, offset);
    m_functionNames.push_back(text.empty() ? NameId() : m_builder->intern(text));
}

void PprofAssembler::reserveLocations(size_t count)
{
    m_locationIds.reset(count);
    m_locationDense.assign(count + 1, 0); // the ids PprofIdMap keeps dense
    m_locationStart.reserve(count + 1);
    m_locationFrames.reserve(count * 2);
}

NameId PprofAssembler::addressName(quint64 address)
{
    char text[2 + 16] = {'0', 'x'};
    const auto end = std::to_chars(text + 2, text + sizeof text, address, 16).ptr;
    return m_builder->intern(std::string_view(text, size_t(end - text)));
}

void PprofAssembler::addLocation(quint64 id, quint64 address, std::span<const quint64> functionIds, qint64 offset)
{
    if (id == 0)
        throw PprofError(QT_TRANSLATE_NOOP("PprofError", "location id 0 (ids must be nonzero)"),
                         offset);
    if (!m_locationIds.insert(id, quint32(m_locationStart.size() - 1)))
        throw PprofError(QT_TRANSLATE_NOOP("PprofError", "duplicate location id %1"), offset,
                         {QString::number(id)});
    // line[0] is the innermost (inlined) frame and the last line its outermost
    // caller, so root-first order walks the lines backwards.
    NameId fallback;
    for (size_t i = functionIds.size(); i-- > 0;) {
        NameId name;
        if (!m_zeroIdFunctionNames.empty()) {
            // Only a profile whose functions all have id 0, one line per
            // location and as many locations as functions is .NET's.
            const size_t locationIndex = m_locationStart.size() - 1;
            if (!m_functionNames.empty() || functionIds.size() != 1 || locationIndex >= m_zeroIdFunctionNames.size())
                throw PprofError(
                    QT_TRANSLATE_NOOP("PprofError", "function id 0 (ids must be nonzero)"), offset);
            name = m_zeroIdFunctionNames[locationIndex];
        } else if (functionIds[i] != 0) {
            const quint32 function = m_functionIds.find(functionIds[i]);
            if (function == 0)
                throw PprofError(
                    QT_TRANSLATE_NOOP("PprofError",
                                      "location %1 refers to function id %2, which does not exist"),
                    offset, {QString::number(id), QString::number(functionIds[i])});
            name = m_functionNames[function - 1];
        }
        if (!name.isValid()) {
            if (!fallback.isValid())
                fallback = addressName(address);
            name = fallback;
        }
        m_locationFrames.push_back(name.index);
    }
    if (functionIds.empty())
        m_locationFrames.push_back(addressName(address).index); // unsymbolized
    const quint32 start = m_locationStart.back();
    const quint32 frames = quint32(m_locationFrames.size()) - start;
    m_locationStart.push_back(quint32(m_locationFrames.size()));
    m_maxLocationFrames = std::max<size_t>(m_maxLocationFrames, frames);
    if (id < m_locationDense.size())
        m_locationDense[size_t(id)] = quint64(frames == 1 ? m_locationFrames[start] : start) << 32 | frames;
}

quint64 PprofAssembler::sparseLocation(quint64 id) const
{
    const quint32 location = m_locationIds.find(id);
    if (location == 0)
        return 0;
    const quint32 start = m_locationStart[location - 1];
    const quint32 frames = m_locationStart[location] - start;
    return quint64(frames == 1 ? m_locationFrames[start] : start) << 32 | frames;
}

qint32 PprofAssembler::labelSetFor(std::span<PprofRawLabel> labels, qint64 offset)
{
    // Samples share few distinct label sets: key the sets by their raw indices,
    // sorted, so resolving strings and allocating happen once per distinct set.
    std::sort(labels.begin(), labels.end());
    m_labelKey.assign(reinterpret_cast<const char *>(labels.data()), labels.size_bytes());
    if (const auto it = m_labelSets.find(std::string_view(m_labelKey)); it != m_labelSets.end())
        return it->second;

    LabelIndex::LabelSet set;
    set.reserve(labels.size());
    for (const PprofRawLabel &label : labels) {
        // As pprof's postDecode: a str label, else a num label when num or its
        // unit is set; a label with neither says nothing and is dropped.
        std::string key(string(label.key, offset));
        if (label.str != 0) {
            set.emplace_back(std::move(key), std::string(string(label.str, offset)));
            continue;
        }
        if (label.num == 0 && label.numUnit == 0)
            continue;
        // A numeric label keeps its unit. Without one, pprof's README says
        // "request" and "alignment" are in bytes, and pprof takes the key as the
        // unit (Go's heap profiles label sizes as "bytes").
        std::string_view unit = string(label.numUnit, offset);
        if (unit.empty() && (key == "request" || key == "alignment" || key == "bytes"))
            unit = "bytes";
        std::string value = std::to_string(label.num);
        if (!unit.empty())
            value.append(" ").append(unit);
        set.emplace_back(std::move(key), std::move(value));
    }
    const qint32 id = set.empty() ? -1 : qint32(m_builder->addLabelSet(std::move(set)));
    m_labelSets.emplace(m_labelKey, id);
    return id;
}

void PprofAssembler::setDefaultSampleType(qint64 index, qint64 offset)
{
    // pprof's choice: default_sample_type names a type when set, else the last one.
    int chosen = int(m_sampleTypes.size()) - 1;
    if (index != 0) {
        const std::string_view wanted = string(index, offset);
        const auto it = std::find_if(m_sampleTypes.begin(), m_sampleTypes.end(),
                                     [&](const SampleType &t) { return t.type == wanted; });
        if (it != m_sampleTypes.end())
            chosen = int(it - m_sampleTypes.begin());
        else
            m_builder->metadata().warnings.push_back(
                PprofError::tr(
                    "default_sample_type \"%1\" is not a sample type; using the last one")
                    .arg(QString::fromUtf8(wanted.data(), qsizetype(wanted.size())))
                    .toStdString());
    }
    m_builder->setDefaultSampleType(chosen);
}

void PprofAssembler::setPeriodType(qint64 type, qint64 unit, qint64 offset)
{
    m_builder->metadata().periodType = {std::string(string(type, offset)), std::string(string(unit, offset))};
}

void PprofAssembler::addComment(qint64 index, qint64 offset)
{
    m_builder->metadata().comments.emplace_back(string(index, offset));
}

ProfileMetadata &PprofAssembler::metadata()
{
    return m_builder->metadata();
}

void PprofAssembler::releaseStrings()
{
    m_strings = {};
}

ProfilePtr PprofAssembler::build(Progress &progress)
{
    ProfilePtr profile = m_builder->build(progress);
    if (!m_builder->limitError().isEmpty())
        throw PprofError(m_builder->limitError(), -1);
    return profile;
}
