#pragma once

#include <QPalette>

// The palettes of View > Theme: Fusion's colours for a light and a dark
// window, a high-contrast one (white on black, yellow selection and links, as
// the desktops' high-contrast themes do; every text on its background reaches
// WCAG's 7:1), and the one the platform gave before any theme was chosen.
class ThemePalette
{
public:
    static QPalette light();
    static QPalette dark();
    static QPalette highContrast();
    // Remembered on the first call: call it before setting another palette.
    static const QPalette &system();
};
