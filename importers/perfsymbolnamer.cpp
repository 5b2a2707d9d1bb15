#include "perfsymbolnamer.h"

#include <algorithm>

void PerfSymbolNamer::name(std::string_view symbol, std::string_view module, bool javaTidy,
                           std::vector<quint32> &leafFirst)
{
    if (!symbol.empty() && symbol[0] == '(')
        return; // a process name, not a frame

    // split /\->/: trailing empty fields are dropped, as Perl's split does.
    m_parts.clear();
    size_t from = 0;
    for (;;) {
        const size_t arrow = symbol.find("->", from);
        if (arrow == std::string_view::npos) {
            m_parts.push_back(symbol.substr(from));
            break;
        }
        m_parts.push_back(symbol.substr(from, arrow - from));
        from = arrow + 2;
    }
    while (!m_parts.empty() && m_parts.back().empty())
        m_parts.pop_back();
    // The line's frames go root-first into the sample, so push them reversed
    // onto the leaf-first list.
    for (size_t p = m_parts.size(); p-- > 0;)
        leafFirst.push_back(frameName(m_parts[p], module, p > 0, javaTidy).index);
}

NameId PerfSymbolNamer::frameName(std::string_view func, std::string_view module, bool inlined, bool javaTidy)
{
    const bool unknown = func == "[unknown]";
    const bool plain = !unknown && !inlined && func.find_first_of(";(\"'") == std::string_view::npos
                       && !(javaTidy && !func.empty() && func[0] == 'L' && func.find('/') != std::string_view::npos);
    if (plain)
        return m_names.intern(func);

    std::string &s = m_scratch;
    if (unknown && module != "[unknown]") {
        const size_t slash = module.rfind('/');
        s = "[";
        s.append(slash == std::string_view::npos ? module : module.substr(slash + 1));
        s.push_back(']');
    } else {
        s.assign(func);
    }
    std::replace(s.begin(), s.end(), ';', ':');
    // Unless it looks like a Go method ("net/http.(*Client).Do"), everything
    // from the first '(' that does not open "(anonymous namespace)" is noise.
    const size_t dotParen = s.find(".(");
    const bool goMethod = dotParen != std::string::npos && s.find(").", dotParen + 2) != std::string::npos;
    if (!goMethod) {
        for (size_t p = s.find('('); p != std::string::npos; p = s.find('(', p + 1)) {
            if (s.compare(p + 1, 20, "anonymous namespace)") != 0) {
                s.resize(p);
                break;
            }
        }
    }
    s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == '"' || c == '\''; }), s.end());
    if (javaTidy && !s.empty() && s[0] == 'L' && s.find('/') != std::string::npos)
        s.erase(0, 1);
    if (inlined && s.find("_[i]") == std::string::npos)
        s.append("_[i]");
    return m_names.intern(s);
}
