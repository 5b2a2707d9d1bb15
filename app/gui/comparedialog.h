#pragma once

#include "model/diffbuilder.h"
#include "model/profile.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>

#include "importers/importresult.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;

// File > Compare…: picks the baseline and the comparison, each an open tab or
// a file of any format (read here, off the GUI thread), and the sample type of
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

    explicit CompareDialog(const QList<Source> &openProfiles, QWidget *parent = nullptr);

    // For the GUI and tests: pick an open profile (index into openProfiles) or read a file.
    void setSource(Side side, int openIndex);
    void setFile(Side side, const QString &path);
    void setSampleType(Side side, int sampleType);

    ProfilePtr profile(Side side) const { return m_profiles[side]; }
    QString title(Side side) const { return m_titles[side]; }
    int sampleType(Side side) const;
    // Why OK is disabled, or empty.
    QString message() const;
    bool isReading() const;
    bool isAcceptable() const;

signals:
    // A file finished reading (successfully or not) and the pairing was redone.
    void sourcesChanged();

private:
    void sourceActivated(Side side, int index);
    void fileRead(Side side);
    void showProfile(Side side, ProfilePtr profile, const QString &title);
    void pair();
    void validate();

    QList<Source> m_open;
    ProfilePtr m_profiles[2];
    QString m_titles[2];
    QComboBox *m_sources[2];
    QComboBox *m_types[2];
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<ImportResult> m_readers[2];
    QString m_reading[2]; // the path being read
    bool m_updating = false;
};
