#pragma once

#include "model/nameinterner.h"

#include <string>
#include <string_view>
#include <vector>

// Names a perf frame the way stackcollapse-perf.pl does with its default
// options: `a->b` inline chains split into frames (the inner ones suffixed
// `_[i]`), `[unknown]` replaced by the module's file name in brackets, the
// generic tidy (`;` -> `:`, arguments cut unless it looks like a Go method,
// quotes removed) and, for Java processes, the Java tidy (`Lpkg/Cls;`).
class PerfSymbolNamer final
{
public:
    explicit PerfSymbolNamer(NameInterner &names)
        : m_names(names)
    {}

    // Appends the names of one frame line to leafFirst, leaf first; none for a
    // process name ("(comm)"). symbol: without its offset.
    void name(std::string_view symbol, std::string_view module, bool javaTidy, std::vector<quint32> &leafFirst);

private:
    NameId frameName(std::string_view func, std::string_view module, bool inlined, bool javaTidy);

    NameInterner &m_names;
    std::vector<std::string_view> m_parts;
    std::string m_scratch;
};
