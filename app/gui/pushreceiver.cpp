#include "pushreceiver.h"

#include "library/library.h"
#include "server/pyroscopeserver.h"

#include <QMetaObject>

PushReceiver::PushReceiver(QObject *parent)
    : QObject(parent)
{
}

PushReceiver::~PushReceiver()
{
    stop();
}

bool PushReceiver::start()
{
    if (isRunning())
        return true;
    m_error.clear();
    m_received = 0;
    auto server = std::make_unique<PyroscopeServer>(m_options);
    // Called on a server thread; the queued call is dropped if this object is
    // gone, and stop() joins those threads before it is.
    server->setOnPush([this](const ProfileRecord &record) {
        QString service;
        for (const auto &[name, value] : record.labels) {
            if (name == LabelNames::serviceName)
                service = QString::fromStdString(value);
        }
        QMetaObject::invokeMethod(this, [this, service] { onStored(service); }, Qt::QueuedConnection);
    });
    m_error = server->start();
    if (!m_error.isEmpty())
        return false;
    m_server = std::move(server);
    emit runningChanged(true);
    return true;
}

void PushReceiver::stop()
{
    if (!m_server)
        return;
    m_server->stop();
    m_server.reset();
    emit runningChanged(false);
}

bool PushReceiver::isRunning() const
{
    return m_server && m_server->isRunning();
}

QString PushReceiver::url() const
{
    return isRunning() ? QStringLiteral("http://") + QString::fromStdString(m_server->address()) : QString();
}

ScrapeManager *PushReceiver::scrapeManager() const
{
    return isRunning() ? m_server->scrapeManager() : nullptr;
}

QString PushReceiver::libraryFile() const
{
    if (m_server && m_server->library())
        return m_server->library()->file();
    return m_options.libraryFile.isEmpty() ? Library::defaultFile() : m_options.libraryFile;
}

void PushReceiver::onStored(const QString &service)
{
    if (!isRunning())
        return;
    ++m_received;
    emit received(m_received, service);
}
