#include "sandwich.h"

#include "profilebuilder.h"
#include "progress.h"
#include "progressspan.h"
#include "stackemitter.h"

#include <vector>

namespace {
constexpr quint32 reportEvery = 1u << 18;

// Calls f(node) for each outermost node named `function` (no ancestor with that
// name), in pre-order: a match's subtree is skipped, which both avoids counting
// recursion twice and keeps the walk one pass. False when cancelled.
template<typename F>
bool forEachOutermost(const CallTree &tree, NameId function, Progress &progress, F &&f)
{
    const std::span<const NameId> names = tree.names();
    const quint32 count = quint32(names.size());
    quint32 nextReport = reportEvery;
    for (quint32 n = 1; n < count;) {
        if (n >= nextReport) {
            nextReport = n + reportEvery;
            if (progress.isCanceled())
                return false;
            progress.report(double(n) / double(count));
        }
        if (names[n] == function) {
            f(NodeId(n));
            n = tree.subtreeEnd(NodeId(n)).index;
        } else {
            ++n;
        }
    }
    return true;
}

// A profile like `profile` made of what write(emitter, node, stack) writes for
// each outermost occurrence of `function`: the walk is the first half of the
// progress, the build the second. Null when cancelled.
template<typename Emit>
ProfilePtr profileOfOccurrences(const Profile &profile, NameId function, SandwichRoot root,
                                Progress &progress, Emit &&write)
{
    ProfileBuilder builder = builderLike(profile);
    if (root == SandwichRoot::Function && function.index < quint32(profile.names().size()))
        builder.setRootName(profile.names().name(function));
    StackEmitter emitter(profile, builder);
    std::vector<NameId> stack;
    ProgressSpan walk(progress, 0.0, 0.5);
    if (!forEachOutermost(profile.tree(), function, walk, [&](NodeId node) { write(emitter, node, stack); }))
        return nullptr;
    ProgressSpan build(progress, 0.5, 1.0);
    return builder.build(build);
}
} // namespace

ProfilePtr callersOf(const Profile &profile, NameId function, Progress &progress, SandwichRoot root)
{
    const CallTree &tree = profile.tree();
    return profileOfOccurrences(
        profile, function, root, progress,
        [&](StackEmitter &emitter, NodeId node, std::vector<NameId> &stack) {
            // Inverted: the function first (unless it is the root),
            // then each caller outwards.
            stack.clear();
            NodeId n = root == SandwichRoot::Function ? tree.parent(node) : node;
            for (; n != CallTree::root(); n = tree.parent(n))
                stack.push_back(emitter.mapNode(n));
            emitter.emitSubtree(node, stack);
        });
}

ProfilePtr callersOf(const Profile &profile, NameId function)
{
    return callersOf(profile, function, Progress::none());
}

ProfilePtr calleesOf(const Profile &profile, NameId function, Progress &progress, SandwichRoot root)
{
    const CallTree &tree = profile.tree();
    // Frames of the occurrence's subtree below the root frame: all of them when
    // the function is the root, else the function too.
    const quint32 levelsInRoot = root == SandwichRoot::Function ? 1 : 0;
    return profileOfOccurrences(profile, function, root, progress,
                                [&](StackEmitter &emitter, NodeId top, std::vector<NameId> &stack) {
                                    // The occurrence's subtree in pre-order; the stack is the path
                                    // from the occurrence down, so every occurrence merges under
                                    // one frame.
                                    const quint32 topDepth = tree.depth(top) + levelsInRoot;
                                    const quint32 end = tree.subtreeEnd(top).index;
                                    for (quint32 n = top.index; n < end; ++n) {
                                        const NodeId node(n);
                                        if (tree.depth(node)
                                            < topDepth) { // the function as the root
                                            emitter.emitSelf(node, {});
                                            continue;
                                        }
                                        stack.resize(tree.depth(node) - topDepth);
                                        stack.push_back(emitter.mapNode(node));
                                        emitter.emitSelf(node, stack);
                                    }
                                });
}

ProfilePtr calleesOf(const Profile &profile, NameId function)
{
    return calleesOf(profile, function, Progress::none());
}
