#pragma once

#include "profile.h"
#include "progress.h"
#include "progressspan.h"

#include <span>
#include <vector>

class ProfileBuilder;

// Writes a source profile's samples back into a ProfileBuilder as root-first
// stacks, which is how every transform makes its new profile: it walks the
// source tree, decides each node's target stack, and asks the emitter to add
// that node's own samples there. Names are interned in the target only when
// used; labelled samples keep their label sets, so a transformed profile can
// still be filtered by label.
class StackEmitter final
{
public:
    StackEmitter(const Profile &source, ProfileBuilder &target);

    // The target's id for a source name.
    NameId map(NameId sourceName);
    NameId mapNode(NodeId node) { return map(m_source.tree().name(node)); }

    // Which samples to keep, by label set: accepted[set] for labelled samples,
    // acceptUnlabelled for the rest of each node's self. Keeps all by default.
    void setLabelFilter(std::vector<quint8> accepted, bool acceptUnlabelled);
    // targetType -> source type, when the target orders its types differently (merge).
    void setTypeMap(std::vector<int> targetToSource);

    // The node's own samples (self), at the given target stack.
    void emitSelf(NodeId node, std::span<const NameId> stack);
    // Every sample in the node's subtree, at one target stack (collapse, callers).
    void emitSubtree(NodeId node, std::span<const NameId> stack);

private:
    qint32 mapLabelSet(quint32 sourceSet);
    bool hasFilter() const { return !m_accepted.empty() || !m_acceptUnlabelled; }
    void add(std::span<const NameId> stack, const qint64 *sourceValues, qint32 targetLabelSet);

    const Profile &m_source;
    ProfileBuilder &m_target;
    std::vector<NameId> m_names; // source NameId -> target NameId
    std::vector<qint32> m_labelSets; // source set -> target set; -1 = not copied yet
    std::vector<quint32> m_labelOrder; // labelled samples sorted by leaf
    std::vector<quint8> m_accepted;
    bool m_acceptUnlabelled = true;
    std::vector<int> m_typeMap;
    std::vector<qint64> m_values; // source order
    std::vector<qint64> m_targetValues;
};

// A builder with the source's sample types, default type, diff columns and metadata.
ProfileBuilder builderLike(const Profile &source);
