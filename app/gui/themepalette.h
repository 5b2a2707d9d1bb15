#pragma once

#include <QPalette>

// The palettes of View > Theme: Fusion's colours for a light and a dark
// window, and the one the platform gave before any theme was chosen.
class ThemePalette
{
public:
    static QPalette light();
    static QPalette dark();
    // Remembered on the first call: call it before setting another palette.
    static const QPalette &system();
};
