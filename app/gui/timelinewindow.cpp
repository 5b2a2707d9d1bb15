#include "timelinewindow.h"

#include "exportcontroller.h"
#include "subsecondheatmap.h"

#include "app/cli/timelinequery.h"
#include "library/fetchedrange.h"
#include "library/filetimelinesource.h"
#include "library/labels.h"
#include "library/library.h"
#include "library/timelinesources.h"
#include "model/diffbuilder.h"
#include "model/jobtracker.h"
#include "model/progressspan.h"
#include "model/unitformat.h"
#include "widgets/diffview.h"
#include "widgets/profileview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QLocale>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 presetMs[] = {5 * minuteMs, 60 * minuteMs, 24 * 60 * minuteMs,
                               7 * 24 * 60 * minuteMs};
constexpr int followIntervalMs = 5000;
constexpr int heatmapRows = 50; // FlameScope's default: 20 ms a row
// The date as the window's language writes it (QLocale's default follows the
// language, AppTranslations), the time to the millisecond: ranges are picked
// that finely, and a 24-hour clock keeps the field's width fixed.
QString timeFormat()
{
    return QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm:ss.zzz");
}

QDateTimeEdit *timeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setDisplayFormat(timeFormat());
    edit->setTimeSpec(Qt::LocalTime);
    return edit;
}

QString rangeTitle(TimeRange r)
{
    const QLocale locale;
    const QString format = timeFormat();
    return locale.toString(QDateTime::fromMSecsSinceEpoch(r.startMs), format) + QStringLiteral(" – ")
        + locale.toString(QDateTime::fromMSecsSinceEpoch(r.endMs), format);
}

struct Choices
{
    std::vector<ProfileTypeId> types;
    std::vector<std::string> services;
    QStringList completions; // label names and name="value"
};

struct SeriesAnswer
{
    std::optional<std::vector<SeriesPoints>> series;
    QString error;
    TimeRange range;
};

struct MergeAnswer
{
    ProfilePtr single;
    DiffResult diff;
    ProfilePtr baseline, comparison;
    QString error;
};

// One side of a comparison: two ranges of one query, or two label values over
// one range.
struct MergeSide
{
    LabelSelector selector;
    TimeRange range;
    QString title;
};

// In the background: both sides merged, then their diff. The two merges share
// 90% of the bar, the diff the rest.
MergeAnswer mergeAndDiff(const TimelineSource &source, const ProfileTypeId &type,
                         const MergeSide &base, const MergeSide &compare, Progress &progress)
{
    MergeAnswer answer;
    ProgressSpan first(progress, 0.0, 0.45);
    answer.baseline = source.merge(type, base.selector, base.range, &answer.error, first);
    if (!answer.baseline)
        return answer;
    ProgressSpan second(progress, 0.45, 0.9);
    answer.comparison = source.merge(type, compare.selector, compare.range, &answer.error, second);
    if (!answer.comparison)
        return answer;
    const SampleTypePairing pairing = DiffBuilder::pairSampleTypes(
        *answer.baseline, *answer.comparison, {}, base.title, compare.title);
    if (!pairing.ok()) {
        answer.error = pairing.error;
        return answer;
    }
    ProgressSpan diffing(progress, 0.9, 1.0);
    answer.diff = DiffBuilder::build(*answer.baseline, pairing.baseline, *answer.comparison,
                                     pairing.comparison, base.title, compare.title, diffing);
    if (!answer.diff.ok())
        answer.error = answer.diff.error;
    return answer;
}
} // namespace

TimelineWindow::TimelineWindow(std::shared_ptr<const TimelineSource> source,
                               FlameGraphView::Renderer renderer, QWidget *parent)
    : QWidget(parent)
    , m_source(std::move(source))
    , m_choiceJobs(new JobTracker(this))
    , m_seriesJobs(new JobTracker(this))
    , m_mergeJobs(new JobTracker(this))
    , m_heatmapJobs(new JobTracker(this))
    , m_followTimer(new QTimer(this))
    , m_saveJobs(new JobTracker(this))
    , m_exporter(new ExportController(this))
{
    setWindowTitle(tr("Timeline – %1").arg(m_source->description()));
    buildUi(renderer);
    m_followTimer->setInterval(followIntervalMs);
    // A tick reloads the choices too: the first push of a new service or
    // type must show without a Refresh.
    connect(m_followTimer, &QTimer::timeout, this, &TimelineWindow::loadChoices);
    if (const std::optional<TimeRange> span = m_source->span())
        setCustomRange(*span);
    else
        m_preset->setCurrentIndex(int(Preset::LastHour));
    loadChoices();
}

TimelineWindow::~TimelineWindow() = default;

void TimelineWindow::buildUi(FlameGraphView::Renderer renderer)
{
    m_service = new QComboBox(this);
    m_service->setToolTip(tr("The service (service_name)"));
    m_service->setMinimumContentsLength(12);
    m_type = new QComboBox(this);
    m_type->setToolTip(tr("The profile type"));
    m_type->setMinimumContentsLength(24);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_selector = new QLineEdit(this);
    m_selector->setPlaceholderText(tr("label selector: {region=\"eu\", host=~\"web-.*\"}"));
    m_completions = new QStandardItemModel(this);
    auto *completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setWidget(m_selector);
    // Completes the matcher under the cursor, not the whole text.
    connect(m_selector, &QLineEdit::textEdited, this, [this, completer](const QString &text) {
        const QString before = text.left(m_selector->cursorPosition());
        const qsizetype start = std::max(before.lastIndexOf(u'{'), before.lastIndexOf(u',')) + 1;
        const QString token = before.mid(start).trimmed();
        if (token.isEmpty())
            return;
        completer->setCompletionPrefix(token);
        completer->complete();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &completion) {
                const QString text = m_selector->text();
                const QString before = text.left(m_selector->cursorPosition());
                const qsizetype start =
                    std::max(before.lastIndexOf(u'{'), before.lastIndexOf(u',')) + 1;
                m_selector->setText(text.left(start) + completion + text.mid(before.size()));
            });
    m_preset = new QComboBox(this);
    m_preset->addItems({tr("Last 5 minutes"), tr("Last hour"), tr("Last 24 hours"),
                        tr("Last 7 days"), tr("Custom")});
    m_from = timeEdit(this);
    m_until = timeEdit(this);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_follow = new QCheckBox(tr("Follow now"), this);
    m_follow->setToolTip(tr("Query again every %1 seconds").arg(followIntervalMs / 1000));
    m_compare = new QCheckBox(tr("Compare two ranges"), this);
    m_groupBy = new QComboBox(this);
    m_groupBy->setToolTip(tr("Label breakdown: one series per value of this label"));
    m_groupBy->addItem(tr("No breakdown"));
    m_status = new QLabel(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_service);
    bar->addWidget(m_type);
    bar->addWidget(m_selector, 1);
    auto *timeBar = new QHBoxLayout;
    timeBar->addWidget(m_preset);
    timeBar->addWidget(m_from);
    timeBar->addWidget(m_until);
    timeBar->addWidget(m_refresh);
    timeBar->addWidget(m_follow);
    timeBar->addStretch(1);
    timeBar->addWidget(new QLabel(tr("Breakdown:"), this));
    timeBar->addWidget(m_groupBy);

    m_chart = new TimelineChart(this);
    m_overview = new TimelineChart(this);
    m_overview->setOverviewStyle();
    m_overview->setToolTip(tr("The whole query: drag to choose what the chart above shows"));
    auto *charts = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->setSpacing(0);
    chartsLayout->addWidget(m_chart, 1);
    chartsLayout->addWidget(m_overview);
    connect(m_chart, &TimelineChart::visibleRangeChanged, m_overview, [this](TimeRange visible) {
        const QSignalBlocker block(m_overview);
        m_overview->setRange(TimelineChart::Which::Baseline, visible);
    });
    connect(m_overview, &TimelineChart::rangesChanged, m_chart, [this] {
        if (const std::optional<TimeRange> r = m_overview->range(TimelineChart::Which::Baseline))
            m_chart->setVisibleRange(*r);
    });
    auto *rangeBar = new QHBoxLayout;
    rangeBar->addWidget(m_compare);
    m_zoomToRanges = new QPushButton(tr("Zoom to Ranges"), this);
    m_zoomToRanges->setToolTip(
        tr("Show only the selected ranges on the chart (double click: the whole query)"));
    rangeBar->addWidget(m_zoomToRanges);
    const QString names[] = {tr("Baseline"), tr("Comparison")};
    for (int side = 0; side < 2; ++side) {
        auto *label = new QLabel(names[side], this);
        label->setStyleSheet(QStringLiteral("color: %1; font-weight: bold")
                                 .arg(TimelineChart::color(TimelineChart::Which(side)).name()));
        rangeBar->addWidget(label);
        for (int end = 0; end < 2; ++end) {
            QDateTimeEdit *edit = timeEdit(this);
            m_rangeEdits[side * 2 + end] = edit;
            edit->setEnabled(false);
            rangeBar->addWidget(edit);
            connect(edit, &QDateTimeEdit::editingFinished, this, &TimelineWindow::rangeTyped);
        }
    }
    rangeBar->addWidget(m_status, 1);
    // Long messages (two ranges' titles, errors) must not widen the window.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("timelineProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("timelineCancel"));
    m_cancel->setToolTip(tr("Stop the running queries"));
    m_cancel->hide();
    m_save = new QPushButton(tr("Save to Library"), this);
    m_save->setToolTip(tr("Store the merge of each selected range in the local library"));
    m_save->setEnabled(false);
    m_save->hide();
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setToolTip(tr("Write the flame graph shown to a file (SVG, HTML, pprof, folded, …)"));
    m_export->setEnabled(false);
    rangeBar->addWidget(m_progress);
    rangeBar->addWidget(m_cancel);
    rangeBar->addWidget(m_save);
    rangeBar->addWidget(m_export);
    // A bar that is exact once the answer's size is known; until then it moves.
    for (JobTracker *jobs : {m_choiceJobs, m_seriesJobs, m_mergeJobs, m_saveJobs})
        connect(jobs, &JobTracker::progressChanged, m_progress, [this](double fraction) {
            m_progress->setRange(0, JobTracker::progressSteps);
            m_progress->setValue(int(fraction * JobTracker::progressSteps));
        });
    connect(m_cancel, &QPushButton::clicked, this, &TimelineWindow::cancel);
    connect(m_save, &QPushButton::clicked, this, &TimelineWindow::saveToLibrary);
    connect(m_export, &QPushButton::clicked, this, [this] {
        FlameGraphView *view = m_result->currentWidget() == m_diffView
            ? m_diffView->flameGraphView()
            : m_profileView->flameGraphView();
        m_exporter->exportView(view, SearchResult(), QStringLiteral("timeline"));
    });
    connect(m_exporter, &ExportController::finished, this,
            [this](const QString &path, JobOutcome outcome, const QString &error) {
                if (outcome == JobOutcome::Done)
                    m_status->setText(tr("Exported to %1").arg(path));
                else if (outcome == JobOutcome::Failed)
                    setError(error);
            });

    m_breakdown = new QTableWidget(0, 3, this);
    m_breakdown->setHorizontalHeaderLabels({tr("Value"), tr("Total"), tr("Share")});
    m_breakdown->horizontalHeader()->setStretchLastSection(true);
    m_breakdown->verticalHeader()->hide();
    m_breakdown->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_breakdown->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_breakdown->setToolTip(tr("Click a value to filter by it; Ctrl+click two to compare them"));
    m_breakdown->hide();

    m_result = new QStackedWidget(this);
    m_hint = new QLabel(
        tr("Drag on the timeline to select a range; tick \"Compare two ranges\" and drag twice to "
           "compare."),
        this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_profileView = new ProfileView(renderer, this);
    m_diffView = new DiffView(renderer, this);
    m_result->addWidget(m_hint);
    m_result->addWidget(m_profileView);
    m_result->addWidget(m_diffView);

    QWidget *chartArea = charts;
    const auto *file = dynamic_cast<const FileTimelineSource *>(m_source.get());
    if (file && file->timesEachSample()) {
        m_heatmap = new SubsecondHeatmap(this);
        m_views = new QTabWidget(this);
        m_views->addTab(charts, tr("Timeline"));
        m_views->addTab(m_heatmap, tr("Subsecond heatmap"));
        chartArea = m_views;
        connect(m_compare, &QCheckBox::toggled, m_heatmap, &SubsecondHeatmap::setCompareMode);
        connect(m_heatmap, &SubsecondHeatmap::rangeSelected, this,
                [this](bool baseline, TimeRange range) {
                    if (baseline && !m_compare->isChecked())
                        selectRanges(range, std::nullopt);
                    else
                        m_chart->setRange(baseline ? TimelineChart::Which::Baseline
                                                   : TimelineChart::Which::Comparison,
                                          range);
                });
        // The grid is a pass over every sample time: off the GUI thread.
        m_heatmapJobs->startJob(
            [profile = file->profile(), offsetNanos = file->offsetMs() * 1000000](Progress &) {
                return SubsecondGrid::compute(profile->metadata().sampleTimes, offsetNanos,
                                              heatmapRows);
            },
            [this](SubsecondGrid grid) {
                updateBusy();
                m_heatmap->setGrid(std::move(grid));
            });
    }

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(chartArea, 3);
    topLayout->addWidget(m_breakdown, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_result);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(timeBar);
    layout->addLayout(rangeBar);
    layout->addWidget(splitter, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool custom = index == int(Preset::Custom);
        m_from->setEnabled(custom);
        m_until->setEnabled(custom);
        m_follow->setEnabled(!custom);
        loadChoices();
    });
    connect(m_from, &QDateTimeEdit::editingFinished, this, &TimelineWindow::loadChoices);
    connect(m_until, &QDateTimeEdit::editingFinished, this, &TimelineWindow::loadChoices);
    connect(m_refresh, &QPushButton::clicked, this, &TimelineWindow::refresh);
    // Pyroscope zooms the timeline to a selection; the chart's own drag selects.
    connect(m_zoomToRanges, &QPushButton::clicked, this, [this] {
        std::optional<TimeRange> shown;
        for (auto which : {TimelineChart::Which::Baseline, TimelineChart::Which::Comparison})
            if (const std::optional<TimeRange> r = m_chart->range(which))
                shown = shown ? TimeRange{std::min(shown->startMs, r->startMs),
                                          std::max(shown->endMs, r->endMs)}
                              : *r;
        if (shown)
            m_chart->setVisibleRange(*shown);
    });
    connect(m_follow, &QCheckBox::toggled, this, &TimelineWindow::setFollowNow);
    connect(m_service, &QComboBox::currentIndexChanged, this, &TimelineWindow::runQuery);
    connect(m_type, &QComboBox::currentIndexChanged, this, &TimelineWindow::runQuery);
    connect(m_selector, &QLineEdit::returnPressed, this, &TimelineWindow::runQuery);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &TimelineWindow::runQuery);
    connect(m_compare, &QCheckBox::toggled, m_chart, &TimelineChart::setCompareMode);
    connect(m_chart, &TimelineChart::rangesChanged, this, [this] {
        syncRangeEdits();
        if (m_heatmap)
            m_heatmap->setRanges(m_chart->range(TimelineChart::Which::Baseline),
                                 m_chart->range(TimelineChart::Which::Comparison));
        mergeRanges();
    });
    connect(m_breakdown, &QTableWidget::cellClicked, this, [this](int row, int) {
        // A plain click filters; Ctrl and Shift pick values to compare.
        if (QGuiApplication::keyboardModifiers() != Qt::NoModifier
            || m_breakdown->selectionModel()->selectedRows().size() != 1)
            return;
        const QString label = m_groupBy->currentText();
        const QString value = m_breakdown->item(row, 0)->text();
        QString text = m_selector->text().trimmed();
        if (text.startsWith(u'{'))
            text = text.mid(1, text.size() - 2).trimmed();
        const QString matcher = QStringLiteral("%1=\"%2\"").arg(label, value);
        m_selector->setText(
            u'{' + (text.isEmpty() ? matcher : text + QStringLiteral(", ") + matcher) + u'}');
        runQuery();
    });
    connect(m_breakdown->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_breakdown->selectionModel()->selectedRows().size() == 2)
            compareValues();
    });
}

void TimelineWindow::setQuery(const QString &typeId, const QString &selector)
{
    m_selector->setText(selector);
    m_pendingType = typeId;
    if (m_choicesLoaded) {
        const int index = m_type->findData(typeId);
        if (index >= 0)
            m_type->setCurrentIndex(index);
    }
    runQuery();
}

void TimelineWindow::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(int(preset));
}

void TimelineWindow::setCustomRange(TimeRange range)
{
    const QSignalBlocker block(m_preset);
    m_preset->setCurrentIndex(int(Preset::Custom));
    m_from->setEnabled(true);
    m_until->setEnabled(true);
    m_follow->setEnabled(false);
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(range.startMs));
    m_until->setDateTime(QDateTime::fromMSecsSinceEpoch(range.endMs));
    loadChoices();
}

void TimelineWindow::setGroupBy(const QString &label)
{
    int index = m_groupBy->findText(label);
    if (index < 0 && !label.isEmpty()) {
        m_groupBy->addItem(label);
        index = m_groupBy->count() - 1;
    }
    m_groupBy->setCurrentIndex(std::max(index, 0));
}

void TimelineWindow::setFollowNow(bool on)
{
    if (m_follow->isChecked() != on)
        m_follow->setChecked(on);
    if (on) {
        m_followTimer->start();
        loadChoices();
    } else {
        m_followTimer->stop();
    }
}

void TimelineWindow::selectRanges(std::optional<TimeRange> baseline,
                                  std::optional<TimeRange> comparison)
{
    m_compare->setChecked(comparison.has_value());
    {
        const QSignalBlocker block(m_chart);
        m_chart->setRange(TimelineChart::Which::Baseline, baseline);
    }
    m_chart->setRange(TimelineChart::Which::Comparison, comparison);
}

QStringList TimelineWindow::completions() const
{
    QStringList list;
    for (int row = 0; row < m_completions->rowCount(); ++row)
        list << m_completions->item(row)->text();
    return list;
}

void TimelineWindow::refresh()
{
    loadChoices();
}

bool TimelineWindow::isBusy() const
{
    return m_choiceJobs->isRunning() || m_seriesJobs->isRunning() || m_mergeJobs->isRunning()
        || m_heatmapJobs->isRunning() || m_saveJobs->isRunning();
}

void TimelineWindow::updateBusy()
{
    const bool busy = isBusy();
    if (busy && !m_progress->isVisible())
        m_progress->setRange(0, 0); // moving until a job reports
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

void TimelineWindow::cancel()
{
    if (!isBusy())
        return;
    for (JobTracker *jobs : {m_choiceJobs, m_seriesJobs, m_mergeJobs, m_heatmapJobs, m_saveJobs})
        jobs->cancel();
    m_status->setText(tr("Cancelled"));
    updateBusy();
}

QString TimelineWindow::statusText() const
{
    return m_status->text();
}

void TimelineWindow::setLibraryFile(const QString &file)
{
    m_libraryFile = file;
    m_save->setVisible(!file.isEmpty());
}

void TimelineWindow::setShown(std::vector<std::pair<TimeRange, ProfilePtr>> shown)
{
    m_shown = std::move(shown);
    m_save->setEnabled(!m_shown.empty());
    m_export->setEnabled(!m_shown.empty());
}

void TimelineWindow::saveToLibrary()
{
    if (m_libraryFile.isEmpty() || m_shown.empty() || !m_shownType)
        return;
    std::vector<ProfileRecord> records;
    for (const auto &[range, profile] : m_shown)
        records.push_back(FetchedRange::record(*m_shownType, m_shownSelector, range, profile,
                                               m_source->description().toStdString()));
    m_status->setText(tr("Saving to %1…").arg(m_libraryFile));
    struct Saved
    {
        std::vector<qint64> ids;
        QString error;
    };
    m_saveJobs->startJob(
        [file = m_libraryFile, records = std::move(records)](Progress &) {
            Saved saved;
            std::unique_ptr<Library> library = Library::open(file, &saved.error);
            if (library)
                saved.ids = library->addAll(records, &saved.error);
            return saved;
        },
        [this](Saved saved) {
            updateBusy();
            if (saved.ids.empty()) {
                setError(saved.error);
                return;
            }
            m_status->setText(
                tr("Saved %n profile(s) to %1", nullptr, int(saved.ids.size())).arg(m_libraryFile));
            Q_EMIT savedToLibrary(QList<qint64>(saved.ids.begin(), saved.ids.end()));
        });
    updateBusy();
}

void TimelineWindow::showHeatmap(bool on)
{
    if (m_views)
        m_views->setCurrentIndex(on ? 1 : 0);
}

std::optional<ProfileTypeId> TimelineWindow::currentType() const
{
    return ProfileTypeId::parse(m_type->currentData().toString().toStdString());
}

TimeRange TimelineWindow::currentRange() const
{
    if (m_preset->currentIndex() == int(Preset::Custom))
        return {m_from->dateTime().toMSecsSinceEpoch(), m_until->dateTime().toMSecsSinceEpoch()};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return {now - presetMs[m_preset->currentIndex()], now};
}

std::optional<LabelSelector> TimelineWindow::currentSelector(QString *error) const
{
    QString text = m_selector->text().trimmed();
    // Braces may be left out; a metric name in front (a pasted query) is
    // ignored, the type picker says the type.
    if (!text.isEmpty() && !text.contains(u'{'))
        text = u'{' + text + u'}';
    const QByteArray utf8 = text.toUtf8();
    std::optional<LabelSelector> selector =
        LabelSelector::parse(std::string_view(utf8.constData(), size_t(utf8.size())), error);
    if (selector && m_service->currentIndex() > 0)
        selector->addMatcher(LabelMatcher{std::string(LabelNames::serviceName),
                                          LabelMatcher::Op::Equal,
                                          m_service->currentText().toStdString(),
                                          {}});
    return selector;
}

void TimelineWindow::loadChoices()
{
    // The choices of the range shown: a type or a label that has no data in
    // it would only draw an empty chart.
    const std::shared_ptr<const TimelineSource> source = m_source;
    const TimeRange range = currentRange();
    m_status->setText(tr("Loading…"));
    m_choiceJobs->startJob(
        [source, range](Progress &) {
            Choices c;
            c.types = source->profileTypes(range);
            c.services = source->labelValues(std::string(LabelNames::serviceName), {}, range);
            for (const std::string &name : source->labelNames({}, range)) {
                if (name.starts_with("__"))
                    continue;
                c.completions << QString::fromStdString(name);
                for (const std::string &value : source->labelValues(name, {}, range))
                    c.completions << QStringLiteral("%1=\"%2\"")
                                         .arg(QString::fromStdString(name),
                                              QString::fromStdString(value));
            }
            return c;
        },
        [this](Choices c) {
            updateBusy();
            const QString type =
                m_pendingType.isEmpty() ? m_type->currentData().toString() : m_pendingType;
            const QString service = m_service->currentText();
            const QString groupBy =
                m_groupBy->currentIndex() > 0 ? m_groupBy->currentText() : QString();
            {
                const QSignalBlocker b1(m_type), b2(m_service), b3(m_groupBy);
                m_type->clear();
                for (const ProfileTypeId &id : c.types)
                    m_type->addItem(QString::fromStdString(id.toString()),
                                    QString::fromStdString(id.toString()));
                m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
                m_service->clear();
                m_service->addItem(tr("All services"));
                for (const std::string &s : c.services)
                    m_service->addItem(QString::fromStdString(s));
                m_service->setCurrentIndex(std::max(0, m_service->findText(service)));
                m_groupBy->clear();
                m_groupBy->addItem(tr("No breakdown"));
                for (const QString &name : c.completions)
                    if (!name.contains(u'='))
                        m_groupBy->addItem(name);
                setGroupBy(groupBy);
            }
            m_completions->clear();
            for (const QString &completion : c.completions)
                m_completions->appendRow(new QStandardItem(completion));
            m_choicesLoaded = true;
            m_pendingType.clear();
            runQuery();
            if (m_chart->range(TimelineChart::Which::Baseline))
                mergeRanges(); // selected before the types were known
        });
    updateBusy();
}

void TimelineWindow::runQuery()
{
    if (!m_choicesLoaded)
        return;
    QString error;
    const std::optional<LabelSelector> selector = currentSelector(&error);
    if (!selector) {
        setError(tr("Label selector: %1").arg(error));
        return;
    }
    const std::optional<ProfileTypeId> type = currentType();
    if (!type) {
        m_seriesJobs->cancel();
        updateBusy();
        showSeries({}, currentRange(), {});
        setError(tr("No profiles in this range"));
        return;
    }
    const TimeRange range = currentRange();
    const qint64 stepMs = TimelineQuery::defaultStepMs(range);
    std::vector<std::string> groupBy;
    if (m_groupBy->currentIndex() > 0)
        groupBy.push_back(m_groupBy->currentText().toStdString());
    m_status->setText(tr("Querying…"));
    const std::shared_ptr<const TimelineSource> source = m_source;
    m_seriesJobs->startJob(
        [source, type = *type, selector = *selector, range, stepMs, groupBy](Progress &progress) {
            SeriesAnswer answer;
            answer.range = range;
            answer.series =
                source->series(type, selector, range, stepMs, groupBy, &answer.error, progress);
            return answer;
        },
        [this, unit = type->sampleUnit](SeriesAnswer answer) {
            updateBusy();
            if (!answer.series) {
                setError(answer.error);
                return;
            }
            showSeries(*answer.series, answer.range, unit);
        });
    updateBusy();
}

void TimelineWindow::showSeries(const std::vector<SeriesPoints> &series, TimeRange range,
                                const std::string &unit)
{
    m_overview->setSeries(series, range, unit);
    m_chart->setSeries(series, range, unit);
    const bool grouped = m_groupBy->currentIndex() > 0;
    m_breakdown->setVisible(grouped);
    qint64 whole = 0;
    std::vector<std::pair<QString, qint64>> rows;
    for (const SeriesPoints &s : series) {
        double total = 0;
        for (const SeriesPoint &p : s.points)
            total += p.value;
        rows.emplace_back(s.labels.empty() ? QString()
                                           : QString::fromStdString(s.labels.front().second),
                          qint64(total));
        whole += qint64(total);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    {
        const QSignalBlocker block(m_breakdown->selectionModel());
        m_breakdown->setRowCount(grouped ? int(rows.size()) : 0);
        if (grouped) {
            for (int i = 0; i < int(rows.size()); ++i) {
                auto *total = new QTableWidgetItem(
                    UnitFormat::format(rows[size_t(i)].second, unit, QLocale()));
                total->setData(Qt::UserRole, rows[size_t(i)].second);
                total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                auto *share = new QTableWidgetItem(
                    UnitFormat::percent(rows[size_t(i)].second, whole, QLocale()));
                share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_breakdown->setItem(i, 0, new QTableWidgetItem(rows[size_t(i)].first));
                m_breakdown->setItem(i, 1, total);
                m_breakdown->setItem(i, 2, share);
            }
        }
    }
    m_status->setText(tr("%n series", nullptr, int(series.size())));
    Q_EMIT seriesShown();
}

void TimelineWindow::setError(const QString &message)
{
    m_status->setText(message);
}

void TimelineWindow::syncRangeEdits()
{
    for (int side = 0; side < 2; ++side) {
        const std::optional<TimeRange> r = m_chart->range(TimelineChart::Which(side));
        for (int end = 0; end < 2; ++end) {
            QDateTimeEdit *edit = m_rangeEdits[side * 2 + end];
            const QSignalBlocker block(edit);
            edit->setEnabled(r.has_value());
            if (r)
                edit->setDateTime(QDateTime::fromMSecsSinceEpoch(end == 0 ? r->startMs : r->endMs));
        }
    }
}

void TimelineWindow::rangeTyped()
{
    for (int side = 0; side < 2; ++side) {
        const auto which = TimelineChart::Which(side);
        if (!m_chart->range(which))
            continue;
        TimeRange r{m_rangeEdits[side * 2]->dateTime().toMSecsSinceEpoch(),
                    m_rangeEdits[side * 2 + 1]->dateTime().toMSecsSinceEpoch()};
        if (r.endMs < r.startMs)
            std::swap(r.startMs, r.endMs);
        const std::optional<TimeRange> old = m_chart->range(which);
        if (old->startMs != r.startMs || old->endMs != r.endMs)
            m_chart->setRange(which, r);
    }
}

void TimelineWindow::mergeRanges()
{
    QString error;
    const std::optional<LabelSelector> selector = currentSelector(&error);
    const std::optional<ProfileTypeId> type = currentType();
    const std::optional<TimeRange> baseline = m_chart->range(TimelineChart::Which::Baseline);
    const std::optional<TimeRange> comparison = m_chart->range(TimelineChart::Which::Comparison);
    if (!selector || !type || !baseline) {
        m_mergeJobs->cancel();
        m_result->setCurrentWidget(m_hint);
        setShown({});
        updateBusy();
        return;
    }
    const std::shared_ptr<const TimelineSource> source = m_source;
    const QString baseTitle = rangeTitle(*baseline);
    const QString compareTitle = comparison ? rangeTitle(*comparison) : QString();
    m_status->setText(tr("Merging…"));
    m_mergeJobs->startJob(
        [source, type = *type, selector = *selector, baseline = *baseline, comparison, baseTitle,
         compareTitle](Progress &progress) {
            if (comparison)
                return mergeAndDiff(*source, type, {selector, baseline, baseTitle},
                                    {selector, *comparison, compareTitle}, progress);
            MergeAnswer answer;
            answer.single = source->merge(type, selector, baseline, &answer.error, progress);
            return answer;
        },
        [this, baseTitle, compareTitle, type = *type, selector = *selector, baseline = *baseline,
         comparison](MergeAnswer answer) {
            updateBusy();
            if (!answer.error.isEmpty()) {
                setError(answer.error);
                return;
            }
            m_shownType = type;
            m_shownSelector = selector;
            if (answer.single) {
                setShown({{baseline, answer.single}});
                m_profileView->setProfile(answer.single, answer.single->defaultSampleType());
                m_result->setCurrentWidget(m_profileView);
                m_status->setText(baseTitle);
            } else if (answer.diff.ok()) {
                setShown({{baseline, answer.baseline}, {*comparison, answer.comparison}});
                m_diffView->setProfile(answer.diff.profile, baseTitle, compareTitle,
                                       answer.baseline, answer.baseline->defaultSampleType(),
                                       answer.comparison, answer.comparison->defaultSampleType());
                m_result->setCurrentWidget(m_diffView);
                m_status->setText(tr("%1 vs %2").arg(baseTitle, compareTitle));
            }
            Q_EMIT mergeShown();
        });
    updateBusy();
}

void TimelineWindow::compareValues()
{
    const QModelIndexList rows = m_breakdown->selectionModel()->selectedRows();
    if (rows.size() != 2 || m_groupBy->currentIndex() == 0)
        return;
    QString error;
    const std::optional<LabelSelector> selector = currentSelector(&error);
    const std::optional<ProfileTypeId> type = currentType();
    if (!selector || !type)
        return;
    const std::string label = m_groupBy->currentText().toStdString();
    const TimeRange range = m_chart->range(TimelineChart::Which::Baseline).value_or(currentRange());
    std::vector<MergeSide> sides;
    for (const QModelIndex &row : rows) {
        const QString value = m_breakdown->item(row.row(), 0)->text();
        LabelSelector s = *selector;
        s.addMatcher(LabelMatcher{label, LabelMatcher::Op::Equal, value.toStdString(), {}});
        sides.push_back({std::move(s), range,
                         QStringLiteral("%1=\"%2\"").arg(QString::fromStdString(label), value)});
    }
    const std::shared_ptr<const TimelineSource> source = m_source;
    m_mergeJobs->startJob(
        [source, type = *type, sides](Progress &progress) {
            return mergeAndDiff(*source, type, sides[0], sides[1], progress);
        },
        [this, a = sides[0].title, b = sides[1].title](MergeAnswer answer) {
            updateBusy();
            if (!answer.error.isEmpty() || !answer.diff.ok()) {
                setError(answer.error);
                return;
            }
            // Two label values over one range: no one query stores either.
            setShown({});
            m_diffView->setProfile(answer.diff.profile, a, b, answer.baseline,
                                   answer.baseline->defaultSampleType(), answer.comparison,
                                   answer.comparison->defaultSampleType());
            m_result->setCurrentWidget(m_diffView);
            m_status->setText(tr("%1 vs %2").arg(a, b));
            Q_EMIT mergeShown();
        });
    updateBusy();
}
