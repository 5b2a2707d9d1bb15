#include "mainwindow.h"

#include "aboutdialog.h"
#include "app/cli/apptranslations.h"
#include "comparecontroller.h"
#include "connectdialog.h"
#include "exportcontroller.h"
#include "exportnotice.h"
#include "instancechannel.h"
#include "pushreceiver.h"
#include "recentfiles.h"
#include "recorddialog.h"
#include "scrapedialog.h"
#include "shortcutsdialog.h"
#include "themepalette.h"
#include "timelinewindow.h"
#include "viewpreferences.h"
#include "welcomepage.h"

#include "library/library.h"
#include "library/librarytimelinesource.h"
#include "widgets/toolbarfocus.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
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
#include <QSignalBlocker>
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
const char geometryKey[] = "window/geometry";
const char stateKey[] = "window/state";
const char themeKey[] = "view/theme";
const char samplePath[] = ":/samples/go-cpu.pb.gz";

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_reader(ImportJob::defaultReader())
    , m_tabs(new QTabWidget(this))
    , m_errorBanner(new QFrame(this))
    , m_errorLabel(new QLabel(m_errorBanner))
    , m_exportNotice(new ExportNotice(this))
    , m_welcome(new WelcomePage(this))
    , m_sampleTypes(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_rendererLabel(new QLabel(this))
    , m_pushLabel(new QLabel(this))
    , m_pushReceiver(new PushReceiver(this))
{
    initResources();
    (void)ThemePalette::system();
    setWindowTitle(tr("Pyrograph"));
    setAcceptDrops(true);

    m_tabs->setAccessibleName(tr("Open profiles"));
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
    layout->addWidget(m_exportNotice);
    layout->addWidget(m_welcome, 1);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_statusLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_rendererLabel->setObjectName(QStringLiteral("rendererLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_rendererLabel);
    m_pushLabel->setObjectName(QStringLiteral("pushStatusLabel"));
    m_pushLabel->hide();
    statusBar()->addPermanentWidget(m_pushLabel);
    connect(m_pushReceiver, &PushReceiver::received, this, &MainWindow::updatePushStatus);

    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::sampleRequested, this,
            [this] { openFile(QString::fromLatin1(samplePath)); });
    connect(m_welcome, &WelcomePage::fileRequested, this, &MainWindow::openFile);

    createActions();
    readSettings();
    updateForCurrentTab();
}

// QWidget's destructor hides the window, which moves the focus and emits
// QApplication::focusChanged after this class's members are gone: the Find
// action's handler must not hear it (UBSan caught the call, tst_ProfileTab).
MainWindow::~MainWindow()
{
    disconnect(m_focusWatch);
}

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
    QAction *record = file->addAction(tr("&Record…"), this, &MainWindow::showRecordDialog);
    record->setObjectName(QStringLiteral("recordAction"));
    record->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_exporter = new ExportController(this);
    connect(m_exporter, &ExportController::finished, this, &MainWindow::onExportFinished);
    QAction *exportAction =
        file->addAction(tr("&Export…"), this, [this] { m_exporter->exportTab(currentTab()); });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *close = file->addAction(tr("&Close Tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    m_receivePushes = file->addAction(tr("Receive &Pushes"));
    m_receivePushes->setObjectName(QStringLiteral("receivePushesAction"));
    m_receivePushes->setCheckable(true);
    m_receivePushes->setToolTip(tr("Run a Pyroscope server in Pyrograph: SDKs push to it and every profile is kept in the library"));
    connect(m_receivePushes, &QAction::toggled, this, &MainWindow::setReceivingPushes);
    m_scrapeTarget = file->addAction(tr("Scrape a &Target…"), this, &MainWindow::showScrapeDialog);
    m_scrapeTarget->setObjectName(QStringLiteral("scrapeTargetAction"));
    m_scrapeTarget->setToolTip(tr("Have the server in Pyrograph fetch profiles from a Go program's net/http/pprof on a schedule"));
    QAction *timeline = file->addAction(tr("Library &Timeline"), this, &MainWindow::openLibraryTimeline);
    timeline->setObjectName(QStringLiteral("libraryTimelineAction"));
    timeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *server = file->addAction(tr("Connect to &Server…"), this, &MainWindow::showConnectDialog);
    server->setObjectName(QStringLiteral("connectServerAction"));
    server->setToolTip(tr("The timeline of a Grafana Pyroscope server, Grafana Cloud Profiles or pyrograph serve"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    createViewModeActions(view);
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<QString, Theme> themes[] = {{tr("&System"), Theme::System},
                                                {tr("&Light"), Theme::Light},
                                                {tr("&Dark"), Theme::Dark},
                                                {tr("&High Contrast"), Theme::HighContrast}};
    for (const auto &[label, value] : themes) {
        QAction *a = theme->addAction(label);
        a->setCheckable(true);
        a->setData(int(value));
        m_themeGroup->addAction(a);
        const Theme t = value;
        connect(a, &QAction::triggered, this, [this, t] { setTheme(t); });
    }

    createLanguageMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard and Mouse"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Pyrograph"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(tr("Profile"));
    toolbar->setObjectName(QStringLiteral("profileToolBar")); // for saveState()
    toolbar->addAction(open);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Sample type: "), toolbar));
    m_sampleTypes->setObjectName(QStringLiteral("sampleTypeSelector"));
    m_sampleTypes->setAccessibleName(tr("Sample type"));
    m_sampleTypes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_sampleTypes);
    ToolBarFocus::chain(ToolBarFocus::reachable(toolbar)); // Open is reached with Tab as the rest
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
    QAction *find = new QAction(tr("Search in the current tab"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (ProfileTab *t = currentTab(); t && t->state() == ProfileTab::State::Ready)
            t->focusSearch();
    });
    m_focusWatch = connect(qApp, &QApplication::focusChanged, find, [this, find](QWidget *, QWidget *now) {
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
    // A file opened again is the tab it is in: a second import of the same
    // file would only add a tab to tell apart from the first.
    for (int i = 0; i < m_tabs->count(); ++i) {
        ProfileTab *open = tab(i);
        if (!open || open->path() != absolute || absolute == QLatin1String("-"))
            continue;
        m_tabs->setCurrentIndex(i);
        if (open->state() == ProfileTab::State::Ready && !special)
            addRecentFile(absolute);
        statusBar()->showMessage(tr("%1 is already open").arg(open->title()), 5000);
        return open;
    }
    return openWithReader(absolute, m_reader);
}

ProfileTab *MainWindow::openWithReader(const QString &path, ImportJob::Reader reader)
{
    auto *tab = new ProfileTab(path, preferredRenderer(), m_tabs);
    ViewPreferences::applyTo(tab);
    connect(tab, &ProfileTab::importFinished, this, &MainWindow::onImportFinished);
    connect(tab, &ProfileTab::summaryChanged, this, &MainWindow::updateStatus);
    connect(tab, &ProfileTab::statusMessage, this, [this, tab](const QString &message) {
        if (tab == currentTab())
            statusBar()->showMessage(message);
    });
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setTabToolTip(index, path);
    m_openedFrom.insert(tab, m_tabs->currentWidget());
    m_tabs->setCurrentIndex(index);
    tab->startImport(std::move(reader));
    return tab;
}

void MainWindow::onImportFinished(ProfileTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    const QPointer<QWidget> openedFrom = m_openedFrom.take(tab);
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
        // Back to the tab the user was in, not to the neighbour that
        // QTabBar picks when the current tab goes (the last one).
        if (m_tabs->currentWidget() == tab && openedFrom && m_tabs->indexOf(openedFrom) >= 0)
            m_tabs->setCurrentWidget(openedFrom);
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
    m_openedFrom.remove(t);
    const bool wasImporting = t->state() == ProfileTab::State::Importing;
    t->deleteLater(); // its destructor cancels a running import
    updateForCurrentTab();
    if (wasImporting && pendingImports() == 0)
        emit importsFinished();
}

void MainWindow::setReceivingPushes(bool on)
{
    if (on && !m_pushReceiver->start()) {
        showError(tr("Cannot receive pushes: %1").arg(m_pushReceiver->error()));
        const QSignalBlocker blocker(m_receivePushes);
        m_receivePushes->setChecked(false);
    } else if (!on) {
        m_pushReceiver->stop();
    }
    updatePushStatus();
}

void MainWindow::showScrapeDialog()
{
    if (!m_pushReceiver->isRunning())
        m_receivePushes->setChecked(true); // the scrapes are the server's
    if (!m_pushReceiver->isRunning())
        return; // setReceivingPushes showed why
    if (!m_scrapeDialog)
        m_scrapeDialog = new ScrapeDialog(m_pushReceiver, this);
    m_scrapeDialog->show();
    m_scrapeDialog->raise();
    m_scrapeDialog->activateWindow();
}

void MainWindow::updatePushStatus()
{
    if (!m_pushReceiver->isRunning()) {
        m_pushLabel->hide();
        return;
    }
    const qint64 count = m_pushReceiver->receivedCount();
    const QString url = m_pushReceiver->url();
    m_pushLabel->setText(count == 1 ? tr("Receiving pushes on %1 · 1 profile stored").arg(url)
                                    : tr("Receiving pushes on %1 · %2 profiles stored").arg(url, QString::number(count)));
    m_pushLabel->setToolTip(tr("Library: %1").arg(QDir::toNativeSeparators(m_pushReceiver->libraryFile())));
    m_pushLabel->show();
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
    // An empty window welcomes the user instead of showing a blank area.
    const bool empty = m_tabs->count() == 0;
    if (empty)
        m_welcome->setRecentFiles(recentFiles());
    m_welcome->setVisible(empty);
    m_tabs->setVisible(!empty);
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
        text = tr("No profile open");
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
        QApplication::setPalette(ThemePalette::system());
        break;
    case Theme::Light:
        QApplication::setPalette(ThemePalette::light());
        break;
    case Theme::Dark:
        QApplication::setPalette(ThemePalette::dark());
        break;
    case Theme::HighContrast:
        QApplication::setPalette(ThemePalette::highContrast());
        break;
    }
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == int(theme));
    QSettings().setValue(themeKey, int(theme));
}

QStringList MainWindow::recentFiles() const
{
    return RecentFiles::files();
}

void MainWindow::addRecentFile(const QString &path)
{
    RecentFiles::add(path);
    if (!m_welcome->isHidden())
        m_welcome->setRecentFiles(recentFiles());
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    // Two go-cpu.pb.gz are told apart by their folders; the tooltip has the whole path.
    const QStringList names = RecentFiles::displayNames(files);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a = m_recentMenu->addAction(names[i], this, [this, path] { openFile(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    m_recentMenu->setToolTipsVisible(true);
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear"), this, [this] {
        RecentFiles::clear();
        if (!m_welcome->isHidden())
            m_welcome->setRecentFiles({});
    });
}

RecordDialog *MainWindow::recordDialog()
{
    if (!m_recordDialog) {
        m_recordDialog = new RecordDialog(this);
        connect(m_recordDialog, &RecordDialog::recorded, this, &MainWindow::openFiles);
    }
    return m_recordDialog;
}

void MainWindow::showRecordDialog()
{
    RecordDialog *dialog = recordDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::openDialog()
{
    const QSettings settings;
    const QStringList recent = recentFiles();
    const QString dir = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Profiles"), dir,
                                                            ImportJob::fileDialogFilter());
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
    setTheme(Theme(std::clamp(settings.value(themeKey, int(Theme::System)).toInt(), 0,
                              int(Theme::HighContrast))));
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

void MainWindow::createViewModeActions(QMenu *menu)
{
    // Ctrl+1..4 switch the current tab's view, as its toolbar buttons do; the
    // default for new tabs is a setting of its own (ViewPreferences).
    QMenu *defaults = new QMenu(tr("&Default View for New Tabs"), menu);
    auto *group = new QActionGroup(defaults);
    const std::pair<QString, ProfileViewMode> modes[] = {
        {tr("&Table"), ProfileViewMode::Table},
        {tr("&Flame Graph"), ProfileViewMode::FlameGraph},
        {tr("&Both"), ProfileViewMode::Both},
        {tr("&Sandwich"), ProfileViewMode::Sandwich}};
    int key = Qt::Key_1;
    for (const auto &[label, mode] : modes) {
        const ProfileViewMode m = mode;
        QAction *show = menu->addAction(label, this, [this, m] {
            if (ProfileTab *t = currentTab(); t && t->state() == ProfileTab::State::Ready)
                t->profileView()->viewModeAction(m)->trigger();
        });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        show->setObjectName(QStringLiteral("viewAction_") + ViewModes::name(m));
        QAction *preferred =
            defaults->addAction(label, this, [m] { ViewPreferences::setDefaultView(m); });
        preferred->setCheckable(true);
        preferred->setChecked(ViewPreferences::defaultView() == m);
        group->addAction(preferred);
    }
    menu->addSeparator();
    menu->addMenu(defaults);
}

void MainWindow::acceptFilesFrom(InstanceChannel *channel)
{
    connect(channel, &InstanceChannel::filesReceived, this, [this](const QStringList &files) {
        openFiles(files);
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        raise();
        activateWindow();
    });
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::createLanguageMenu(QMenu *view)
{
    // The window builds its texts once: a language chosen here applies from
    // the next start (AppTranslations), and the status bar says so.
    QMenu *menu = view->addMenu(tr("L&anguage"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    QStringList choices{QString()};
    choices << AppTranslations::languages();
    const QString chosen = AppTranslations::setting();
    for (const QString &language : choices) {
        QAction *a = menu->addAction(language.isEmpty() ? tr("&System Default")
                                                        : AppTranslations::nativeName(language));
        a->setObjectName(QStringLiteral("languageAction_")
                         + (language.isEmpty() ? QStringLiteral("system") : language));
        a->setCheckable(true);
        a->setChecked(language == chosen);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, language] {
            AppTranslations::setSetting(language);
            statusBar()->showMessage(tr("The language changes when Pyrograph starts again."),
                                     10000);
        });
        if (language.isEmpty())
            menu->addSeparator();
    }
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), actions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::onExportFinished(const QString &path, JobOutcome outcome)
{
    if (outcome == JobOutcome::Done) {
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 10000);
        m_exportNotice->showExported(path);
    } else if (outcome == JobOutcome::Cancelled) {
        statusBar()->showMessage(tr("Export cancelled"), 5000);
    }
}

void MainWindow::showConnectDialog()
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::connected, this,
            [this](std::shared_ptr<const TimelineSource> source, const QString &name) {
                auto *window = new TimelineWindow(std::move(source), preferredRenderer());
                window->setAttribute(Qt::WA_DeleteOnClose);
                window->setLibraryFile(libraryFile());
                window->setWindowTitle(tr("%1 — Pyrograph").arg(name));
                window->resize(1400, 900);
                window->show();
            });
    dialog->open();
}

QString MainWindow::libraryFile() const
{
    return m_pushReceiver && !m_pushReceiver->libraryFile().isEmpty()
        ? m_pushReceiver->libraryFile()
        : Library::defaultFile();
}

void MainWindow::openLibraryTimeline()
{
    QString error;
    const QString path = libraryFile();
    std::shared_ptr<Library> library = Library::open(path, &error);
    if (!library) {
        showError(error);
        return;
    }
    // A window of its own, beside the tabs, as Pyroscope's timeline is a page of its own.
    auto *window = new TimelineWindow(std::make_shared<LibraryTimelineSource>(std::move(library)),
                                      preferredRenderer());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->resize(1400, 900);
    window->show();
}
