#include "transforms.h"

#include "profilebuilder.h"
#include "sandwich.h"
#include "searchquery.h"
#include "stackemitter.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// lupdate files Text::tr("...") under Transforms.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Transforms)
};

constexpr quint32 reportMask = (1u << 18) - 1;

// Checks for cancel and reports now and then during a walk over count nodes.
bool keepGoing(quint32 n, quint32 count, Progress &progress)
{
    if ((n & reportMask) != 0)
        return true;
    if (progress.isCanceled())
        return false;
    progress.report(double(n) / double(std::max(count, 1u)));
    return true;
}

// Emits every node's own samples at its full path: the identity walk that the
// label filter and merge need (the emitter decides what each sample becomes).
bool emitAll(const Profile &profile, StackEmitter &emitter, Progress &progress)
{
    const CallTree &tree = profile.tree();
    const quint32 count = quint32(tree.nodeCount());
    std::vector<NameId> stack;
    for (quint32 n = 0; n < count; ++n) {
        if (!keepGoing(n, count, progress))
            return false;
        const NodeId node(n);
        if (n > 0) {
            stack.resize(tree.depth(node) - 1);
            stack.push_back(emitter.mapNode(node));
        }
        emitter.emitSelf(node, stack);
    }
    return true;
}

ProfilePtr finish(ProfileBuilder &builder, Progress &progress)
{
    ProgressSpan build(progress, 0.5, 1.0);
    return builder.build(build);
}

// Hides every frame whose name the mask marks; a name outside the mask stays.
ProfilePtr hideNames(const Profile &profile, const std::vector<quint8> &hidden, Progress &progress)
{
    ProfileBuilder builder = builderLike(profile);
    StackEmitter emitter(profile, builder);
    const CallTree &tree = profile.tree();
    const quint32 count = quint32(tree.nodeCount());
    // lengthAt[d]: the target stack's length after the path's node at depth d,
    // which is shorter than d wherever a frame above was hidden.
    std::vector<quint32> lengthAt(size_t(tree.maxDepth()) + 1, 0);
    std::vector<NameId> stack;
    ProgressSpan walk(progress, 0.0, 0.5);
    for (quint32 n = 0; n < count; ++n) {
        if (!keepGoing(n, count, walk))
            return nullptr;
        const NodeId node(n);
        if (n > 0) {
            const quint32 depth = tree.depth(node);
            stack.resize(lengthAt[depth - 1]);
            const NameId name = tree.name(node);
            if (name.index >= hidden.size() || !hidden[name.index])
                stack.push_back(emitter.map(name));
            lengthAt[depth] = quint32(stack.size());
        }
        emitter.emitSelf(node, stack);
    }
    return finish(builder, progress);
}

// target type -> source type, or nullopt when the two sets of types differ.
std::optional<std::vector<int>> typeMapping(const std::vector<SampleType> &target,
                                            const std::vector<SampleType> &source)
{
    std::vector<int> map;
    if (target.size() != source.size())
        return std::nullopt;
    for (const SampleType &type : target) {
        const auto it = std::find(source.begin(), source.end(), type);
        if (it == source.end())
            return std::nullopt;
        map.push_back(int(it - source.begin()));
    }
    return map;
}

QString describeTypes(const std::vector<SampleType> &types)
{
    QStringList parts;
    for (const SampleType &t : types)
        parts << QString::fromStdString(t.type) + u'/' + QString::fromStdString(t.unit);
    return parts.isEmpty() ? QStringLiteral("(none)") : parts.join(QStringLiteral(", "));
}

QString describeProfile(const Profile &profile, size_t index)
{
    const std::string &source = profile.metadata().source;
    if (source.empty())
        return QStringLiteral("profile %1").arg(index + 1);
    return QStringLiteral("profile %1 (%2)").arg(index + 1).arg(QString::fromStdString(source));
}

bool hasLabel(const LabelIndex::LabelSet &set, const LabelFilter &filter)
{
    for (const auto &[key, value] : set)
        if (key == filter.key && value == filter.value)
            return true;
    return false;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}
} // namespace

ProfilePtr focusOnNode(const Profile &profile, NodeId node, FocusAncestors ancestors, Progress &progress)
{
    ProfileBuilder builder = builderLike(profile);
    const CallTree &tree = profile.tree();
    if (!node.isValid() || qsizetype(node.index) >= tree.nodeCount())
        return finish(builder, progress);
    StackEmitter emitter(profile, builder);
    std::vector<NameId> stack;
    if (ancestors == FocusAncestors::Keep) {
        for (NameId name : profile.path(node))
            stack.push_back(emitter.map(name));
        if (node != CallTree::root())
            stack.pop_back(); // the node itself is pushed by the walk below
    }
    const size_t prefix = stack.size();
    // The root is no frame: its children sit at stack index 0.
    const quint32 topDepth = tree.depth(node) + (node == CallTree::root() ? 1 : 0);
    const quint32 end = tree.subtreeEnd(node).index;
    const quint32 count = end - node.index;
    ProgressSpan walk(progress, 0.0, 0.5);
    for (quint32 n = node.index; n < end; ++n) {
        if (!keepGoing(n - node.index, count, walk))
            return nullptr;
        const NodeId current(n);
        // Focusing on the root copies the profile.
        if (current != CallTree::root()) {
            stack.resize(prefix + (tree.depth(current) - topDepth));
            stack.push_back(emitter.mapNode(current));
        }
        emitter.emitSelf(current, stack);
    }
    return finish(builder, progress);
}

ProfilePtr focusOnFunction(const Profile &profile, NameId function, Progress &progress)
{
    return calleesOf(profile, function, progress, SandwichRoot::Total);
}

ProfilePtr collapseFunction(const Profile &profile, NameId function, Progress &progress)
{
    ProfileBuilder builder = builderLike(profile);
    StackEmitter emitter(profile, builder);
    const CallTree &tree = profile.tree();
    const quint32 count = quint32(tree.nodeCount());
    std::vector<NameId> stack;
    ProgressSpan walk(progress, 0.0, 0.5);
    for (quint32 n = 0; n < count;) {
        if (!keepGoing(n, count, walk))
            return nullptr;
        const NodeId node(n);
        if (n > 0) {
            stack.resize(tree.depth(node) - 1);
            stack.push_back(emitter.mapNode(node));
        }
        if (n > 0 && tree.name(node) == function) {
            // The whole subtree becomes this frame's self; inner recursion included.
            emitter.emitSubtree(node, stack);
            n = tree.subtreeEnd(node).index;
        } else {
            emitter.emitSelf(node, stack);
            ++n;
        }
    }
    return finish(builder, progress);
}

ProfilePtr hideFunction(const Profile &profile, NameId function, Progress &progress)
{
    std::vector<quint8> hidden(size_t(profile.names().size()), 0);
    if (function.isValid() && function.index < hidden.size())
        hidden[function.index] = 1;
    return hideNames(profile, hidden, progress);
}

ProfilePtr hideMatching(const Profile &profile, const SearchQuery &query, Progress &progress)
{
    const NameTable &names = profile.names();
    std::vector<quint8> hidden(size_t(names.size()), 0);
    for (qsizetype i = 0; i < names.size(); ++i)
        hidden[size_t(i)] = query.matches(names.name(NameId(quint32(i)))) ? 1 : 0;
    return hideNames(profile, hidden, progress);
}

ProfilePtr foldSmallNodes(const Profile &profile, int sampleType, qint64 minTotal, std::string_view otherName,
                          Progress &progress)
{
    ProfileBuilder builder = builderLike(profile);
    StackEmitter emitter(profile, builder);
    const NameId other = builder.intern(otherName);
    const CallTree &tree = profile.tree();
    const quint32 count = quint32(tree.nodeCount());
    std::vector<NameId> stack;
    ProgressSpan walk(progress, 0.0, 0.5);
    for (quint32 n = 0; n < count;) {
        if (!keepGoing(n, count, walk))
            return nullptr;
        const NodeId node(n);
        if (n > 0)
            stack.resize(tree.depth(node) - 1);
        if (n > 0 && minTotal > 0 && tree.total(node, sampleType) < minTotal) {
            stack.push_back(other);
            emitter.emitSubtree(node, stack);
            n = tree.subtreeEnd(node).index;
            continue;
        }
        if (n > 0)
            stack.push_back(emitter.mapNode(node));
        emitter.emitSelf(node, stack);
        ++n;
    }
    return finish(builder, progress);
}

MergeResult mergeProfiles(std::span<const ProfilePtr> profiles, Progress &progress)
{
    MergeResult result;
    if (profiles.empty()) {
        result.error = Text::tr("no profiles to merge");
        return result;
    }
    for (size_t i = 0; i < profiles.size(); ++i) {
        if (!profiles[i]) {
            result.error = Text::tr("profile %1 is missing").arg(i + 1);
            return result;
        }
    }
    const Profile &first = *profiles[0];
    std::vector<std::vector<int>> maps;
    for (size_t i = 0; i < profiles.size(); ++i) {
        std::optional<std::vector<int>> map = typeMapping(first.sampleTypes(), profiles[i]->sampleTypes());
        if (!map) {
            result.error = Text::tr("cannot merge: %1 has sample types %2, but %3 has %4")
                               .arg(describeProfile(*profiles[i], i),
                                    describeTypes(profiles[i]->sampleTypes()),
                                    describeProfile(first, 0), describeTypes(first.sampleTypes()));
            return result;
        }
        maps.push_back(std::move(*map));
    }

    ProfileBuilder builder = builderLike(first);
    // pprof's Merge: the earliest start, and the span up to the latest end.
    qint64 start = 0, end = 0, durationSum = 0;
    bool allTimed = true;
    for (const ProfilePtr &p : profiles) {
        const ProfileMetadata &m = p->metadata();
        durationSum += m.durationNanos;
        if (m.timeNanos == 0) {
            allTimed = false;
            continue;
        }
        start = start == 0 ? m.timeNanos : std::min(start, m.timeNanos);
        end = std::max(end, m.timeNanos + m.durationNanos);
    }
    ProfileMetadata &metadata = builder.metadata();
    if (allTimed) {
        metadata.timeNanos = start;
        metadata.durationNanos = end - start;
    } else {
        metadata.durationNanos = durationSum;
    }
    for (size_t i = 1; i < profiles.size(); ++i) {
        const ProfileMetadata &m = profiles[i]->metadata();
        if (!m.source.empty() && m.source != metadata.source)
            metadata.source += (metadata.source.empty() ? "" : ", ") + m.source;
        metadata.warnings.insert(metadata.warnings.end(), m.warnings.begin(), m.warnings.end());
    }
    // A merged timeline would need aligned buckets; a stale one would mislead.
    if (profiles.size() > 1)
        metadata.timeline = Timeline();

    for (size_t i = 0; i < profiles.size(); ++i) {
        StackEmitter emitter(*profiles[i], builder);
        emitter.setTypeMap(maps[i]);
        ProgressSpan walk(progress, 0.5 * double(i) / double(profiles.size()),
                          0.5 * double(i + 1) / double(profiles.size()));
        if (!emitAll(*profiles[i], emitter, walk))
            return result;
    }
    result.profile = finish(builder, progress);
    return result;
}

std::optional<LabelFilter> LabelFilter::parse(std::string_view text)
{
    LabelFilter filter;
    size_t op = text.find("!=");
    size_t valueAt = 0;
    if (op != std::string_view::npos) {
        filter.exclude = true;
        valueAt = op + 2;
    } else {
        op = text.find('=');
        if (op == std::string_view::npos)
            return std::nullopt;
        valueAt = op + 1;
    }
    filter.key = std::string(trimmed(text.substr(0, op)));
    filter.value = std::string(trimmed(text.substr(valueAt)));
    if (filter.key.empty())
        return std::nullopt;
    return filter;
}

ProfilePtr filterByLabel(const Profile &profile, std::span<const LabelFilter> filters, Progress &progress)
{
    const std::vector<LabelIndex::LabelSet> &sets = profile.labels().sets;
    std::vector<quint8> accepted(sets.size(), 1);
    bool acceptUnlabelled = true;
    for (const LabelFilter &filter : filters) {
        if (!filter.exclude)
            acceptUnlabelled = false;
        for (size_t s = 0; s < sets.size(); ++s)
            if (hasLabel(sets[s], filter) == filter.exclude)
                accepted[s] = 0;
    }
    ProfileBuilder builder = builderLike(profile);
    StackEmitter emitter(profile, builder);
    emitter.setLabelFilter(std::move(accepted), acceptUnlabelled);
    ProgressSpan walk(progress, 0.0, 0.5);
    if (!emitAll(profile, emitter, walk))
        return nullptr;
    return finish(builder, progress);
}
