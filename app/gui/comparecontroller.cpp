#include "comparecontroller.h"

#include "comparedialog.h"
#include "profiletab.h"
#include "tabhost.h"

#include "app/cli/recentrecordings.h"
#include "model/diffbuilder.h"
#include "widgets/diffview.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QTabWidget>

CompareController::CompareController(TabHost *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{}

void CompareController::showDialog()
{
    QList<CompareDialog::Source> open;
    for (int i = 0; i < m_host->tabCount(); ++i) {
        ProfileTab *tab = m_host->tab(i);
        if (tab && tab->state() == ProfileTab::State::Ready && tab->profile())
            open.append({tab->title(), tab->profile()});
    }
    CompareDialog dialog(open, m_host->dialogParent(), RecentRecordings::files());
    if (dialog.exec() != QDialog::Accepted)
        return;
    compare(dialog.profile(CompareDialog::Baseline), dialog.sampleType(CompareDialog::Baseline),
            dialog.title(CompareDialog::Baseline), dialog.profile(CompareDialog::Comparison),
            dialog.sampleType(CompareDialog::Comparison), dialog.title(CompareDialog::Comparison));
}

ProfileTab *CompareController::compare(ProfilePtr baseline, int baselineType, const QString &baselineTitle,
                                       ProfilePtr comparison, int comparisonType, const QString &comparisonTitle)
{
    if (!baseline || !comparison)
        return nullptr;
    const QString title = tr("%1 vs %2").arg(baselineTitle, comparisonTitle);
    // The reader of this tab builds the diff: off the GUI thread, with progress and Cancel.
    ProfileTab *tab = m_host->openWithReader(
        title, [=](const QString &, Progress &progress) {
            const DiffResult diff = DiffBuilder::build(*baseline, baselineType, *comparison, comparisonType,
                                                       baselineTitle, comparisonTitle, progress);
            switch (diff.outcome) {
            case JobOutcome::Done:
                return ImportResult::success(diff.profile);
            case JobOutcome::Cancelled:
                return ImportResult::cancellation();
            case JobOutcome::Failed:
                break;
            }
            return ImportResult::failure(diff.error);
        });
    m_sides.insert(tab, Sides{std::move(baseline), baselineType, baselineTitle, std::move(comparison),
                              comparisonType, comparisonTitle});
    connect(tab, &QObject::destroyed, this, [this, tab] {
        m_sides.remove(tab);
        m_views.remove(tab);
    });
    return tab;
}

void CompareController::installDiffView(ProfileTab *tab)
{
    if (!tab || !tab->profile() || !tab->profile()->isDiff() || m_views.contains(tab))
        return;
    auto *view = new DiffView(m_host->preferredRenderer(), tab);
    const Sides sides = m_sides.value(tab);
    if (sides.baseline) {
        view->setProfile(tab->profile(), sides.baselineTitle, sides.comparisonTitle, sides.baseline,
                         sides.baselineType, sides.comparison, sides.comparisonType);
    } else {
        // A diff file: its two columns are the two sides.
        const QString name = tab->title();
        view->setProfile(tab->profile(), tr("%1 (baseline)").arg(name), tr("%1 (comparison)").arg(name));
    }
    for (ProfileTab::View mode : {ProfileTab::View::FlameGraph, ProfileTab::View::Table, ProfileTab::View::Both,
                                  ProfileTab::View::Sandwich})
        tab->setViewWidget(mode, view);
    if (!m_sides.contains(tab)) // compare() connected the others
        connect(tab, &QObject::destroyed, this, [this, tab] { m_views.remove(tab); });
    m_views.insert(tab, view);
}

DiffView *CompareController::diffView(ProfileTab *tab) const
{
    return m_views.value(tab);
}
