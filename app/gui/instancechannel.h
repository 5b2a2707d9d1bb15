#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One window per user session for files opened from a file manager: the first
// GUI launch listens on a local socket, and a later launch with files hands
// them over (the running window opens each in a new tab) and exits instead of
// opening a second window. The socket lives in the user's runtime folder and
// is named after the settings folder, so two users, or a test run with its own
// XDG_CONFIG_HOME, never reach each other's window. A socket file left by a
// crashed instance is recognised (nobody answers on it) and taken over.
//
// The message is one QDataStream frame, the absolute paths as a QStringList;
// the receiver answers one byte once it has emitted them, so a sender knows
// the files were taken and does not open them a second time.
class InstanceChannel final : public QObject
{
    Q_OBJECT
public:
    explicit InstanceChannel(QString name = defaultName(), QObject *parent = nullptr);
    ~InstanceChannel() override;

    // $XDG_RUNTIME_DIR/pyrograph-<hash of the settings folder>, or without a
    // runtime folder pyrograph-<hash>-<uid> in the temporary folder.
    static QString defaultName();
    QString name() const { return m_name; }

    // Hands files (made absolute here) to the instance listening on the name;
    // false when none answered within timeoutMs, and the caller opens them itself.
    bool sendToRunning(const QStringList &files, int timeoutMs = 3000) const;
    // Becomes the instance others hand their files to; false (errorString()
    // says why) when another live instance already listens.
    bool listen();
    bool isListening() const;
    QString errorString() const { return m_error; }

signals:
    void filesReceived(const QStringList &files);

private:
    void onNewConnection();
    void readFrom(QLocalSocket *socket);

    static constexpr qint64 maxMessageBytes = 4 * 1024 * 1024;
    static constexpr char ack = 'k';

    QString m_name;
    QString m_error;
    QLocalServer *m_server = nullptr;
};
