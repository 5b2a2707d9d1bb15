#include "profilebuilder.h"

#include "progress.h"

#include <algorithm>

ProfileBuilder::ProfileBuilder(std::vector<SampleType> sampleTypes)
    : m_tree(int(sampleTypes.size()))
    , m_sampleTypes(std::move(sampleTypes))
    , m_defaultSampleType(std::max(0, int(m_sampleTypes.size()) - 1))
{
    m_rootName = m_names.intern("total");
}

void ProfileBuilder::addStack(std::span<const std::string_view> rootFirst, std::span<const qint64> values)
{
    m_scratch.clear();
    for (std::string_view name : rootFirst)
        m_scratch.push_back(m_names.intern(name));
    m_tree.addStack(m_scratch, values);
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
    auto profile = std::make_shared<Profile>();
    profile->m_tree = m_tree.build(m_names.table(), m_rootName, progress);
    if (progress.isCanceled())
        return nullptr;
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
