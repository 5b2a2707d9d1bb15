#include "calltreerecorder.h"

#include "model/profilebuilder.h"

#include <algorithm>

CallTreeRecorder::CallTreeRecorder(ProfileBuilder &builder, int sampleType)
    : m_builder(builder), m_sampleType(sampleType), m_values(builder.sampleTypes().size(), 0)
{ }

void CallTreeRecorder::enter(std::string_view name, qint64 at)
{
    m_open.push_back({m_builder.intern(name), std::string(name), at});
    ++m_onStack[m_open.back().text];
}

void CallTreeRecorder::leave(qint64 at)
{
    Open frame = std::move(m_open.back());
    m_open.pop_back();
    --m_onStack[frame.text];
    const qint64 total = std::max<qint64>(0, at - frame.start);
    const qint64 self = total - frame.childrenTotal;
    if (self != 0) {
        m_path.clear();
        for (const Open &o : m_open)
            m_path.push_back(o.name);
        m_path.push_back(frame.name);
        m_values.assign(m_values.size(), 0);
        m_values[size_t(m_sampleType)] = self;
        m_builder.addStack(std::span<const NameId>(m_path), m_values);
    }
    if (!m_open.empty())
        m_open.back().childrenTotal += total;
}

bool CallTreeRecorder::contains(const std::string &name) const
{
    const auto it = m_onStack.find(name);
    return it != m_onStack.end() && it->second > 0;
}
