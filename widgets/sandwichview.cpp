#include "sandwichview.h"

#include "model/jobtracker.h"
#include "model/sandwich.h"
#include "model/searchresult.h"

#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
QString nameString(const Profile &profile, NameId name)
{
    const std::string_view n = profile.names().name(name);
    return QString::fromUtf8(n.data(), qsizetype(n.size()));
}

QWidget *titled(QLabel *title, QWidget *view)
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(view, 1);
    return pane;
}
} // namespace

SandwichView::SandwichView(FlameGraphView::Renderer renderer, QWidget *parent)
    : QWidget(parent)
    , m_callers(new FlameGraphView(renderer))
    , m_callees(new FlameGraphView(renderer))
    , m_callersTitle(new QLabel)
    , m_calleesTitle(new QLabel)
    , m_hint(new QLabel(
          tr("Select a function in the table or the flame graph to see its callers and callees.")))
    , m_stack(new QStackedWidget)
    , m_job(new JobTracker(this))
{
    // Callers grow upwards onto the function, callees hang below it: the
    // function sits in the middle of the sandwich.
    m_callers->setOrientation(FlameGraphView::Orientation::Flame);
    m_callees->setOrientation(FlameGraphView::Orientation::Icicle);
    m_callers->setAccessibleName(tr("Callers flame graph"));
    m_callees->setAccessibleName(tr("Callees flame graph"));
    for (QLabel *title : {m_callersTitle, m_calleesTitle}) {
        title->setTextFormat(Qt::PlainText);
        title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        title->setContentsMargins(4, 2, 4, 2);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(titled(m_callersTitle, m_callers));
    splitter->addWidget(titled(m_calleesTitle, m_callees));
    m_stack->addWidget(m_hint);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_callers, &FlameGraphView::functionSelected, this,
            [this](NameId name) { forwardSelection(m_callers, name); });
    connect(m_callees, &FlameGraphView::functionSelected, this,
            [this](NameId name) { forwardSelection(m_callees, name); });
}

SandwichView::~SandwichView() = default;

void SandwichView::setProfile(ProfilePtr profile, int sampleType)
{
    m_profile = std::move(profile);
    m_sampleType = sampleType;
    m_function = NameId();
    recompute();
}

void SandwichView::setSampleType(int sampleType)
{
    m_sampleType = sampleType;
    m_callers->setSampleType(sampleType);
    m_callees->setSampleType(sampleType);
    applySearch(); // the matched share is per sample type, the marks are not
}

void SandwichView::setFunction(NameId name)
{
    if (name == m_function && !isBusy())
        return;
    m_function = name;
    recompute();
}

void SandwichView::setSearchQuery(const SearchQuery &query)
{
    m_query = query;
    applySearch();
}

void SandwichView::setColorScheme(FlameGraphView::ColorScheme scheme)
{
    m_callers->setColorScheme(scheme);
    m_callees->setColorScheme(scheme);
}

SandwichView::Halves SandwichView::compute(const ProfilePtr &profile, NameId name)
{
    return Halves{callersOf(*profile, name), calleesOf(*profile, name)};
}

bool SandwichView::isBusy() const
{
    return m_job->isRunning();
}

void SandwichView::recompute()
{
    // Whatever is shown next, a split still running for an older function is stale.
    m_job->cancel();
    if (!m_profile || !m_function.isValid()
        || m_function.index >= quint32(m_profile->names().size())) {
        showHalves(Halves());
        return;
    }
    const QString name = nameString(*m_profile, m_function);
    m_callersTitle->setText(tr("Callers of %1").arg(name));
    m_calleesTitle->setText(tr("Callees of %1").arg(name));
    if (m_profile->tree().nodeCount() <= backgroundThreshold) {
        showHalves(compute(m_profile, m_function));
        return;
    }
    // The job gets copies of what it reads; the tracker drops its result when a
    // newer function or profile superseded it.
    m_job->startJob(
        [profile = m_profile, name = m_function](Progress &) { return compute(profile, name); },
        [this](const Halves &halves) { showHalves(halves); });
}

void SandwichView::showHalves(const Halves &halves)
{
    const bool empty = !halves.callers || !halves.callees;
    m_callers->setProfile(halves.callers, m_sampleType);
    m_callees->setProfile(halves.callees, m_sampleType);
    m_stack->setCurrentIndex(empty ? 0 : 1);
    applySearch();
    emit functionShown(empty ? NameId() : m_function);
}

void SandwichView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_searchPending)
        applySearch();
}

void SandwichView::applySearch()
{
    // Hidden (another view mode): every keystroke would search both halves for
    // nothing; remember it instead.
    m_searchPending = !isVisible();
    if (m_searchPending)
        return;
    for (FlameGraphView *half : {m_callers, m_callees}) {
        const ProfilePtr p = half->profile();
        half->setSearch(p && !m_query.isEmpty() ? SearchResult::run(*p, m_query) : SearchResult());
    }
}

void SandwichView::forwardSelection(FlameGraphView *half, NameId name)
{
    // The halves are profiles of their own with their own name ids: map the
    // clicked name back to ours by its text.
    const ProfilePtr p = half->profile();
    if (!p || !m_profile || !name.isValid() || name == p->tree().name(CallTree::root()))
        return;
    const std::string_view text = p->names().name(name);
    const NameTable &names = m_profile->names();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.name(NameId(quint32(i))) == text) {
            emit functionSelected(NameId(quint32(i)));
            return;
        }
    }
}
