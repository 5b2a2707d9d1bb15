#pragma once

#include "timelinechart.h"

#include "library/labelselector.h"
#include "library/profiletypeid.h"
#include "library/timelinesource.h"
#include "widgets/flamegraphview.h"

#include <QWidget>

#include <memory>
#include <optional>

class DiffView;
class ExportController;
class JobTracker;
class ProfileView;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableWidget;
class QTabWidget;
class QTimer;
class SubsecondHeatmap;

// The timeline: a query bar over a TimelineSource (service, profile type, label
// selector with completion, time presets, refresh and follow-now), the chart of
// the type's totals (TimelineChart), and under it the merge of the selected
// range in a ProfileView or, with two ranges, their diff in a DiffView.
// The label breakdown (Pyroscope's tag explorer) groups the series by a label
// and lists each value's total and share; a click on a value filters by it,
// and two values selected compare as baseline and comparison.
//
// Every query and merge runs on the thread pool (one JobTracker for the
// series, one for the merges: a newer query supersedes the one running), so
// the GUI thread only draws. A file with sample times also gets FlameScope's
// subsecond heatmap (SubsecondHeatmap) beside the chart; its selections are the
// chart's ranges. While anything runs, a progress bar (the download of a
// server's answer, then its decoding) and a Cancel button show; Cancel stops
// the requests at their next read. The merges shown can be saved into the
// library (a server's ranges kept for later) or exported as a file.
class TimelineWindow final : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { Last5Minutes, LastHour, Last24Hours, Last7Days, Custom };

    TimelineWindow(std::shared_ptr<const TimelineSource> source,
                   FlameGraphView::Renderer renderer = FlameGraphView::Renderer::Auto,
                   QWidget *parent = nullptr);
    ~TimelineWindow() override;

    // Set before (or instead of) the user's picks; each runs the query again.
    void setQuery(const QString &typeId, const QString &selector);
    void setPreset(Preset preset);
    void setCustomRange(TimeRange range);
    void setGroupBy(const QString &label);
    void setFollowNow(bool on);
    // Selects the ranges, as drags on the chart would (comparison: compare mode).
    void selectRanges(std::optional<TimeRange> baseline, std::optional<TimeRange> comparison);
    void refresh();
    // Asks the source for the series again (a follow-now tick, every query change).
    void runQuery();

    TimelineChart *chart() const { return m_chart; }
    // The overview under the chart: drag on it to choose what the chart shows.
    TimelineChart *overview() const { return m_overview; }
    ProfileView *profileView() const { return m_profileView; }
    DiffView *diffView() const { return m_diffView; }
    QTableWidget *breakdownTable() const { return m_breakdown; }
    // A file with sample times only (FileTimelineSource): FlameScope's view; else null.
    SubsecondHeatmap *heatmap() const { return m_heatmap; }
    // Shows the heatmap (true) or the chart.
    void showHeatmap(bool on);
    QLineEdit *selectorEdit() const { return m_selector; }
    QPushButton *zoomToRangesButton() const { return m_zoomToRanges; }
    // The selector's completions: label names and name="value" pairs of the range shown.
    QStringList completions() const;
    QComboBox *typeBox() const { return m_type; }
    QComboBox *serviceBox() const { return m_service; }
    // True while a query or a merge runs.
    bool isBusy() const;
    // Stops every query and merge of the window; the views keep what they show.
    void cancel();
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The library "Save to Library" stores into; empty (the default, and the
    // library's own timeline) hides the button.
    void setLibraryFile(const QString &file);
    QPushButton *saveButton() const { return m_save; }
    QPushButton *exportButton() const { return m_export; }
    // Stores the merge of each selected range (FetchedRange) in the library
    // file, in the background; savedToLibrary() or an error in the status.
    void saveToLibrary();
    QString statusText() const;
    // The query the window would run now; nullopt with *error when the selector does not parse.
    std::optional<LabelSelector> currentSelector(QString *error) const;
    std::optional<ProfileTypeId> currentType() const;
    TimeRange currentRange() const;

Q_SIGNALS:
    // The chart shows a new answer of the source.
    void seriesShown();
    // The profile or the diff of the selected ranges is in its view.
    void mergeShown();
    // saveToLibrary() stored these records' ids.
    void savedToLibrary(const QList<qint64> &ids);

private:
    void buildUi(FlameGraphView::Renderer renderer);
    void loadChoices();
    void showSeries(const std::vector<SeriesPoints> &series, TimeRange range,
                    const std::string &unit);
    void mergeRanges();
    void compareValues();
    void syncRangeEdits();
    void rangeTyped();
    void setError(const QString &message);
    void updateBusy();
    void setShown(std::vector<std::pair<TimeRange, ProfilePtr>> shown);

    std::shared_ptr<const TimelineSource> m_source;
    JobTracker *m_choiceJobs;
    JobTracker *m_seriesJobs;
    JobTracker *m_mergeJobs;
    QComboBox *m_service;
    QComboBox *m_type;
    QLineEdit *m_selector;
    QStandardItemModel *m_completions;
    QComboBox *m_preset;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_until;
    QPushButton *m_refresh;
    QPushButton *m_zoomToRanges;
    QCheckBox *m_follow;
    QCheckBox *m_compare;
    QComboBox *m_groupBy;
    QLabel *m_status;
    TimelineChart *m_chart;
    TimelineChart *m_overview;      // the whole query; its band is the main chart's view
    QDateTimeEdit *m_rangeEdits[4]; // baseline from, until; comparison from, until
    QTableWidget *m_breakdown;
    QTabWidget *m_views = nullptr;
    SubsecondHeatmap *m_heatmap = nullptr;
    JobTracker *m_heatmapJobs;
    QStackedWidget *m_result;
    QLabel *m_hint;
    ProfileView *m_profileView;
    DiffView *m_diffView;
    QTimer *m_followTimer;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_save;
    QPushButton *m_export;
    JobTracker *m_saveJobs;
    ExportController *m_exporter;
    QString m_libraryFile;
    // The merges in the views, with the query that made them: what Save stores.
    std::vector<std::pair<TimeRange, ProfilePtr>> m_shown;
    std::optional<ProfileTypeId> m_shownType;
    LabelSelector m_shownSelector;
    QString m_pendingType; // setQuery's, until the types are known
    bool m_choicesLoaded = false;
};
