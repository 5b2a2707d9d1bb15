#pragma once

#include "recorder.h"

#include <QDialog>
#include <QStringList>
#include <QTimer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// File > Record…, as KDAB Hotspot's Record page: the command, its arguments,
// the working folder and the mode (perf for a native program, SDK pushes for
// a script), then Start; while it records, a live elapsed time, the command's
// output and Stop. The recording runs in its own process (Recorder), so the
// window stays responsive; when it ends, recorded() hands the files on to be
// opened in tabs.
class RecordDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RecordDialog(QWidget *parent = nullptr);

    Recorder *recorder() { return &m_recorder; }
    QLineEdit *commandEdit() const { return m_command; }
    QLineEdit *argumentsEdit() const { return m_arguments; }
    QLineEdit *workingDirectoryEdit() const { return m_workingDirectory; }
    QComboBox *modeBox() const { return m_mode; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *elapsedLabel() const { return m_elapsed; }
    QLabel *statusLabel() const { return m_status; }
    QString log() const;
    // Tests keep recordings out of the user's library.
    void setLibraryFile(const QString &file) { m_libraryFile = file; }

    void startRecording();

Q_SIGNALS:
    void recorded(const QStringList &files);

private:
    void onFinished(int exitCode, const QStringList &files);
    void updateElapsed();
    void setRecording(bool recording);

    Recorder m_recorder;
    QTimer m_tick;
    QString m_libraryFile;
    QLineEdit *m_command = nullptr;
    QLineEdit *m_arguments = nullptr;
    QLineEdit *m_workingDirectory = nullptr;
    QComboBox *m_mode = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_log = nullptr;
};
