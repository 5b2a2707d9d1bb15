#pragma once

#include "server/serverconnection.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SecretStore;
class TimelineSource;

// File > Connect to Server: a Pyroscope server (Grafana Pyroscope 1.x, Grafana
// Cloud Profiles, `pyrograph serve`, Pyroscope OSS 0.x) by URL and name, with
// a bearer token or basic user and password, a tenant, a timeout and, for
// https, a CA file. Connect opens the server (ServerSources: its kind is
// detected) on the thread pool, so the window never waits on the network; the
// answer is connected() or the failure's message in the dialog. A certificate
// that no CA signed is trusted only after a warning that names its SHA-256
// fingerprint. A connection that worked is saved in the settings under its
// name; its token or password goes to the system keychain (SecretStore), or,
// when there is none, to the settings only if the user agrees after a
// warning. The last connection fills the fields the next time.
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
    QLineEdit *caFileEdit() const { return m_caFile; }
    // The fingerprint the user chose to trust for this connection.
    const QString &trustedFingerprint() const { return m_trustedFingerprint; }
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
    void onConnected(std::shared_ptr<const TimelineSource> source, const QString &error,
                     const QString &kind);
    void finish(std::shared_ptr<const TimelineSource> source);
    void save() const;
    void storeSecret(std::shared_ptr<const TimelineSource> source);
    void loadSecret(const QString &name);
    bool askToTrust(const QString &fingerprint);
    bool askToStorePlain(const QString &why);
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
    QLineEdit *m_caFile;
    QLabel *m_error;
    SecretStore *m_secrets;
    QString m_trustedFingerprint;
    QPushButton *m_connect;
    bool m_connecting = false;
};
