#pragma once

#include "widgets/render/flamestyle.h"
#include "widgets/render/viewmodes.h"

class ProfileTab;

// The view settings a new tab starts with, kept in the settings (QSettings,
// owned by app/gui): the view (View > Default View for New Tabs; Flame Graph
// until the user picks another), the colour scheme and the orientation (the
// last chosen in any tab's toolbar). A tab's own view is its own: switching
// views in one tab changes neither another tab nor the default, so a new tab
// never opens in a Sandwich left over from the last one.
class ViewPreferences
{
public:
    static ProfileViewMode defaultView();
    static void setDefaultView(ProfileViewMode mode);
    // Package or Heat; the diff scheme belongs to diff profiles and is never remembered.
    static FlameColorScheme colorScheme();
    static void setColorScheme(FlameColorScheme scheme);
    static FlameOrientation orientation();
    static void setOrientation(FlameOrientation orientation);

    // Gives a new tab the default view and the remembered scheme and
    // orientation, and remembers what the user chooses in its toolbar.
    static void applyTo(ProfileTab *tab);
};
