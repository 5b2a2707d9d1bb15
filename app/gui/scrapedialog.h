#pragma once

#include <QDialog>
#include <QStringList>

class PushReceiver;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

// File > Scrape a Target: adds a Go program's net/http/pprof to the scrapes of
// the server that File > Receive Pushes runs in the window (its ScrapeManager,
// as `pyrograph serve --scrape` would) and shows every target's state, read
// again each second: health, last error, last success, last scrape's duration.
// The server must be running; MainWindow starts it before it opens this.
class ScrapeDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ScrapeDialog(PushReceiver *receiver, QWidget *parent = nullptr);

    // What Add does with the fields: one target per checked profile; false
    // with *error (also shown in the dialog) when none could be added.
    // application names the service (service_name); empty: the URL's host.
    bool addTarget(const QString &url, const QString &application, int intervalSeconds,
                   const QStringList &profiles, QString *error);
    void refresh();

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *applicationEdit() const { return m_application; }
    QSpinBox *intervalBox() const { return m_interval; }
    QCheckBox *profileBox(const QString &name) const;
    QPushButton *addButton() const { return m_add; }
    QTableWidget *table() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }

private:
    void onAdd();

    PushReceiver *m_receiver;
    QLineEdit *m_url;
    QLineEdit *m_application;
    QSpinBox *m_interval;
    QList<QCheckBox *> m_profiles;
    QPushButton *m_add;
    QLabel *m_error;
    QTableWidget *m_table;
    QTimer *m_timer;
};
