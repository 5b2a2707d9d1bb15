#pragma once

#include <QtGlobal>

#include <compare>
#include <cstdint>

// Typed 32-bit indices: a NodeId cannot be passed where a NameId is meant.
template<typename Tag>
struct TypedIndex
{
    quint32 index = invalidIndex;

    static constexpr quint32 invalidIndex = 0xffffffffu;

    constexpr TypedIndex() = default;
    constexpr explicit TypedIndex(quint32 i)
        : index(i)
    {}
    constexpr bool isValid() const { return index != invalidIndex; }
    constexpr auto operator<=>(const TypedIndex &) const = default;
};

struct NodeTag;
struct NameTag;
using NodeId = TypedIndex<NodeTag>;
using NameId = TypedIndex<NameTag>;
