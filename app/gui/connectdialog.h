#pragma once

#include "server/serverconnection.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class TimelineSource;

// File > Connect to Server: a Pyroscope server (Grafana Pyroscope 1.x, Grafana
// Cloud Profiles, `pyrograph serve`) by URL and name, with a bearer token or
// basic user and password, a tenant and a timeout. Connect asks the server for
// its profile types on the thread pool, so the window never waits on the
// network; the answer is connected() or the failure's message in the dialog.
// A connection that worked is saved in the settings under its name, without
// its token or password (no secret goes to plain settings), and the last one
// fills the fields the next time.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    ServerConnection connection() const;
    QString name() const;
    void setConnection(const QString &name, const ServerConnection &connection);
    // Starts connecting with the fields; connected() or an error follows.
    void connectToServer();
    bool isConnecting() const { return m_connecting; }

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *connectButton() const { return m_connect; }

    // The saved connections' names, the last used first.
    static QStringList savedNames();
    // A saved connection, its secrets empty.
    static ServerConnection saved(const QString &name);

Q_SIGNALS:
    void connected(std::shared_ptr<const TimelineSource> source, const QString &name);

private:
    void onConnected(std::shared_ptr<const TimelineSource> source, const QString &error);
    void save() const;
    void updateAuthFields();

    QComboBox *m_savedBox;
    QLineEdit *m_url;
    QLineEdit *m_name;
    QComboBox *m_auth;
    QLineEdit *m_token;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_tenant;
    QSpinBox *m_timeout;
    QLabel *m_error;
    QPushButton *m_connect;
    bool m_connecting = false;
};
