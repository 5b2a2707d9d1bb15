#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where a saved connection's token or password lives: the system keychain
// (Secret Service, KWallet) through QtKeychain, or, only when the user agreed
// after a warning because no keychain answers, the plain settings file. The
// keychain is asynchronous (D-Bus), so every call answers through a callback
// on the GUI thread.
class SecretStore final : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    // done(ok, error): ok false when no keychain took it (error says why).
    void store(const QString &key, const QString &secret,
               std::function<void(bool ok, const QString &error)> done);
    // done(secret): from the keychain, else from the plain settings, else empty.
    void load(const QString &key, std::function<void(const QString &secret)> done);
    // From the keychain and the plain settings.
    void remove(const QString &key);

    // The fallback the user agreed to: readable by anyone who reads the
    // settings file.
    static void storePlain(const QString &key, const QString &secret);
    static bool hasPlain(const QString &key);

    static QString serviceName() { return QStringLiteral("Pyrograph"); }
};
