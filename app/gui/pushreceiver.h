#pragma once

#include "server/serveroptions.h"

#include <QObject>
#include <QString>

#include <memory>

class PyroscopeServer;
class ScrapeManager;

// File > Receive Pushes: the server of `pyrograph serve`, run inside the
// window's process, so SDKs can push to the library while the user looks at
// profiles. The server has threads of its own; this object only starts and
// stops it and reports each stored push on the GUI thread.
class PushReceiver final : public QObject
{
    Q_OBJECT
public:
    explicit PushReceiver(QObject *parent = nullptr);
    ~PushReceiver() override; // stops the server

    // Used by the next start(); by default 127.0.0.1:4040 and the default library.
    void setOptions(ServerOptions options) { m_options = std::move(options); }
    const ServerOptions &options() const { return m_options; }

    // False with error() saying why (the port is taken, the library cannot be opened).
    bool start();
    void stop();
    bool isRunning() const;
    QString error() const { return m_error; }
    QString url() const; // "http://127.0.0.1:4040"; empty while stopped
    QString libraryFile() const;
    qint64 receivedCount() const { return m_received; }
    // The running server's scrape targets (ScrapeDialog adds to them); null while stopped.
    ScrapeManager *scrapeManager() const;

signals:
    void runningChanged(bool running);
    // A push was stored: how many since start, and the service it came from.
    void received(qint64 count, const QString &service);

private:
    void onStored(const QString &service);

    ServerOptions m_options;
    std::unique_ptr<PyroscopeServer> m_server;
    QString m_error;
    qint64 m_received = 0;
};
