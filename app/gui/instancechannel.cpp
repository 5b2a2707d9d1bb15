#include "instancechannel.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QtEndian>

#include <unistd.h>

InstanceChannel::InstanceChannel(QString name, QObject *parent)
    : QObject(parent), m_name(std::move(name))
{ }

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::defaultName()
{
    const QString settings =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QByteArray hash =
        QCryptographicHash::hash(settings.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    const QString name = QStringLiteral("pyrograph-") + QString::fromLatin1(hash);
    // XDG_RUNTIME_DIR belongs to the user alone. Without it (QStandardPaths
    // would warn on every launch) QLocalServer puts the name in the temporary
    // folder, with the user id in it, and UserAccessOption keeps others out.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return runtime + u'/' + name;
    return name + u'-' + QString::number(::getuid());
}

bool InstanceChannel::sendToRunning(const QStringList &files, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QStringList absolute;
    for (const QString &f : files)
        absolute << (f == QLatin1String("-") ? f : QFileInfo(f).absoluteFilePath());
    QByteArray frame;
    QDataStream out(&frame, QIODevice::WriteOnly);
    out << absolute;
    QDataStream toSocket(&socket);
    toSocket << frame;
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (socket.bytesAvailable() < 1)
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    char answer = 0;
    return socket.getChar(&answer) && answer == ack;
}

bool InstanceChannel::listen()
{
    if (isListening())
        return true;
    // Asked first: with UserAccessOption Qt binds in a folder of its own and
    // renames the socket over the name, which would take it from a live
    // instance without an error. One that answers is alive; a socket file
    // that refuses is what a crashed instance left, and is removed.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500)) {
        m_error = tr("another instance listens on %1").arg(m_name);
        return false;
    }
    QLocalServer::removeServer(m_name);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        m_error = tr("cannot listen on %1: %2").arg(m_name, server->errorString());
        delete server;
        return false;
    }
    m_server = server;
    m_error.clear();
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::onNewConnection);
    return true;
}

bool InstanceChannel::isListening() const
{
    return m_server && m_server->isListening();
}

void InstanceChannel::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        readFrom(socket);
    }
}

void InstanceChannel::readFrom(QLocalSocket *socket)
{
    // The frame is a QByteArray as QDataStream writes it: a 32-bit big-endian
    // length, then the bytes. A length beyond any list of paths is not ours.
    if (socket->bytesAvailable() >= 4) {
        const QByteArray head = socket->peek(4);
        const quint32 size = qFromBigEndian<quint32>(head.constData());
        if (size != 0xffffffffu && size > maxMessageBytes) {
            socket->abort();
            return;
        }
    }
    // A frame may arrive in pieces; the transaction waits for the rest.
    QDataStream in(socket);
    in.startTransaction();
    QByteArray frame;
    in >> frame;
    if (!in.commitTransaction())
        return;
    QStringList files;
    QDataStream fromFrame(frame);
    fromFrame >> files;
    socket->putChar(ack);
    socket->flush();
    if (!files.isEmpty())
        emit filesReceived(files);
}
