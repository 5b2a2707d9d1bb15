#pragma once

#include "flamegraphview.h"
#include "model/ids.h"
#include "model/profile.h"
#include "model/searchquery.h"

#include <QWidget>

class JobTracker;
class QLabel;
class QStackedWidget;

// The sandwich view of one function, as speedscope and Pyroscope show it: its
// callers above, drawn as a flame (the function at the bottom, each caller
// stacked on what it calls, so the stacks point down at the function), and its
// callees below as an icicle (the function on top, what it calls underneath).
// Both halves are ordinary FlameGraphViews over callersOf/calleesOf (model/sandwich.h), which
// are computed off the GUI thread for big profiles; a superseded result is dropped.
// Each half's root is the function itself, so the function is the base both
// grow from, with no "total" bar between it and its callers.
class SandwichView final : public QWidget
{
    Q_OBJECT
public:
    explicit SandwichView(FlameGraphView::Renderer renderer = FlameGraphView::Renderer::Auto,
                          QWidget *parent = nullptr);
    ~SandwichView() override;

    void setProfile(ProfilePtr profile, int sampleType);
    void setSampleType(int sampleType);
    ProfilePtr profile() const { return m_profile; }
    // A name of profile(); invalid shows the "select a function" hint.
    void setFunction(NameId name);
    NameId function() const { return m_function; }
    void setSearchQuery(const SearchQuery &query);
    void setColorScheme(FlameGraphView::ColorScheme scheme);

    FlameGraphView *callersView() const { return m_callers; }
    FlameGraphView *calleesView() const { return m_callees; }
    // True while the halves are being computed for the current function.
    bool isBusy() const;

    // Profiles with more nodes than this are split off the GUI thread.
    static constexpr qsizetype backgroundThreshold = 200'000;

signals:
    // A box clicked in either half, as a name of profile() (never the root: the function).
    void functionSelected(NameId name);
    // Both halves now show function() (or the hint, when it is invalid).
    void functionShown(NameId name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Halves
    {
        ProfilePtr callers;
        ProfilePtr callees;
    };
    static Halves compute(const ProfilePtr &profile, NameId name);
    void recompute();
    void showHalves(const Halves &halves);
    void applySearch();
    void forwardSelection(FlameGraphView *half, NameId name);

    FlameGraphView *m_callers;
    FlameGraphView *m_callees;
    QLabel *m_callersTitle;
    QLabel *m_calleesTitle;
    QLabel *m_hint;
    QStackedWidget *m_stack;
    ProfilePtr m_profile;
    int m_sampleType = 0;
    NameId m_function;
    SearchQuery m_query;
    JobTracker *m_job;            // the halves of a big profile; a newer function supersedes
    bool m_searchPending = false; // a query arrived while hidden: run it when shown
};
