#pragma once

#include "profile.h"

#include <QtGlobal>

// Figures about a whole profile that both the command line (`info`) and the
// window's status line report, computed in one place so they always agree.
class ProfileStats
{
public:
    // Distinct names on the tree's nodes, the root excluded.
    static qsizetype functionCount(const Profile &profile);
};
