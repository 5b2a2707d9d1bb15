#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QTableWidget;

// Help > About: the version, the Qt it was built with and runs on, and the
// licence of every library the executable links (the list follows the
// target_link_libraries of the CMake files; the Debian package's shlibdeps
// names the same libraries). Qt Charts, unlike the rest of Qt, is offered
// under the GPL only, which the dialog says since it decides the terms of the
// binary as a whole.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Component
    {
        QString name;    // "Qt Charts"
        QString licence; // an SPDX expression: "GPL-3.0-only"
        QString use;     // what Pyrograph uses it for
    };

    explicit AboutDialog(QWidget *parent = nullptr);

    static QList<Component> components();
    QLabel *heading() const { return m_heading; }
    QTableWidget *table() const { return m_table; }

private:
    QLabel *m_heading;
    QTableWidget *m_table;
};
