#include "recorddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RecordDialog::RecordDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Record"));
    m_command = new QLineEdit(this);
    m_command->setPlaceholderText(tr("Program, e.g. ./server or node"));
    m_arguments = new QLineEdit(this);
    m_arguments->setPlaceholderText(tr("Its arguments; \"double quotes\" keep words together"));
    m_workingDirectory = new QLineEdit(QDir::currentPath(), this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Working Folder"),
                                                              m_workingDirectory->text());
        if (!dir.isEmpty())
            m_workingDirectory->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_workingDirectory);
    folderRow->addWidget(browse);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Automatic (perf for a native program, else SDK pushes)"),
                    int(Recorder::Mode::Auto));
    m_mode->addItem(tr("perf record"), int(Recorder::Mode::Perf));
    m_mode->addItem(tr("Pyroscope SDK pushes"), int(Recorder::Mode::Push));

    auto *form = new QFormLayout;
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("&Arguments:"), m_arguments);
    auto *folderLabel = new QLabel(tr("&Working folder:"), this);
    folderLabel->setBuddy(m_workingDirectory);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Mode:"), m_mode);

    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setPlaceholderText(tr("The command's output"));

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Start Recording"), QDialogButtonBox::ActionRole);
    m_stop = buttons->addButton(tr("S&top"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &RecordDialog::startRecording);
    connect(m_stop, &QPushButton::clicked, &m_recorder, &Recorder::stop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_elapsed);
    timeRow->addWidget(m_status, 1);
    layout->addLayout(timeRow);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);

    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &RecordDialog::updateElapsed);
    connect(&m_recorder, &Recorder::output, this, [this](const QString &text) {
        m_log->moveCursor(QTextCursor::End);
        m_log->insertPlainText(text);
    });
    connect(&m_recorder, &Recorder::finished, this, &RecordDialog::onFinished);
    setRecording(false);
    updateElapsed();
    resize(640, 420);
}

QString RecordDialog::log() const
{
    return m_log->toPlainText();
}

void RecordDialog::startRecording()
{
    Recorder::Request request;
    request.program = m_command->text().trimmed();
    request.arguments = QProcess::splitCommand(m_arguments->text());
    request.workingDirectory = m_workingDirectory->text();
    request.mode = Recorder::Mode(m_mode->currentData().toInt());
    request.libraryFile = m_libraryFile;
    m_log->clear();
    if (!m_recorder.start(request)) {
        m_status->setText(m_recorder.error());
        return;
    }
    m_status->setText(tr("Recording %1…").arg(request.program));
    setRecording(true);
}

void RecordDialog::setRecording(bool recording)
{
    m_start->setEnabled(!recording);
    m_stop->setEnabled(recording);
    m_command->setEnabled(!recording);
    m_arguments->setEnabled(!recording);
    m_workingDirectory->setEnabled(!recording);
    m_mode->setEnabled(!recording);
    if (recording)
        m_tick.start();
    else
        m_tick.stop();
}

void RecordDialog::updateElapsed()
{
    const qint64 ms = m_recorder.elapsedMs();
    m_elapsed->setText(tr("Elapsed: %1:%2.%3")
                           .arg(ms / 60000)
                           .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
                           .arg((ms / 100) % 10));
}

void RecordDialog::onFinished(int exitCode, const QStringList &files)
{
    setRecording(false);
    updateElapsed();
    if (files.isEmpty()) {
        m_status->setText(
            tr("Nothing was recorded (exit status %1); see the output below.").arg(exitCode));
        return;
    }
    m_status->setText(
        tr("Recorded %n profile(s) (exit status %1).", nullptr, int(files.size())).arg(exitCode));
    Q_EMIT recorded(files);
}
