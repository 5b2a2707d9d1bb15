#include "profiletab.h"

#include "model/jobtracker.h"
#include "model/profilestats.h"
#include "model/transforms.h"
#include "model/unitformat.h"
#include "widgets/diffview.h"
#include "widgets/sandwichview.h"
#include "widgets/searchfield.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const char threadKey[] = "thread";

// "java 9" before "java 10": runs of digits compare as numbers. (QCollator's
// numeric mode needs ICU, which Debian's Qt may lack.)
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const QStringView na = QStringView(a).sliced(i, ei - i), nb = QStringView(b).sliced(j, ej - j);
            // Without leading zeros the longer number is the larger.
            const qsizetype za = na.size() - qsizetype(std::find_if(na.begin(), na.end(), [](QChar c) { return c != u'0'; }) - na.begin());
            const qsizetype zb = nb.size() - qsizetype(std::find_if(nb.begin(), nb.end(), [](QChar c) { return c != u'0'; }) - nb.begin());
            if (za != zb)
                return za < zb;
            if (const int c = na.right(za).compare(nb.right(zb)); c != 0)
                return c < 0;
            i = ei;
            j = ej;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

} // namespace

ProfileTab::ProfileTab(const QString &path, FlameGraphView::Renderer renderer, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_import(new JobTracker(this))
    , m_filter(new JobTracker(this))
    , m_pages(new QStackedWidget(this))
    , m_importPage(new QWidget(this))
    , m_importLabel(new QLabel(m_importPage))
    , m_progress(new QProgressBar(m_importPage))
    , m_cancel(new QPushButton(tr("Cancel"), m_importPage))
    , m_views(new QStackedWidget(this))
    , m_view(new ProfileView(renderer, this))
    , m_threadCombo(new QComboBox(this))
{
    m_importLabel->setText(tr("Importing %1…").arg(title()));
    m_importLabel->setAlignment(Qt::AlignCenter);
    m_progress->setRange(0, JobTracker::progressSteps);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    auto *importLayout = new QVBoxLayout(m_importPage);
    importLayout->addStretch();
    importLayout->addWidget(m_importLabel);
    importLayout->addWidget(m_progress);
    importLayout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    importLayout->addStretch();

    // The thread selector sits in the view's own toolbar, hidden until a
    // profile with threads arrives.
    m_threadCombo->setObjectName(QStringLiteral("threadSelector"));
    m_threadCombo->setToolTip(tr("Show one thread's samples alone"));
    m_threadCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_threadSeparator = m_view->toolBar()->addSeparator();
    m_threadAction = m_view->toolBar()->addWidget(m_threadCombo);
    m_threadSeparator->setVisible(false);
    m_threadAction->setVisible(false);
    m_view->updateTabOrder();
    connect(m_threadCombo, &QComboBox::activated, this,
            [this](int index) { setThread(index <= 0 ? QString() : m_threadCombo->itemText(index)); });

    m_view->setObjectName(QStringLiteral("profileView"));
    m_views->addWidget(m_view);
    connect(m_view, &ProfileView::statusMessage, this, &ProfileTab::statusMessage);
    // The view's own mode buttons: a mode with a widget of its own shows that.
    // The mode is this tab's alone (ViewPreferences gives a new tab its first one).
    connect(m_view, &ProfileView::viewModeChanged, this, [this](View mode) {
        if (!m_settingView)
            setView(mode);
    });

    m_pages->addWidget(m_importPage);
    m_pages->addWidget(m_views);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setFocusProxy(m_view);

    connect(m_cancel, &QPushButton::clicked, this, &ProfileTab::cancelImport);
    connect(m_import, &JobTracker::progressChanged, m_progress, [this](double fraction) {
        m_progress->setValue(qRound(fraction * JobTracker::progressSteps));
    });
}

// The trackers go with the tab: a running import or filter learns it is not
// wanted, and the thread pool finishes it without the tab.
ProfileTab::~ProfileTab() = default;

FlameGraphView::Renderer ProfileTab::rendererFromName(const QString &name)
{
    if (name == QLatin1String("gl"))
        return FlameGraphView::Renderer::OpenGL;
    if (name == QLatin1String("raster"))
        return FlameGraphView::Renderer::Raster;
    return FlameGraphView::Renderer::Auto;
}

void ProfileTab::startImport(const ImportJob::Reader &reader)
{
    m_state = State::Importing;
    m_pages->setCurrentWidget(m_importPage);
    m_import->startJob(
        [path = m_path, reader](Progress &progress) { return reader(path, progress); },
        [this](const ImportResult &result) { onImportFinished(result); });
}

void ProfileTab::cancelImport()
{
    if (m_state != State::Importing)
        return;
    m_cancel->setEnabled(false);
    m_importLabel->setText(tr("Cancelling…"));
    // The tab goes at once; the worker notices at its next check.
    m_import->cancel();
    onImportFinished(ImportResult::cancellation());
}

int ProfileTab::progressValue() const
{
    return m_progress->value();
}

QString ProfileTab::title() const
{
    return m_path == QLatin1String("-") ? tr("stdin") : QFileInfo(m_path).fileName();
}

void ProfileTab::onImportFinished(const ImportResult &result)
{
    if (result.isCancelled()) {
        m_state = State::Canceled;
    } else if (!result.isOk()) {
        m_state = State::Failed;
        m_error = result.error.isEmpty() ? tr("%1: the import failed").arg(m_path) : result.error;
    } else {
        m_state = State::Ready;
        m_profile = result.profile;
        showProfile();
    }
    emit importFinished(this);
}

void ProfileTab::showProfile()
{
    m_sampleType = m_profile->defaultSampleType();
    m_functionCount = ProfileStats::functionCount(*m_profile);

    m_threads.clear();
    for (const std::string &value : m_profile->labels().values(threadKey))
        m_threads << QString::fromStdString(value);
    std::sort(m_threads.begin(), m_threads.end(), naturalLess);
    m_threadCombo->clear();
    m_threadCombo->addItem(tr("All threads"));
    m_threadCombo->addItems(m_threads);
    m_threadSeparator->setVisible(!m_threads.isEmpty());
    m_threadAction->setVisible(!m_threads.isEmpty());

    m_view->setProfile(m_profile, m_sampleType);
    m_pages->setCurrentWidget(m_views);
}

void ProfileTab::setSampleType(int sampleType)
{
    if (!m_profile || sampleType < 0 || sampleType >= m_profile->sampleTypeCount() || sampleType == m_sampleType)
        return;
    m_sampleType = sampleType;
    m_view->setSampleType(sampleType);
    emit sampleTypeChanged(sampleType);
}

void ProfileTab::setThread(const QString &thread)
{
    if (!m_profile || thread == m_thread || (!thread.isEmpty() && !m_threads.contains(thread)))
        return;
    m_thread = thread;
    m_threadCombo->setCurrentIndex(thread.isEmpty() ? 0 : int(m_threads.indexOf(thread)) + 1);
    if (thread.isEmpty()) {
        m_filter->cancel();
        showFiltered(m_profile);
        return;
    }
    const std::vector<LabelFilter> filters{{threadKey, thread.toStdString(), false}};
    m_filter->startJob(
        [profile = m_profile, filters](Progress &progress) {
            return filterByLabel(*profile, filters, progress);
        },
        [this](ProfilePtr filtered) { showFiltered(std::move(filtered)); });
    emit statusMessage(tr("Filtering thread %1…").arg(thread));
}

void ProfileTab::showFiltered(ProfilePtr profile)
{
    if (!profile)
        return;
    m_functionCount = ProfileStats::functionCount(*profile);
    m_view->setProfile(std::move(profile), m_sampleType);
    emit summaryChanged();
    emit statusMessage(QString());
}

bool ProfileTab::isBusy() const
{
    return m_filter->isRunning() || m_view->isBusy() || m_view->sandwichView()->isBusy()
        || m_view->flameGraphView()->isAnimating();
}

QString ProfileTab::summary() const
{
    const ProfilePtr shown = shownProfile();
    if (!shown || shown->sampleTypeCount() == 0)
        return {};
    const SampleType &type = shown->sampleTypes()[size_t(m_sampleType)];
    QString text = tr("%1: %2 total, %3 functions")
                       .arg(QString::fromStdString(type.type),
                            UnitFormat::format(shown->total(m_sampleType), type.unit, QLocale()),
                            UnitFormat::grouped(m_functionCount, QLocale()));
    if (shown != m_profile)
        text += tr(" in thread %1").arg(m_thread);
    return text;
}

bool ProfileTab::viewFromName(const QString &name, View *view)
{
    return ViewModes::fromName(name, view);
}

void ProfileTab::setView(View view)
{
    m_currentView = view;
    QWidget *widget = viewWidget(view);
    if (widget == m_view) {
        m_settingView = true;
        m_view->setViewMode(view);
        m_settingView = false;
    }
    m_views->setCurrentWidget(widget);
}

void ProfileTab::setViewWidget(View view, QWidget *widget)
{
    if (QWidget *old = m_viewWidgets.value(int(view)); old && old != widget) {
        m_views->removeWidget(old);
        // Another mode may share it.
        if (std::count(m_viewWidgets.cbegin(), m_viewWidgets.cend(), old) == 1)
            old->deleteLater();
    }
    m_viewWidgets.insert(int(view), widget);
    if (m_views->indexOf(widget) < 0)
        m_views->addWidget(widget);
    if (view == m_currentView)
        m_views->setCurrentWidget(widget);
}

QWidget *ProfileTab::viewWidget(View view) const
{
    return m_viewWidgets.value(int(view), m_view);
}

bool ProfileTab::setSearch(const QString &text, bool regex)
{
    if (!m_profile)
        return false;
    m_view->setSearchText(text, regex);
    // A diff tab shows its DiffView in place of the profile view: search there too.
    if (auto *diff = findChild<DiffView *>()) {
        diff->setSearchText(text, regex);
        return text.isEmpty() || diff->searchResult().isActive();
    }
    // The view clears the search when a regex does not compile.
    return text.isEmpty() || m_view->searchResult().isActive();
}

void ProfileTab::focusSearch()
{
    QWidget *page = m_views->currentWidget();
    if (page == m_view) {
        m_view->focusSearch();
        return;
    }
    // A page of its own (the diff view) has its search field in its toolbar.
    if (auto *field = page->findChild<SearchField *>())
        field->focusSearch();
}

bool ProfileTab::zoomToPath(const QStringList &rootFirstNames)
{
    if (auto *diff = findChild<DiffView *>(); m_profile && diff)
        return diff->zoomToPath(rootFirstNames); // the diff tab's page, and its breadcrumbs
    if (!m_profile || !m_view->zoomToPath(rootFirstNames))
        return false;
    // The zoomed function is the selected one too: highlighted everywhere in
    // the flamegraph, its row in the table, and the sandwich's function.
    const ProfilePtr shown = m_view->shownProfile();
    m_view->selectFunction(shown->tree().name(m_view->flameGraphView()->zoomRoot()));
    return true;
}
