#pragma once

#include "app/cli/profileexporter.h"

#include "model/joboutcome.h"
#include "model/profile.h"
#include "widgets/render/exportoptions.h"

#include <QObject>
#include <QPointer>
#include <QString>

class FlameGraphView;
class JobTracker;
class ProfileTab;
class QProgressDialog;
class QWidget;

// File > Export…: the user picks a file name, whose extension picks the format
// from ExportFormats (.svg, .html, .png, .folded, .json, .pb.gz,
// .speedscope.json); a PNG asks for its size and scale too. The export reads
// the view's state on the GUI thread (sample type, zoom, orientation, colours,
// search) into ExportOptions, writes in the background, and shows a progress
// dialog with Cancel when it takes longer than a moment. One export at a time.
class ExportController final : public QObject
{
    Q_OBJECT
public:
    explicit ExportController(QWidget *window);
    ~ExportController() override;

    // The interactive path: dialogs, then start(). view may be null (no profile).
    void exportView(FlameGraphView *view, const SearchResult &search, const QString &baseName);
    // File > Export: the flamegraph the tab shows (its profile view's, or a diff
    // view's), with the tab's search when it belongs to that flamegraph.
    void exportTab(ProfileTab *tab);
    static FlameGraphView *shownFlameGraph(ProfileTab *tab);

    // The view's state as export options (PNG at the view's size and pixel ratio).
    static ExportOptions optionsFor(const FlameGraphView &view, const SearchResult &search);
    // The file dialog's filter: one entry per format of ProfileExporter.
    static QString fileFilter();

    // Writes profile to path in the background; finished() reports the result.
    // False (and nothing started) while another export runs or when the
    // extension is not an export format.
    bool start(ProfilePtr profile, const ExportOptions &options, const QString &path);
    bool isRunning() const;
    // The export stops at its next check and reports Cancelled, unless it had
    // already written its file: then it reports Done, as the disk says.
    void cancel();

signals:
    // error says why when the outcome is Failed.
    void finished(const QString &path, JobOutcome outcome, const QString &error);

private:
    QPointer<QWidget> m_window;
    JobTracker *m_job;
    QProgressDialog *m_progress = nullptr;
};
