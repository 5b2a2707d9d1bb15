#include "exportcontroller.h"

#include "profiletab.h"

#include "importers/profilereader.h"
#include "model/jobtracker.h"
#include "widgets/flamegraphview.h"
#include "widgets/render/pngexporter.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSpinBox>

#include <algorithm>

namespace {
// Asks for a PNG's size and scale; false when the user cancels.
bool askImageSize(QWidget *parent, ExportOptions *options)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Export PNG"));
    auto *form = new QFormLayout(&dialog);
    auto *width = new QSpinBox(&dialog);
    width->setRange(16, PngExporter::maxSide);
    width->setValue(options->width);
    width->setSuffix(QObject::tr(" px"));
    auto *height = new QSpinBox(&dialog);
    height->setRange(16, PngExporter::maxSide);
    height->setValue(options->height);
    height->setSuffix(QObject::tr(" px"));
    auto *scale = new QDoubleSpinBox(&dialog);
    scale->setRange(0.25, 8);
    scale->setSingleStep(0.5);
    scale->setValue(options->scale);
    scale->setSuffix(QStringLiteral("×"));
    form->addRow(QObject::tr("Width:"), width);
    form->addRow(QObject::tr("Height:"), height);
    form->addRow(QObject::tr("Scale:"), scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options->width = width->value();
    options->height = height->value();
    options->scale = scale->value();
    return true;
}
} // namespace

ExportController::ExportController(QWidget *window)
    : QObject(window), m_window(window), m_job(new JobTracker(this))
{
}

// The tracker cancels a running export and does not wait: QSaveFile leaves no
// half file, and main() lets cancelled jobs end before the application goes.
ExportController::~ExportController() = default;

ExportOptions ExportController::optionsFor(const FlameGraphView &view, const SearchResult &search)
{
    ExportOptions options;
    options.sampleType = view.sampleType();
    options.orientation = view.orientation();
    options.scheme = view.colorScheme();
    options.diffMode = view.diffMode();
    options.diffPalette = view.diffPalette();
    options.zoomRoot = view.zoomRoot().isValid() ? view.zoomRoot() : NodeId(0);
    options.search = search;
    options.labelFit = view.effectiveLabelFit();
    options.width = std::max(view.width(), 16);
    options.scale = view.devicePixelRatioF();
    // Every row of the graph, not only those the window shows (issue 14).
    const int graphHeight = view.profile() ? PngExporter::graphHeight(*view.profile(), options) : 0;
    options.height = std::clamp(std::max(view.height(), graphHeight), 16,
                                int(PngExporter::maxSide / std::max(1.0, options.scale)));
    return options;
}

QString ExportController::fileFilter()
{
    QStringList filters;
    QStringList all;
    for (const ProfileExporter::Entry &e : ProfileExporter::entries()) {
        const QString pattern = QStringLiteral("*") + ExportFormats::extension(e.format);
        all << pattern;
        filters << QStringLiteral("%1 (%2)").arg(
            QCoreApplication::translate("ProfileExporter", e.description), pattern);
    }
    filters.prepend(QObject::tr("Every export format (%1)").arg(all.join(u' ')));
    return filters.join(QStringLiteral(";;"));
}

void ExportController::exportView(FlameGraphView *view, const SearchResult &search, const QString &baseName)
{
    if (!view || !view->profile()) {
        QMessageBox::information(m_window, tr("Export"), tr("There is no profile to export."));
        return;
    }
    if (isRunning()) {
        QMessageBox::information(m_window, tr("Export"), tr("An export is still running."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export"), baseName + QStringLiteral(".svg"),
                                                      fileFilter());
    if (path.isEmpty())
        return;
    const std::optional<ExportFormat> format = ExportFormats::forPath(path);
    if (!format) {
        QMessageBox::warning(m_window, tr("Export"),
                             tr("%1: unknown export format; the supported extensions are: %2")
                                 .arg(path, ProfileExporter::extensions().join(QStringLiteral(", "))));
        return;
    }
    ExportOptions options = optionsFor(*view, search);
    // SVG and HTML are whole, zoomable documents; the PNG is the view as it is.
    const bool png = *format == ExportFormat::Png;
    options.width = png ? options.width : 1200;
    if (png && !askImageSize(m_window, &options))
        return;
    start(view->profile(), options, path);
}

FlameGraphView *ExportController::shownFlameGraph(ProfileTab *tab)
{
    if (!tab)
        return nullptr;
    FlameGraphView *own = tab->profileView() ? tab->profileView()->flameGraphView() : nullptr;
    if (own && own->isVisible() && own->profile())
        return own;
    // A diff view or another page in the tab's place: its visible flamegraph.
    for (FlameGraphView *view : tab->findChildren<FlameGraphView *>())
        if (view->isVisible() && view->profile())
            return view;
    return own && own->profile() ? own : nullptr;
}

void ExportController::exportTab(ProfileTab *tab)
{
    FlameGraphView *view = shownFlameGraph(tab);
    const bool ownSearch = tab && tab->profileView() && view == tab->profileView()->flameGraphView();
    exportView(view, ownSearch ? tab->searchResult() : SearchResult(),
               tab ? ProfileReader::baseName(tab->path()) : QString());
}

bool ExportController::start(ProfilePtr profile, const ExportOptions &options, const QString &path)
{
    const std::optional<ExportFormat> format = ExportFormats::forPath(path);
    if (!profile || !format || isRunning())
        return false;
    struct Written
    {
        JobOutcome outcome;
        QString error;
    };
    if (m_window) {
        // Shown only when the export takes more than a moment (large profiles).
        m_progress = new QProgressDialog(tr("Exporting %1…").arg(QFileInfo(path).fileName()),
                                         tr("Cancel"), 0, JobTracker::progressSteps, m_window);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &ExportController::cancel);
        connect(m_job, &JobTracker::progressChanged, m_progress,
                [bar = m_progress](double fraction) {
                    bar->setValue(qRound(fraction * JobTracker::progressSteps));
                });
    }
    m_job->startJob(
        [profile, options, path, format = *format](Progress &progress) {
            Written written;
            written.outcome =
                ProfileExporter::write(format, *profile, options, path, progress, &written.error);
            return written;
        },
        [this, path](const Written &written) {
            if (m_progress) {
                m_progress->deleteLater();
                m_progress = nullptr;
            }
            if (written.outcome == JobOutcome::Failed && m_window && m_window->isVisible())
                QMessageBox::warning(m_window, tr("Export"), written.error);
            emit finished(path, written.outcome, written.error);
        });
    return true;
}

bool ExportController::isRunning() const
{
    return m_job->isRunning();
}

void ExportController::cancel()
{
    // Not JobTracker::cancel(): the export's own result says whether the file is there.
    m_job->requestCancel();
}
