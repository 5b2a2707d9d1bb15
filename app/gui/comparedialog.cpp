#include "comparedialog.h"

#include "app/cli/recentrecordings.h"
#include "model/jobtracker.h"

#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
constexpr int fileItem = -2; // the "Other file…" entry's data

// The recording's command and profile type: its folder without the time
// (adhoc-node-20261206-101500 -> adhoc-node) and the file name.
QString commandKey(const QString &path)
{
    static const QRegularExpression time(QStringLiteral("-\\d{8}-\\d{6}(-\\d{3})?$"));
    const QFileInfo info(path);
    return info.dir().dirName().remove(time) + u'/' + info.fileName();
}
} // namespace

CompareDialog::CompareDialog(const QList<Source> &openProfiles, QWidget *parent, const QStringList &recordings)
    : QDialog(parent)
    , m_open(openProfiles)
    , m_form(new QFormLayout)
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Compare Profiles"));
    static const char *const labels[] = {QT_TR_NOOP("Baseline:"), QT_TR_NOOP("Comparison:")};
    static const char *const typeLabels[] = {QT_TR_NOOP("Baseline sample type:"), QT_TR_NOOP("Comparison sample type:")};
    for (int side = 0; side < 2; ++side) {
        const QString name = side == 0 ? QStringLiteral("baseline") : QStringLiteral("comparison");
        m_sources[side] = new QComboBox(this);
        m_sources[side]->setObjectName(name + QStringLiteral("Source"));
        m_sources[side]->setMinimumContentsLength(40);
        for (int i = 0; i < m_open.size(); ++i)
            m_sources[side]->addItem(m_open[i].title, i);
        for (const QString &path : recordings)
            m_sources[side]->addItem(tr("Recording: %1").arg(RecentRecordings::displayName(path)), path);
        m_sources[side]->addItem(tr("Other file…"), fileItem);
        m_types[side] = new QComboBox(this);
        m_types[side]->setObjectName(name + QStringLiteral("Type"));
        // While the side's file is read: its progress and a Cancel of its own.
        m_readers[side] = new JobTracker(this);
        m_progress[side] = new QProgressBar;
        m_progress[side]->setObjectName(name + QStringLiteral("Progress"));
        m_progress[side]->setRange(0, JobTracker::progressSteps);
        m_cancel[side] = new QPushButton(tr("Cancel"));
        m_cancel[side]->setObjectName(name + QStringLiteral("Cancel"));
        m_cancel[side]->setAutoDefault(false);
        m_readingRow[side] = new QWidget(this);
        auto *reading = new QHBoxLayout(m_readingRow[side]);
        reading->setContentsMargins(0, 0, 0, 0);
        reading->addWidget(m_progress[side], 1);
        reading->addWidget(m_cancel[side]);
        m_form->addRow(tr(labels[side]), m_sources[side]);
        m_form->addRow(QString(), m_readingRow[side]);
        m_form->addRow(tr(typeLabels[side]), m_types[side]);
        const Side s = Side(side);
        showReading(s, false);
        connect(m_readers[side], &JobTracker::progressChanged, m_progress[side],
                [bar = m_progress[side]](double f) {
                    bar->setValue(qRound(f * JobTracker::progressSteps));
                });
        connect(m_cancel[side], &QPushButton::clicked, this, [this, s] { cancelReading(s); });
        connect(m_sources[side], &QComboBox::activated, this, [this, s](int index) { sourceActivated(s, index); });
        connect(m_types[side], &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                validate();
        });
    }
    m_message->setObjectName(QStringLiteral("compareMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_message->palette();
    warning.setColor(QPalette::WindowText, QColor(190, 30, 30));
    m_message->setPalette(warning);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    // The two most recent tabs, as "before" and "after", when there are two.
    qsizetype previousRun = -1;
    for (qsizetype i = 1; i < recordings.size() && previousRun < 0; ++i)
        if (commandKey(recordings[i]) == commandKey(recordings.front()))
            previousRun = i;
    if (m_open.size() >= 2) {
        setSource(Baseline, int(m_open.size()) - 2);
        setSource(Comparison, int(m_open.size()) - 1);
    } else if (previousRun > 0) {
        setFile(Baseline, recordings[previousRun], RecentRecordings::displayName(recordings[previousRun]));
        setFile(Comparison, recordings.front(), RecentRecordings::displayName(recordings.front()));
    } else {
        for (int side = 0; side < 2; ++side)
            m_sources[side]->setCurrentIndex(m_open.isEmpty() ? -1 : 0);
        if (!m_open.isEmpty())
            setSource(Baseline, 0);
        validate();
    }
}

void CompareDialog::sourceActivated(Side side, int index)
{
    const QVariant item = m_sources[side]->itemData(index);
    // A file already chosen or a recording: its path.
    if (item.typeId() == QMetaType::QString) {
        const QString path = item.toString();
        setFile(side, path,
                RecentRecordings::files().contains(path) ? RecentRecordings::displayName(path) : QString());
        return;
    }
    const int data = item.toInt();
    if (data != fileItem) {
        setSource(side, data);
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, side == Baseline ? tr("Baseline Profile") : tr("Comparison Profile"), QString(),
        ImportJob::fileDialogFilter());
    if (path.isEmpty()) {
        validate();
        return;
    }
    setFile(side, path);
}

void CompareDialog::setSource(Side side, int openIndex)
{
    if (openIndex < 0 || openIndex >= m_open.size())
        return;
    m_readers[side]->cancel();
    showReading(side, false);
    m_sources[side]->setCurrentIndex(m_sources[side]->findData(openIndex));
    showProfile(side, m_open[openIndex].profile, m_open[openIndex].title);
}

void CompareDialog::setFile(Side side, const QString &path, const QString &title)
{
    m_profiles[side] = nullptr;
    m_titles[side] = title.isEmpty() ? QFileInfo(path).fileName() : title;
    // The file is an entry of its own, so the combo shows it.
    QComboBox *combo = m_sources[side];
    const int existing = combo->findData(path);
    if (existing >= 0)
        combo->removeItem(existing);
    combo->insertItem(combo->count() - 1, m_titles[side], path);
    combo->setCurrentIndex(combo->count() - 2);
    m_types[side]->clear();
    m_types[side]->setEnabled(false);
    // Supersedes a file this side was still reading.
    m_reading[side] = path;
    m_readers[side]->startJob(
        [path, reader = m_reader](Progress &progress) { return reader(path, progress); },
        [this, side, path](const ImportResult &result) { fileRead(side, path, result); });
    showReading(side, true);
    validate();
}

void CompareDialog::cancelReading(Side side)
{
    if (!m_readers[side]->isRunning())
        return;
    const QString path = m_reading[side];
    m_readers[side]->cancel();
    showReading(side, false);
    // The side is unchosen again: its file's entry goes, the other sources stay.
    QComboBox *combo = m_sources[side];
    combo->removeItem(combo->findData(path));
    combo->setCurrentIndex(-1);
    m_titles[side].clear();
    validate();
    emit sourcesChanged();
}

void CompareDialog::showReading(Side side, bool reading)
{
    if (!reading)
        m_reading[side].clear();
    m_progress[side]->setValue(0);
    m_cancel[side]->setEnabled(reading);
    m_form->setRowVisible(m_readingRow[side], reading);
}

void CompareDialog::fileRead(Side side, const QString &path, const ImportResult &result)
{
    showReading(side, false);
    if (!result.isOk()) {
        // The reader's message names the file when it got that far; the dialog always does.
        m_message->setText(tr("Could not read %1: %2").arg(path, result.error));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        emit sourcesChanged();
        return;
    }
    showProfile(side, result.profile, m_titles[side]);
    emit sourcesChanged();
}

void CompareDialog::showProfile(Side side, ProfilePtr profile, const QString &title)
{
    m_profiles[side] = std::move(profile);
    m_titles[side] = title;
    m_updating = true;
    m_types[side]->clear();
    if (m_profiles[side])
        for (const SampleType &t : m_profiles[side]->sampleTypes())
            m_types[side]->addItem(QStringLiteral("%1 (%2)").arg(QString::fromStdString(t.type), QString::fromStdString(t.unit)));
    m_types[side]->setEnabled(m_types[side]->count() > 1);
    m_updating = false;
    pair();
}

void CompareDialog::pair()
{
    if (!m_profiles[0] || !m_profiles[1]) {
        validate();
        return;
    }
    const SampleTypePairing p = DiffBuilder::pairSampleTypes(*m_profiles[0], *m_profiles[1], {}, m_titles[0], m_titles[1]);
    m_updating = true;
    if (p.ok()) {
        m_types[0]->setCurrentIndex(p.baseline);
        m_types[1]->setCurrentIndex(p.comparison);
    } else {
        for (int side = 0; side < 2; ++side)
            m_types[side]->setCurrentIndex(std::clamp(m_profiles[side]->defaultSampleType(), 0, m_types[side]->count() - 1));
    }
    m_updating = false;
    validate();
    if (!p.ok() && !isAcceptable())
        m_message->setText(p.error);
}

void CompareDialog::setSampleType(Side side, int sampleType)
{
    if (sampleType >= 0 && sampleType < m_types[side]->count())
        m_types[side]->setCurrentIndex(sampleType);
}

int CompareDialog::sampleType(Side side) const
{
    return m_types[side]->currentIndex();
}

void CompareDialog::validate()
{
    QString message;
    if (isReading())
        message = tr("Reading %1…")
                      .arg(m_titles[m_readers[Baseline]->isRunning() ? Baseline : Comparison]);
    else if (!m_profiles[0] || !m_profiles[1])
        message = tr("Choose the two profiles to compare: open tabs or files of any format.");
    else {
        const int a = sampleType(Baseline), b = sampleType(Comparison);
        if (a < 0 || b < 0) {
            message = tr("Choose the sample type of each profile.");
        } else {
            const SampleType &left = m_profiles[0]->sampleTypes()[size_t(a)];
            const SampleType &right = m_profiles[1]->sampleTypes()[size_t(b)];
            if (left.unit != right.unit)
                message = tr("Cannot compare %1 (%2 in %3) with %4 (%5 in %6): the units differ. Choose sample types "
                             "with the same unit.")
                              .arg(m_titles[0], QString::fromStdString(left.type), QString::fromStdString(left.unit),
                                   m_titles[1], QString::fromStdString(right.type), QString::fromStdString(right.unit));
        }
    }
    m_message->setText(message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

QString CompareDialog::message() const
{
    return m_message->text();
}

bool CompareDialog::isReading() const
{
    return m_readers[0]->isRunning() || m_readers[1]->isRunning();
}

bool CompareDialog::isAcceptable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}
