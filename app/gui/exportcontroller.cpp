#include "exportcontroller.h"

#include "profiletab.h"

#include "widgets/flamegraphview.h"
#include "widgets/render/pngexporter.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPromise>
#include <QProgressDialog>
#include <QSpinBox>
#include <QtConcurrent>

#include <algorithm>

namespace {
// The model's Progress over the export's promise, in thousandths. A cancel is
// a flag of its own, not the future's: a cancelled future drops the task's
// result, and an export that committed its file just before the cancel came
// must still report success (the file is there).
class ExportProgress final : public Progress
{
public:
    ExportProgress(QPromise<QString> &promise, const std::atomic_bool &cancelled)
        : m_promise(promise)
        , m_cancelled(cancelled)
    {
        m_promise.setProgressRange(0, 1000);
    }
    bool isCanceled() const override { return m_cancelled.load(std::memory_order_relaxed); }
    void report(double fraction) override
    {
        const int value = std::clamp(int(fraction * 1000), 0, 1000);
        if (value != m_last)
            m_promise.setProgressValue(m_last = value);
    }

private:
    QPromise<QString> &m_promise;
    const std::atomic_bool &m_cancelled;
    int m_last = -1;
};

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
    : QObject(window)
    , m_window(window)
{
}

ExportController::~ExportController()
{
    if (isRunning()) {
        cancel();
        m_future.waitForFinished();
    }
}

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
    options.width = std::max(view.width(), 16);
    options.height = std::max(view.height(), 16);
    options.scale = view.devicePixelRatioF();
    return options;
}

QString ExportController::fileFilter()
{
    QStringList filters;
    QStringList all;
    for (const ProfileExporter::Entry &e : ProfileExporter::entries()) {
        const QString pattern = QStringLiteral("*") + ExportFormats::extension(e.format);
        all << pattern;
        filters << QStringLiteral("%1 (%2)").arg(QObject::tr(e.description), pattern);
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
               tab ? QFileInfo(tab->path()).completeBaseName() : QString());
}

bool ExportController::start(ProfilePtr profile, const ExportOptions &options, const QString &path)
{
    const std::optional<ExportFormat> format = ExportFormats::forPath(path);
    if (!profile || !format || isRunning())
        return false;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_future = QtConcurrent::run([profile, options, path, format = *format, cancelled = m_cancelled](QPromise<QString> &promise) {
        ExportProgress progress(promise, *cancelled);
        QString error;
        if (!ProfileExporter::write(format, *profile, options, path, progress, &error))
            promise.addResult(cancelled->load() ? QStringLiteral("cancelled") : error);
        else
            promise.addResult(QString());
    });
    if (m_window) {
        // Shown only when the export takes more than a moment (large profiles).
        m_progress = new QProgressDialog(tr("Exporting %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000,
                                         m_window);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &ExportController::cancel);
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::progressValueChanged, m_progress, &QProgressDialog::setValue);
        connect(watcher, &QFutureWatcher<QString>::finished, watcher, &QObject::deleteLater);
        watcher->setFuture(m_future);
    }
    m_future.then(this, [this, path](const QString &error) {
        if (m_progress) {
            m_progress->deleteLater();
            m_progress = nullptr;
        }
        if (!error.isEmpty() && error != QLatin1String("cancelled") && m_window && m_window->isVisible())
            QMessageBox::warning(m_window, tr("Export"), error);
        emit finished(path, error);
    });
    return true;
}

bool ExportController::isRunning() const
{
    return m_future.isValid() && !m_future.isFinished();
}

void ExportController::cancel()
{
    if (isRunning())
        m_cancelled->store(true);
}
