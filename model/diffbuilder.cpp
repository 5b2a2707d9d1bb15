#include "diffbuilder.h"

#include "hugepagereserve.h"
#include "nameinterner.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace {
// lupdate files Text::tr("...") under DiffBuilder.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiffBuilder)
};

DiffResult cancelledDiff()
{
    DiffResult result;
    result.outcome = JobOutcome::Cancelled;
    return result;
}

QString typeText(const SampleType &type)
{
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(type.type), QString::fromStdString(type.unit));
}

QString typeList(const Profile &profile)
{
    QStringList types;
    for (const SampleType &t : profile.sampleTypes())
        types << typeText(t);
    return types.isEmpty() ? Text::tr("no sample types") : types.join(QStringLiteral(", "));
}

int defaultType(const Profile &profile)
{
    return profile.sampleTypeCount() == 0 ? -1 : std::clamp(profile.defaultSampleType(), 0, profile.sampleTypeCount() - 1);
}

constexpr quint32 none = 0xffffffffu;

// One side of the merge: a tree, its column and its names ranked in the
// merged name order.
struct Side
{
    const CallTree &tree;
    std::span<const qint64> totals;
    std::span<const quint32> ends;
    std::span<const NameId> names;
    std::span<const quint32> depths;
    std::vector<NameId> map; // source NameId -> merged NameId
    std::vector<quint32> rank; // source NameId -> rank of its bytes among all names

    Side(const Profile &profile, int type)
        : tree(profile.tree())
        , totals(tree.totals(type))
        , ends(tree.subtreeEnds())
        , names(tree.names())
        , depths(tree.depths())
    {}
};

// The walk's state for one merged node whose children are being merged.
struct Frame
{
    quint32 out;
    quint32 childA, endA; // the next unmerged child on each side and the end of its parent's subtree
    quint32 childB, endB;
};
} // namespace

SampleTypePairing DiffBuilder::pairSampleTypes(const Profile &baseline, const Profile &comparison,
                                               std::string_view typeName, const QString &baselineName,
                                               const QString &comparisonName, std::string_view comparisonTypeName)
{
    SampleTypePairing pairing;
    if (baseline.sampleTypeCount() == 0 || comparison.sampleTypeCount() == 0) {
        pairing.error = Text::tr("%1 has no sample types")
                            .arg(baseline.sampleTypeCount() == 0 ? baselineName : comparisonName);
        return pairing;
    }
    if (!typeName.empty() || !comparisonTypeName.empty()) {
        const std::string_view leftName = typeName.empty()
                                              ? std::string_view(baseline.sampleTypes()[size_t(defaultType(baseline))].type)
                                              : typeName;
        const std::string_view rightName = comparisonTypeName.empty() ? leftName : comparisonTypeName;
        pairing.baseline = baseline.sampleTypeIndex(leftName);
        pairing.comparison = comparison.sampleTypeIndex(rightName);
        const auto missing = [](const QString &profileName, std::string_view name,
                                const Profile &profile) {
            return Text::tr("%1 has no sample type \"%2\"; it has: %3")
                .arg(profileName, QString::fromUtf8(name.data(), qsizetype(name.size())),
                     typeList(profile));
        };
        if (pairing.baseline < 0)
            pairing.error = missing(baselineName, leftName, baseline);
        else if (pairing.comparison < 0)
            pairing.error = missing(comparisonName, rightName, comparison);
        if (!pairing.error.isEmpty())
            pairing.baseline = pairing.comparison = -1;
        return pairing;
    }
    const int left = defaultType(baseline), right = defaultType(comparison);
    const std::string &leftName = baseline.sampleTypes()[size_t(left)].type;
    const std::string &rightName = comparison.sampleTypes()[size_t(right)].type;
    if (int r = comparison.sampleTypeIndex(leftName); r >= 0) {
        pairing.baseline = left;
        pairing.comparison = r;
    } else if (int l = baseline.sampleTypeIndex(rightName); l >= 0) {
        pairing.baseline = l;
        pairing.comparison = right;
    } else if (baseline.sampleTypes()[size_t(left)].unit == comparison.sampleTypes()[size_t(right)].unit) {
        pairing.baseline = left;
        pairing.comparison = right;
    } else {
        pairing.error =
            Text::tr(
                "%1 and %2 have no sample type in common (%1: %3; %2: %4); choose which to compare")
                .arg(baselineName, comparisonName, typeList(baseline), typeList(comparison));
    }
    return pairing;
}

DiffResult DiffBuilder::build(const Profile &baseline, int baselineType, const Profile &comparison, int comparisonType,
                              const QString &baselineName, const QString &comparisonName, Progress &progress)
{
    DiffResult result;
    if (baselineType < 0 || baselineType >= baseline.sampleTypeCount()) {
        result.error = Text::tr("%1 has no sample type %2").arg(baselineName).arg(baselineType);
        return result;
    }
    if (comparisonType < 0 || comparisonType >= comparison.sampleTypeCount()) {
        result.error = Text::tr("%1 has no sample type %2").arg(comparisonName).arg(comparisonType);
        return result;
    }
    const SampleType &leftType = baseline.sampleTypes()[size_t(baselineType)];
    const SampleType &rightType = comparison.sampleTypes()[size_t(comparisonType)];
    if (leftType.unit != rightType.unit) {
        result.error =
            Text::tr("cannot compare %1 with %2: the units differ (%1: %3, %2: %4)")
                .arg(baselineName, comparisonName, typeText(leftType), typeText(rightType));
        return result;
    }
    result.sampleType = leftType;
    result.comparisonType = rightType;

    auto profile = std::make_shared<Profile>();
    CallTree &tree = profile->m_tree;
    const bool leftEmpty = baseline.tree().nodeCount() == 0, rightEmpty = comparison.tree().nodeCount() == 0;

    // Names: every name of both sides, interned once; the root is "total" as
    // ProfileBuilder names it.
    NameInterner interner;
    const NameId rootName = interner.intern("total");
    Side a(baseline, baselineType), b(comparison, comparisonType);
    for (Side *side : {&a, &b}) {
        const NameTable &table = side == &a ? baseline.names() : comparison.names();
        side->map.resize(size_t(table.size()));
        for (qsizetype i = 0; i < table.size(); ++i)
            side->map[size_t(i)] = interner.intern(table.name(NameId(quint32(i))));
    }
    // Ranks of the merged names by their bytes: the order CallTreeBuilder gives siblings.
    const NameTable &merged = interner.table();
    const std::vector<quint32> byName = merged.idsInByteOrder();
    std::vector<quint32> rank(byName.size());
    for (quint32 r = 0; r < quint32(byName.size()); ++r)
        rank[byName[r]] = r;
    for (Side *side : {&a, &b}) {
        side->rank.resize(side->map.size());
        for (size_t i = 0; i < side->map.size(); ++i)
            side->rank[i] = rank[side->map[i].index];
    }
    if (progress.isCanceled())
        return cancelledDiff();
    progress.report(0.1);

    const size_t capacity = size_t(baseline.tree().nodeCount() + comparison.tree().nodeCount()) + 1;
    tree.m_total.assign(2, {});
    reserveInHugePages(tree.m_parent, capacity);
    reserveInHugePages(tree.m_subtreeEnd, capacity);
    reserveInHugePages(tree.m_depth, capacity);
    reserveInHugePages(tree.m_name, capacity);
    reserveInHugePages(tree.m_total[0], capacity);
    reserveInHugePages(tree.m_total[1], capacity);
    auto push = [&](NodeId parent, quint32 depth, NameId name, qint64 left, qint64 right) {
        const quint32 out = quint32(tree.m_parent.size());
        tree.m_parent.push_back(parent);
        tree.m_subtreeEnd.push_back(out + 1);
        tree.m_depth.push_back(depth);
        tree.m_name.push_back(name);
        tree.m_total[0].push_back(left);
        tree.m_total[1].push_back(right);
        return out;
    };
    // A subtree on one side only: one block, parents shifted by the same
    // offset. Plain loops over the block (no push_back per node), so the
    // compiler vectorises them and the totals are one copy and one fill.
    auto copy = [&](const Side &side, bool isLeft, quint32 node, quint32 parentOut) {
        const size_t base = tree.m_parent.size();
        const quint32 end = side.ends[node];
        const size_t count = end - node;
        const quint32 depth0 = tree.m_depth[parentOut] + 1 - side.depths[node];
        const quint32 shift = quint32(base) - node;
        const NodeId *parents = side.tree.parents().data() + node;
        const quint32 *ends = side.ends.data() + node;
        const quint32 *depths = side.depths.data() + node;
        const NameId *names = side.names.data() + node;
        tree.m_parent.resize(base + count);
        tree.m_subtreeEnd.resize(base + count);
        tree.m_depth.resize(base + count);
        tree.m_name.resize(base + count);
        NodeId *outParent = tree.m_parent.data() + base;
        quint32 *outEnd = tree.m_subtreeEnd.data() + base;
        quint32 *outDepth = tree.m_depth.data() + base;
        NameId *outName = tree.m_name.data() + base;
        outParent[0] = NodeId(parentOut);
        for (size_t i = 1; i < count; ++i)
            outParent[i] = NodeId(parents[i].index + shift);
        for (size_t i = 0; i < count; ++i) {
            outEnd[i] = ends[i] + shift;
            outDepth[i] = depths[i] + depth0;
            outName[i] = side.map[names[i].index];
        }
        auto &filled = tree.m_total[isLeft ? 0 : 1];
        auto &zeroed = tree.m_total[isLeft ? 1 : 0];
        filled.insert(filled.end(), side.totals.begin() + node, side.totals.begin() + end);
        zeroed.resize(base + count, 0);
    };

    push(NodeId(), 0, rootName, leftEmpty ? 0 : a.totals[0], rightEmpty ? 0 : b.totals[0]);
    std::vector<Frame> stack;
    stack.push_back(Frame{0, 1, leftEmpty ? 1 : a.ends[0], 1, rightEmpty ? 1 : b.ends[0]});
    const size_t reportEvery = 1 << 16;
    size_t nextReport = reportEvery;
    const double expected = double(capacity);
    while (!stack.empty()) {
        Frame &f = stack.back();
        const bool hasA = f.childA < f.endA, hasB = f.childB < f.endB;
        if (!hasA && !hasB) {
            tree.m_subtreeEnd[f.out] = quint32(tree.m_parent.size());
            stack.pop_back();
            continue;
        }
        quint32 x = none, y = none;
        if (hasA && hasB) {
            const quint32 ra = a.rank[a.names[f.childA].index], rb = b.rank[b.names[f.childB].index];
            if (ra <= rb)
                x = f.childA;
            if (rb <= ra)
                y = f.childB;
        } else if (hasA) {
            x = f.childA;
        } else {
            y = f.childB;
        }
        const quint32 parentOut = f.out;
        if (x != none)
            f.childA = a.ends[x];
        if (y != none)
            f.childB = b.ends[y];
        if (x != none && y != none) {
            const quint32 out = push(NodeId(parentOut), tree.m_depth[parentOut] + 1, a.map[a.names[x].index], a.totals[x],
                                     b.totals[y]);
            stack.push_back(Frame{out, x + 1, a.ends[x], y + 1, b.ends[y]}); // f is invalid from here
        } else if (x != none) {
            copy(a, true, x, parentOut);
        } else {
            copy(b, false, y, parentOut);
        }
        if (tree.m_parent.size() >= nextReport) {
            nextReport += reportEvery;
            if (progress.isCanceled())
                return cancelledDiff();
            progress.report(0.1 + 0.85 * std::min(1.0, double(tree.m_parent.size()) / expected));
        }
    }
    // Give back the reserve for the nodes the two sides shared, when it is
    // worth a copy of the tree: the pages never written were never resident.
    if (tree.m_parent.size() < capacity / 4 * 3) {
        tree.m_parent.shrink_to_fit();
        tree.m_subtreeEnd.shrink_to_fit();
        tree.m_depth.shrink_to_fit();
        tree.m_name.shrink_to_fit();
        tree.m_total[0].shrink_to_fit();
        tree.m_total[1].shrink_to_fit();
    }
    tree.m_maxDepth = tree.m_depth.empty() ? 0 : *std::max_element(tree.m_depth.begin(), tree.m_depth.end());

    profile->m_names = interner.takeTable();
    profile->m_sampleTypes = {SampleType{"baseline", leftType.unit}, SampleType{"comparison", leftType.unit}};
    profile->m_defaultSampleType = 1;
    profile->m_diffBaseline = 0;
    profile->m_diffComparison = 1;
    ProfileMetadata &meta = profile->m_metadata;
    const ProfileMetadata &left = baseline.metadata();
    meta.format = "diff";
    meta.source = (baselineName + QStringLiteral(" vs ") + comparisonName).toStdString();
    meta.periodType = left.periodType;
    meta.period = left.period;
    meta.spyName = left.spyName;
    meta.sampleRate = left.sampleRate;
    meta.labels = {{"baseline", baselineName.toStdString()},
                   {"comparison", comparisonName.toStdString()},
                   {"sampleType", leftType.type}};
    progress.report(1.0);
    result.profile = std::move(profile);
    result.outcome = JobOutcome::Done;
    return result;
}
