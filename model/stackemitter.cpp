#include "stackemitter.h"

#include "profilebuilder.h"

#include <algorithm>

StackEmitter::StackEmitter(const Profile &source, ProfileBuilder &target)
    : m_source(source)
    , m_target(target)
    , m_names(size_t(source.names().size()))
    , m_labelSets(source.labels().sets.size(), -1)
    , m_values(size_t(source.sampleTypeCount()))
{
    const std::vector<LabelledSample> &samples = source.labels().samples;
    m_labelOrder.resize(samples.size());
    for (quint32 i = 0; i < quint32(samples.size()); ++i)
        m_labelOrder[i] = i;
    std::stable_sort(m_labelOrder.begin(), m_labelOrder.end(),
                     [&](quint32 a, quint32 b) { return samples[a].leaf < samples[b].leaf; });
}

NameId StackEmitter::map(NameId sourceName)
{
    NameId &mapped = m_names[sourceName.index];
    if (!mapped.isValid())
        mapped = m_target.intern(m_source.names().name(sourceName));
    return mapped;
}

void StackEmitter::setLabelFilter(std::vector<quint8> accepted, bool acceptUnlabelled)
{
    m_accepted = std::move(accepted);
    m_accepted.resize(m_source.labels().sets.size(), 0);
    m_acceptUnlabelled = acceptUnlabelled;
}

void StackEmitter::setTypeMap(std::vector<int> targetToSource)
{
    m_typeMap = std::move(targetToSource);
}

qint32 StackEmitter::mapLabelSet(quint32 sourceSet)
{
    qint32 &mapped = m_labelSets[sourceSet];
    if (mapped < 0)
        mapped = qint32(m_target.addLabelSet(m_source.labels().sets[sourceSet]));
    return mapped;
}

void StackEmitter::add(std::span<const NameId> stack, const qint64 *sourceValues, qint32 targetLabelSet)
{
    const size_t types = m_values.size();
    bool any = false;
    for (size_t t = 0; t < types; ++t)
        any = any || sourceValues[t] != 0;
    if (!any)
        return;
    if (m_typeMap.empty()) {
        m_target.addStack(stack, std::span<const qint64>(sourceValues, types), targetLabelSet);
        return;
    }
    m_targetValues.resize(m_typeMap.size());
    for (size_t t = 0; t < m_typeMap.size(); ++t)
        m_targetValues[t] = sourceValues[size_t(m_typeMap[t])];
    m_target.addStack(stack, m_targetValues, targetLabelSet);
}

void StackEmitter::emitSelf(NodeId node, std::span<const NameId> stack)
{
    const CallTree &tree = m_source.tree();
    const size_t types = m_values.size();
    for (size_t t = 0; t < types; ++t)
        m_values[t] = tree.total(node, int(t));
    tree.forEachChild(node, [&](NodeId c) {
        for (size_t t = 0; t < types; ++t)
            m_values[t] -= tree.total(c, int(t));
    });

    // The labelled samples of this leaf go out with their label sets; what is
    // left of the self is the unlabelled remainder.
    if (!m_labelOrder.empty()) {
        const std::vector<LabelledSample> &samples = m_source.labels().samples;
        auto it = std::lower_bound(m_labelOrder.begin(), m_labelOrder.end(), node,
                                   [&](quint32 s, NodeId n) { return samples[s].leaf < n; });
        for (; it != m_labelOrder.end() && samples[*it].leaf == node; ++it) {
            const LabelledSample &sample = samples[*it];
            for (size_t t = 0; t < types && t < sample.values.size(); ++t)
                m_values[t] -= sample.values[t];
            if (m_accepted.empty() || m_accepted[sample.labelSet])
                add(stack, sample.values.data(), mapLabelSet(sample.labelSet));
        }
    }
    if (m_acceptUnlabelled)
        add(stack, m_values.data(), -1);
}

void StackEmitter::emitSubtree(NodeId node, std::span<const NameId> stack)
{
    const CallTree &tree = m_source.tree();
    if (m_labelOrder.empty() && !hasFilter()) {
        // Without labels the subtree's samples are just its total.
        std::vector<qint64> values(m_values.size());
        for (size_t t = 0; t < values.size(); ++t)
            values[t] = tree.total(node, int(t));
        add(stack, values.data(), -1);
        return;
    }
    const quint32 end = tree.subtreeEnd(node).index;
    for (quint32 n = node.index; n < end; ++n)
        emitSelf(NodeId(n), stack);
}

ProfileBuilder builderLike(const Profile &source)
{
    // Made from a profile already read: no ImportLimits.
    ProfileBuilder builder(source.sampleTypes(), ImportLimits::unlimited());
    builder.setDefaultSampleType(source.defaultSampleType());
    if (source.isDiff())
        builder.setDiff(source.diffBaseline(), source.diffComparison());
    builder.metadata() = source.metadata();
    return builder;
}
