#pragma once

#include "calltree.h"
#include "labelindex.h"
#include "nametable.h"
#include "profilemetadata.h"
#include "sampletype.h"

#include <memory>
#include <string_view>
#include <vector>

// An imported profile: interned names, sample types, metadata and the call tree.
// Immutable once ProfileBuilder::build() returns; shared as
// std::shared_ptr<const Profile> by every view. Transforms make new profiles.
class Profile final
{
public:
    const NameTable &names() const { return m_names; }
    std::string_view name(NodeId node) const { return m_names.name(m_tree.name(node)); }
    const CallTree &tree() const { return m_tree; }
    const std::vector<SampleType> &sampleTypes() const { return m_sampleTypes; }
    int sampleTypeCount() const { return int(m_sampleTypes.size()); }
    // pprof's choice: default_sample_type when set, else the last type.
    int defaultSampleType() const { return m_defaultSampleType; }
    // -1 when no type has that name
    int sampleTypeIndex(std::string_view type) const;
    qint64 total(int sampleType) const { return m_tree.total(CallTree::root(), sampleType); }
    const ProfileMetadata &metadata() const { return m_metadata; }
    const LabelIndex &labels() const { return m_labels; }

    // A profile read from a two-column input (difffolded, flamebearer "double")
    // carries its baseline and comparison as two sample types.
    bool isDiff() const { return m_diffBaseline >= 0; }
    int diffBaseline() const { return m_diffBaseline; }
    int diffComparison() const { return m_diffComparison; }

    // The root-first names of a node's path, without the root.
    std::vector<NameId> path(NodeId node) const;
    // The node at a root-first path of names, or an invalid id.
    NodeId findPath(const std::vector<std::string_view> &names) const;
    qsizetype byteSize() const;

private:
    friend class ProfileBuilder;
    friend class DiffBuilder; // builds a merged tree without re-sorting stacks
    NameTable m_names;
    CallTree m_tree;
    std::vector<SampleType> m_sampleTypes;
    int m_defaultSampleType = 0;
    int m_diffBaseline = -1;
    int m_diffComparison = -1;
    ProfileMetadata m_metadata;
    LabelIndex m_labels;
};

using ProfilePtr = std::shared_ptr<const Profile>;
