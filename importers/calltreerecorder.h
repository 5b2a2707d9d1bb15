#pragma once

#include "model/nameinterner.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class ProfileBuilder;

// Frames entered and left at values of a running measure (a time, a
// cumulative weight), as speedscope's CallTreeProfileBuilder records them for
// its Papyrus and Instruments importers: each frame's self is the part of its
// span during which it was on top. Stacks go to a ProfileBuilder as they close,
// in the sample type given.
class CallTreeRecorder final
{
public:
    CallTreeRecorder(ProfileBuilder &builder, int sampleType);

    void enter(std::string_view name, qint64 at);
    // Leaves the top frame; a value before its start counts as its start.
    void leave(qint64 at);
    bool empty() const { return m_open.empty(); }
    size_t depth() const { return m_open.size(); }
    const std::string &top() const { return m_open.back().text; }
    bool contains(const std::string &name) const;

private:
    struct Open
    {
        NameId name;
        std::string text;
        qint64 start;
        qint64 childrenTotal = 0;
    };
    ProfileBuilder &m_builder;
    int m_sampleType;
    std::vector<Open> m_open;
    std::unordered_map<std::string, int> m_onStack;
    std::vector<NameId> m_path;
    std::vector<qint64> m_values;
};
