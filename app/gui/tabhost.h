#pragma once

#include "importjob.h"

#include "widgets/flamegraphview.h"

#include <QString>

class ProfileTab;
class QWidget;

// What a controller of the window (compare, diff) may ask of the window that
// holds the tabs, and no more: the controllers stay testable without a
// MainWindow and cannot reach into its menus or layout.
class TabHost
{
public:
    virtual ~TabHost() = default;

    virtual int tabCount() const = 0;
    virtual ProfileTab *tab(int index) const = 0;
    // A new tab titled title whose profile reader() makes (in the background).
    virtual ProfileTab *openWithReader(const QString &title, ImportJob::Reader reader) = 0;
    // Which renderer new flamegraphs use.
    virtual FlameGraphView::Renderer preferredRenderer() const = 0;
    // The parent of the dialogs a controller opens.
    virtual QWidget *dialogParent() = 0;
};
