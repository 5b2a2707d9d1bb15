#pragma once

#include "importjob.h"

#include "model/diffbuilder.h"
#include "model/profile.h"

#include <QDialog>
#include <QList>

class JobTracker;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

// File > Compare…: picks the baseline and the comparison, each an open tab or
// a file of any format (read here, off the GUI thread, with a progress bar and
// a Cancel button under the side that reads it), and the sample type of
// each. The types are paired as the command line pairs them
// (DiffBuilder::pairSampleTypes); the user may pick others, and a pair whose
// units differ is refused in the dialog with a message naming both.
class CompareDialog final : public QDialog
{
    Q_OBJECT
public:
    // A profile that is already open.
    struct Source
    {
        QString title;
        ProfilePtr profile;
    };
    enum Side { Baseline = 0, Comparison = 1 };

    // recordings: the latest adhoc recordings' files, newest first
    // (RecentRecordings), offered after the open tabs; with fewer than two
    // tabs open, the newest and the one before it of the same command are
    // picked, so two runs of a command are compared at once.
    explicit CompareDialog(const QList<Source> &openProfiles, QWidget *parent = nullptr,
                           const QStringList &recordings = {});

    // For the GUI and tests: pick an open profile (index into openProfiles) or read a file.
    void setSource(Side side, int openIndex);
    // title: what the side is called (default: the file name).
    void setFile(Side side, const QString &path, const QString &title = {});
    // Stops reading the side's file; the side is then unchosen.
    void cancelReading(Side side);
    void setSampleType(Side side, int sampleType);
    // What reads a file (tests substitute a slow or failing one).
    void setReader(ImportJob::Reader reader) { m_reader = std::move(reader); }

    ProfilePtr profile(Side side) const { return m_profiles[side]; }
    QString title(Side side) const { return m_titles[side]; }
    int sampleType(Side side) const;
    // Why OK is disabled, or empty.
    QString message() const;
    bool isReading() const;
    bool isAcceptable() const;

signals:
    // A file finished reading (successfully or not) or its reading was
    // cancelled, and the pairing was redone.
    void sourcesChanged();

private:
    void sourceActivated(Side side, int index);
    void fileRead(Side side, const QString &path, const ImportResult &result);
    void showReading(Side side, bool reading);
    void showProfile(Side side, ProfilePtr profile, const QString &title);
    void pair();
    void validate();

    QList<Source> m_open;
    ProfilePtr m_profiles[2];
    QString m_titles[2];
    QComboBox *m_sources[2];
    QComboBox *m_types[2];
    QProgressBar *m_progress[2];
    QPushButton *m_cancel[2];
    QWidget *m_readingRow[2]; // the progress and the Cancel, shown while reading
    QString m_reading[2];     // the path being read
    JobTracker *m_readers[2];
    ImportJob::Reader m_reader = ImportJob::defaultReader();
    QFormLayout *m_form;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_updating = false;
};
