#include "mainwindow.h"

#include "comparecontroller.h"
#include "exportcontroller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPalette>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

// resources.qrc is compiled into the static app library, which the linker
// drops unless something refers to it; Q_INIT_RESOURCE must be outside a namespace.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {
const char recentFilesKey[] = "recentFiles";
const char geometryKey[] = "window/geometry";
const char stateKey[] = "window/state";
const char themeKey[] = "view/theme";
const char samplePath[] = ":/samples/go-cpu.pb.gz";

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(130, 130, 130);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::Highlight, QColor(50, 110, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(60, 60, 64));
    p.setColor(QPalette::Mid, QColor(40, 40, 42));
    p.setColor(QPalette::Dark, QColor(25, 25, 26));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette lightPalette()
{
    QPalette p(QColor(239, 239, 239)); // derives the other roles from the button colour
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(245, 245, 245));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::ButtonText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(48, 140, 198));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(255, 255, 220));
    p.setColor(QPalette::ToolTipText, Qt::black);
    return p;
}

// The palette the platform gave us, before any theme was chosen.
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_reader(ImportJob::defaultReader())
    , m_tabs(new QTabWidget(this))
    , m_errorBanner(new QFrame(this))
    , m_errorLabel(new QLabel(m_errorBanner))
    , m_sampleTypes(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_rendererLabel(new QLabel(this))
{
    initResources();
    (void)systemPalette();
    setWindowTitle(tr("Pyrograph"));
    setAcceptDrops(true);

    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateForCurrentTab);

    // The error banner: visible in the window (and to tests), unlike a message box.
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setFrameShape(QFrame::StyledPanel);
    m_errorBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_errorBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(200, 50, 50));
    bannerPalette.setColor(QPalette::WindowText, Qt::white);
    m_errorBanner->setPalette(bannerPalette);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(m_errorBanner);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, this, &MainWindow::clearErrors);
    auto *bannerLayout = new QHBoxLayout(m_errorBanner);
    bannerLayout->addWidget(m_errorLabel, 1);
    bannerLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_errorBanner->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_statusLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_rendererLabel->setObjectName(QStringLiteral("rendererLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_rendererLabel);

    createActions();
    readSettings();
    updateForCurrentTab();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    // The profile bundled in resources.qrc, so an empty window has something to show.
    file->addAction(tr("Open &Sample Profile"), this, [this] { openFile(QString::fromLatin1(samplePath)); });
    m_compare = new CompareController(this, this);
    QAction *compare = file->addAction(tr("&Compare…"), m_compare, &CompareController::showDialog);
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    auto *exporter = new ExportController(this);
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this, exporter] { exporter->exportTab(currentTab()); });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *close = file->addAction(tr("&Close Tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<QString, Theme> themes[] = {
        {tr("&System"), Theme::System}, {tr("&Light"), Theme::Light}, {tr("&Dark"), Theme::Dark}};
    for (const auto &[label, value] : themes) {
        QAction *a = theme->addAction(label);
        a->setCheckable(true);
        a->setData(int(value));
        m_themeGroup->addAction(a);
        const Theme t = value;
        connect(a, &QAction::triggered, this, [this, t] { setTheme(t); });
    }

    QToolBar *toolbar = addToolBar(tr("Profile"));
    toolbar->setObjectName(QStringLiteral("profileToolBar")); // for saveState()
    toolbar->addAction(open);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Sample type: "), toolbar));
    m_sampleTypes->setObjectName(QStringLiteral("sampleTypeSelector"));
    m_sampleTypes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_sampleTypes);
    connect(m_sampleTypes, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updatingSelector)
            return;
        if (ProfileTab *t = currentTab())
            t->setSampleType(index);
        updateStatus();
    });
    // Each tab's view has its own search field and answers Ctrl+F while the
    // focus is inside it; this one takes the focus there from anywhere else
    // (two live Ctrl+F shortcuts would be ambiguous and neither would fire).
    QAction *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (ProfileTab *t = currentTab(); t && t->state() == ProfileTab::State::Ready)
            t->focusSearch();
    });
    connect(qApp, &QApplication::focusChanged, find, [this, find](QWidget *, QWidget *now) {
        ProfileTab *t = currentTab();
        find->setEnabled(!t || !now || !t->isAncestorOf(now));
    });
    addAction(find);
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

ProfileTab *MainWindow::tab(int index) const
{
    return qobject_cast<ProfileTab *>(m_tabs->widget(index));
}

ProfileTab *MainWindow::currentTab() const
{
    return qobject_cast<ProfileTab *>(m_tabs->currentWidget());
}

int MainWindow::pendingImports() const
{
    int pending = 0;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (tab(i) && tab(i)->state() == ProfileTab::State::Importing)
            ++pending;
    return pending;
}

void MainWindow::openFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        openFile(path);
}

ProfileTab *MainWindow::openFile(const QString &path)
{
    // "-" is stdin and ":/..." a resource: neither has an absolute path.
    const bool special = path == QLatin1String("-") || path.startsWith(u':');
    const QString absolute = special ? path : QFileInfo(path).absoluteFilePath();
    return openWithReader(absolute, m_reader);
}

ProfileTab *MainWindow::openWithReader(const QString &path, ImportJob::Reader reader)
{
    auto *tab = new ProfileTab(path, preferredRenderer(), m_tabs);
    connect(tab, &ProfileTab::importFinished, this, &MainWindow::onImportFinished);
    connect(tab, &ProfileTab::summaryChanged, this, &MainWindow::updateStatus);
    connect(tab, &ProfileTab::statusMessage, this, [this, tab](const QString &message) {
        if (tab == currentTab())
            statusBar()->showMessage(message);
    });
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setTabToolTip(index, path);
    m_tabs->setCurrentIndex(index);
    tab->startImport(std::move(reader));
    return tab;
}

void MainWindow::onImportFinished(ProfileTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    switch (tab->state()) {
    case ProfileTab::State::Ready:
        // A compared pair ("a vs b", format "diff") is no file to reopen.
        if (tab->path() != QLatin1String("-") && !tab->path().startsWith(u':')
            && tab->profile()->metadata().format != "diff")
            addRecentFile(tab->path());
        if (tab->profile()->isDiff())
            m_compare->installDiffView(tab);
        break;
    case ProfileTab::State::Failed:
        showError(tr("Could not open %1: %2").arg(tab->path(), tab->errorMessage()));
        emit importFailed(tab->path(), tab->errorMessage());
        [[fallthrough]];
    case ProfileTab::State::Canceled:
        if (index >= 0)
            m_tabs->removeTab(index);
        tab->deleteLater();
        break;
    case ProfileTab::State::Importing:
        break;
    }
    updateForCurrentTab();
    if (pendingImports() == 0)
        emit importsFinished();
}

void MainWindow::closeTab(int index)
{
    ProfileTab *t = tab(index);
    if (!t)
        return;
    m_tabs->removeTab(index);
    const bool wasImporting = t->state() == ProfileTab::State::Importing;
    t->deleteLater(); // its destructor cancels a running import
    updateForCurrentTab();
    if (wasImporting && pendingImports() == 0)
        emit importsFinished();
}

void MainWindow::showError(const QString &message)
{
    const QString text = m_errorLabel->text();
    m_errorLabel->setText(m_errorBanner->isHidden() || text.isEmpty() ? message : text + u'\n' + message);
    m_errorBanner->show();
}

QString MainWindow::errorText() const
{
    return m_errorBanner->isHidden() ? QString() : m_errorLabel->text();
}

void MainWindow::clearErrors()
{
    m_errorLabel->clear();
    m_errorBanner->hide();
}

void MainWindow::updateForCurrentTab()
{
    ProfileTab *t = currentTab();
    m_updatingSelector = true;
    m_sampleTypes->clear();
    if (t && t->profile()) {
        for (const SampleType &type : t->profile()->sampleTypes())
            m_sampleTypes->addItem(QStringLiteral("%1 (%2)").arg(QString::fromStdString(type.type), QString::fromStdString(type.unit)));
        m_sampleTypes->setCurrentIndex(t->sampleType());
    }
    m_sampleTypes->setEnabled(m_sampleTypes->count() > 1);
    m_updatingSelector = false;
    setWindowTitle(t ? tr("%1 — Pyrograph").arg(t->title()) : tr("Pyrograph"));
    setRendererName(t ? t->rendererName() : QString());
    statusBar()->clearMessage();
    updateStatus();
}

void MainWindow::updateStatus()
{
    ProfileTab *t = currentTab();
    QString text;
    if (!t)
        text = tr("Drop profiles here, or use File > Open (File > Open Sample Profile shows an example)");
    else if (t->state() == ProfileTab::State::Importing)
        text = tr("Importing %1…").arg(t->title());
    else
        text = t->summary();
    const int pending = pendingImports();
    if (pending > 0 && (!t || t->state() != ProfileTab::State::Importing))
        text += tr(" (%n import(s) running)", nullptr, pending);
    m_statusLabel->setText(text);
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::setRendererName(const QString &name)
{
    m_rendererName = name;
    m_rendererLabel->setText(name.isEmpty() ? QString() : tr("Renderer: %1").arg(name));
}

QString MainWindow::rendererName() const
{
    return m_rendererName;
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    switch (theme) {
    case Theme::System:
        QApplication::setPalette(systemPalette());
        break;
    case Theme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == int(theme));
    QSettings().setValue(themeKey, int(theme));
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(recentFilesKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentFilesKey, files);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear"), this, [] { QSettings().remove(recentFilesKey); });
}

void MainWindow::openDialog()
{
    const QSettings settings;
    const QStringList recent = recentFiles();
    const QString dir = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Profiles"), dir,
        tr("Profiles (*.pb.gz *.pb *.pprof *.prof *.folded *.txt *.json *.collapsed *.gz *.zst);;All files (*)"));
    openFiles(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(stateKey).toByteArray());
    setTheme(Theme(std::clamp(settings.value(themeKey, int(Theme::System)).toInt(), 0, 2)));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

FlameGraphView::Renderer MainWindow::preferredRenderer() const
{
    return ProfileTab::rendererFromName(m_rendererPreference);
}
