#include "scrapedialog.h"

#include "pushreceiver.h"

#include "server/scrapemanager.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"))
                  : QStringLiteral("–");
}
} // namespace

ScrapeDialog::ScrapeDialog(PushReceiver *receiver, QWidget *parent)
    : QDialog(parent)
    , m_receiver(receiver)
    , m_url(new QLineEdit(this))
    , m_application(new QLineEdit(this))
    , m_interval(new QSpinBox(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_error(new QLabel(this))
    , m_table(new QTableWidget(0, 7, this))
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Scrape a Target"));
    m_url->setObjectName(QStringLiteral("scrapeUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://localhost:6060"));
    m_application->setObjectName(QStringLiteral("scrapeApplication"));
    m_application->setPlaceholderText(tr("the host's name"));
    m_interval->setObjectName(QStringLiteral("scrapeInterval"));
    m_interval->setRange(1, 3600);
    m_interval->setValue(10);
    m_interval->setSuffix(tr(" s"));
    auto *types = new QHBoxLayout;
    for (const std::string &name : ScrapeProfile::configNames()) {
        auto *box = new QCheckBox(QString::fromStdString(name), this);
        box->setObjectName(QStringLiteral("scrapeProfile_") + box->text());
        box->setChecked(name == "cpu" || name == "mem"); // Pyroscope's default
        types->addWidget(box);
        m_profiles.append(box);
    }
    types->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("A&pplication:"), m_application);
    form->addRow(tr("&Interval:"), m_interval);
    form->addRow(tr("Profiles:"), types);
    m_add->setObjectName(QStringLiteral("scrapeAdd"));
    m_error->setObjectName(QStringLiteral("scrapeError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_table->setObjectName(QStringLiteral("scrapeTargets"));
    m_table->setHorizontalHeaderLabels({tr("Target"), tr("Profile"), tr("State"),
                                        tr("Last success"), tr("Duration"), tr("Scrapes"),
                                        tr("Last error")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_error, 1);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(close);
    resize(760, 420);
    connect(m_add, &QPushButton::clicked, this, &ScrapeDialog::onAdd);
    connect(m_url, &QLineEdit::returnPressed, this, &ScrapeDialog::onAdd);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_timer, &QTimer::timeout, this, &ScrapeDialog::refresh);
    m_timer->start(1000);
    refresh();
}

QCheckBox *ScrapeDialog::profileBox(const QString &name) const
{
    for (QCheckBox *box : m_profiles)
        if (box->text() == name)
            return box;
    return nullptr;
}

bool ScrapeDialog::addTarget(const QString &url, const QString &application, int intervalSeconds,
                             const QStringList &profiles, QString *error)
{
    const auto fail = [&](const QString &message) {
        *error = message;
        m_error->setText(message);
        m_error->show();
        return false;
    };
    ScrapeManager *manager = m_receiver->scrapeManager();
    if (!manager)
        return fail(tr("The server is not running: turn on File > Receive Pushes."));
    QString problem;
    const std::optional<ScrapeTargetSpec> target = ScrapeTargetSpec::forUrl(url, &problem);
    if (!target)
        return fail(problem);
    if (profiles.isEmpty())
        return fail(tr("Choose at least one profile."));
    int added = 0;
    for (const QString &name : profiles) {
        ScrapeTargetSpec spec = *target;
        spec.job = "pyrograph";
        spec.application = application.trimmed().isEmpty()
            ? spec.address.substr(0, spec.address.rfind(':'))
            : application.trimmed().toStdString();
        spec.profile = *ScrapeProfile::fromConfigName(name.toStdString());
        spec.intervalMs = qint64(intervalSeconds) * 1000;
        // Pyroscope's 15 s default, or the interval when it is longer.
        spec.timeoutMs = std::max<qint64>(15000, spec.intervalMs);
        QString why;
        if (manager->add(spec, &why))
            ++added;
        else
            *error = why;
    }
    refresh();
    if (added == 0)
        return fail(*error);
    m_error->hide();
    return true;
}

void ScrapeDialog::onAdd()
{
    QStringList profiles;
    for (QCheckBox *box : m_profiles)
        if (box->isChecked())
            profiles.append(box->text());
    QString error;
    if (addTarget(m_url->text(), m_application->text(), m_interval->value(), profiles, &error))
        m_url->clear();
}

void ScrapeDialog::refresh()
{
    ScrapeManager *manager = m_receiver->scrapeManager();
    const std::vector<ScrapeManager::Entry> targets =
        manager ? manager->targets() : std::vector<ScrapeManager::Entry>();
    m_table->setRowCount(int(targets.size()));
    for (int row = 0; row < int(targets.size()); ++row) {
        const ScrapeManager::Entry &entry = targets[size_t(row)];
        const ScrapeTargetState &state = entry.state;
        const QStringList cells{
            QString::fromStdString(entry.spec.address),
            QString::fromStdString(entry.spec.profile.name),
            QString::fromLatin1(ScrapeTargetState::healthName(state.health)),
            timeText(state.lastSuccessMs),
            state.lastDurationMs >= 0 ? tr("%1 ms").arg(state.lastDurationMs) : QStringLiteral("–"),
            QString::number(state.scrapes),
            state.lastError,
        };
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(cells[column]);
            item->setToolTip(column == 6 ? state.lastError : QString());
        }
    }
}
