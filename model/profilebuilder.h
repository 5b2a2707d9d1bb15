#pragma once

#include "calltreebuilder.h"
#include "importlimits.h"
#include "nameinterner.h"
#include "profile.h"

#include <QString>

#include <algorithm>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

class Progress;

// The only writer of a Profile: importers and transforms add stacks root first,
// then build() sorts, merges and freezes them. It enforces ImportLimits for
// every importer at once: too many sample types, a name or a stack too long,
// or a tree with too many nodes makes build() fail with limitError().
class ProfileBuilder final
{
public:
    explicit ProfileBuilder(std::vector<SampleType> sampleTypes,
                            const ImportLimits &limits = ImportLimits::current());
    // Starts from the names an importer interned itself, whose ids stay valid:
    // a parser that built its own table need not intern every name again.
    ProfileBuilder(std::vector<SampleType> sampleTypes, NameInterner names,
                   const ImportLimits &limits = ImportLimits::current());

    NameId intern(std::string_view name)
    {
        if (nameTooLong(name.size())) [[unlikely]]
            return internTooLong(name);
        return m_names.intern(name);
    }
    void addStack(std::span<const NameId> rootFirst, std::span<const qint64> values,
                  qint32 labelSet = -1)
    {
        if (qint64(rootFirst.size()) > m_limits.maxDepth) [[unlikely]]
            return refuseDepth(rootFirst.size());
        if (!addToSums(values)) [[unlikely]]
            return;
        m_tree.addStack(rootFirst, values, labelSet);
    }
    void addStack(std::span<const std::string_view> rootFirst, std::span<const qint64> values);
    quint32 addLabelSet(LabelIndex::LabelSet labels);

    // The root's name, "total" unless set (a sandwich half roots at its function;
    // "total" then stays in the name table, unused).
    void setRootName(std::string_view name) { m_rootName = m_names.intern(name); }
    void setDefaultSampleType(int index) { m_defaultSampleType = index; }
    void setDiff(int baseline, int comparison);
    ProfileMetadata &metadata() { return m_metadata; }
    const std::vector<SampleType> &sampleTypes() const { return m_sampleTypes; }
    qsizetype stackCount() const { return m_tree.stackCount(); }
    qsizetype nameCount() const { return m_names.size(); }

    // Null when progress says cancelled, or when a limit was exceeded
    // (limitError() then says which).
    std::shared_ptr<const Profile> build(Progress &progress);
    std::shared_ptr<const Profile> build();
    // Empty unless the input exceeded an ImportLimits; the first one exceeded.
    const QString &limitError() const { return m_limitError; }

private:
    bool nameTooLong(size_t bytes) const { return qint64(bytes) > m_limits.maxNameBytes; }
    NameId internTooLong(std::string_view name);
    // Adds |values| to each type's running sum; false (refused) past maxValueSum.
    bool addToSums(std::span<const qint64> values)
    {
        const size_t n = std::min(values.size(), m_absSums.size());
        bool fits = true;
        for (size_t t = 0; t < n; ++t) {
            const qint64 v = values[t];
            const quint64 magnitude = v < 0 ? quint64(0) - quint64(v) : quint64(v);
            m_absSums[t] += std::min(magnitude, quint64(1) << 63);
            fits = fits && m_absSums[t] <= quint64(m_limits.maxValueSum);
        }
        if (!fits)
            refuseSum();
        return fits;
    }
    void refuseSum();
    void refuseDepth(size_t depth);
    void refuseName(size_t bytes);
    void refuse(QString why);

    const ImportLimits m_limits;
    QString m_limitError;
    std::vector<quint64> m_absSums; // per sample type, for maxValueSum
    NameInterner m_names;
    NameId m_rootName;
    CallTreeBuilder m_tree;
    std::vector<SampleType> m_sampleTypes;
    int m_defaultSampleType;
    int m_diffBaseline = -1;
    int m_diffComparison = -1;
    ProfileMetadata m_metadata;
    std::vector<LabelIndex::LabelSet> m_labelSets;
    std::vector<NameId> m_scratch;
};
