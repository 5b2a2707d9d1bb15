#include "profilebuilder.h"

#include "progress.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>

namespace {
// lupdate files Text::tr("...") under ProfileBuilder.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileBuilder)
};
} // namespace

ProfileBuilder::ProfileBuilder(std::vector<SampleType> sampleTypes, const ImportLimits &limits)
    : m_limits(limits)
    , m_tree(int(std::min<qint64>(qint64(sampleTypes.size()), limits.maxSampleTypes)))
    , m_sampleTypes(std::move(sampleTypes))
    , m_defaultSampleType(std::max(0, int(m_sampleTypes.size()) - 1))
{
    m_rootName = m_names.intern("total");
    if (qint64(m_sampleTypes.size()) > m_limits.maxSampleTypes) {
        refuse(ImportLimits::exceeded(Text::tr("the number of sample types"),
                                      qint64(m_sampleTypes.size()), m_limits.maxSampleTypes,
                                      "--max-sample-types"));
        m_sampleTypes.resize(size_t(m_limits.maxSampleTypes));
        m_defaultSampleType = std::max(0, int(m_sampleTypes.size()) - 1);
    }
    m_absSums.assign(m_sampleTypes.size(), 0);
}

ProfileBuilder::ProfileBuilder(std::vector<SampleType> sampleTypes, NameInterner names,
                               const ImportLimits &limits)
    : ProfileBuilder(std::move(sampleTypes), limits)
{
    m_names = std::move(names);
    m_rootName = m_names.intern("total");
    // The limit that intern() applies to each name as it comes.
    for (quint32 i = 0; i < quint32(m_names.size()); ++i) {
        const size_t bytes = m_names.table().name(NameId(i)).size();
        if (nameTooLong(bytes)) {
            refuseName(bytes);
            break;
        }
    }
}

void ProfileBuilder::refuse(QString why)
{
    if (m_limitError.isEmpty())
        m_limitError = std::move(why);
}

NameId ProfileBuilder::internTooLong(std::string_view name)
{
    refuseName(name.size());
    // Kept short so that the import can run to its end and report.
    return m_names.intern(name.substr(0, size_t(m_limits.maxNameBytes)));
}

void ProfileBuilder::refuseSum()
{
    refuse(Text::tr("the values of a sample type add up past %1, more than a 64-bit total "
                    "can hold safely: the file's counts are not real")
               .arg(m_limits.maxValueSum));
}

void ProfileBuilder::refuseName(size_t bytes)
{
    refuse(ImportLimits::exceeded(Text::tr("a frame name of %1 bytes").arg(bytes), qint64(bytes),
                                  m_limits.maxNameBytes, "--max-name-bytes"));
}

void ProfileBuilder::refuseDepth(size_t depth)
{
    refuse(ImportLimits::exceeded(Text::tr("a stack of %1 frames").arg(depth), qint64(depth),
                                  m_limits.maxDepth, "--max-depth"));
}

void ProfileBuilder::addStack(std::span<const std::string_view> rootFirst,
                              std::span<const qint64> values)
{
    m_scratch.clear();
    for (std::string_view name : rootFirst)
        m_scratch.push_back(intern(name));
    addStack(m_scratch, values);
}

quint32 ProfileBuilder::addLabelSet(LabelIndex::LabelSet labels)
{
    std::sort(labels.begin(), labels.end());
    m_labelSets.push_back(std::move(labels));
    return quint32(m_labelSets.size() - 1);
}

void ProfileBuilder::setDiff(int baseline, int comparison)
{
    m_diffBaseline = baseline;
    m_diffComparison = comparison;
}

std::shared_ptr<const Profile> ProfileBuilder::build(Progress &progress)
{
    if (!m_limitError.isEmpty())
        return nullptr;
    auto profile = std::make_shared<Profile>();
    profile->m_tree = m_tree.build(m_names.table(), m_rootName, progress);
    if (progress.isCanceled())
        return nullptr;
    if (profile->m_tree.nodeCount() > m_limits.maxNodes) {
        refuse(ImportLimits::exceeded(Text::tr("the call tree's node count"),
                                      profile->m_tree.nodeCount(), m_limits.maxNodes,
                                      "--max-nodes"));
        return nullptr;
    }
    profile->m_names = m_names.takeTable();
    profile->m_sampleTypes = m_sampleTypes;
    profile->m_defaultSampleType = m_defaultSampleType;
    profile->m_diffBaseline = m_diffBaseline;
    profile->m_diffComparison = m_diffComparison;
    profile->m_metadata = m_metadata;
    profile->m_labels.sets = std::move(m_labelSets);
    profile->m_labels.samples = m_tree.takeLabelledSamples();
    return profile;
}

std::shared_ptr<const Profile> ProfileBuilder::build()
{
    return build(Progress::none());
}
