#include "secretstore.h"

#include <QSettings>

#include <qt6keychain/keychain.h>

namespace {
QString plainKey(const QString &key)
{
    return QStringLiteral("plainSecrets/") + key;
}
} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) { }

void SecretStore::store(const QString &key, const QString &secret,
                        std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError;
        if (ok)
            QSettings().remove(plainKey(key)); // the keychain replaces a plain copy
        done(ok, j->errorString());
    });
    job->start();
}

void SecretStore::load(const QString &key, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *j) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError)
            done(read->textData());
        else
            done(QSettings().value(plainKey(key)).toString());
    });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(key);
    job->start();
    QSettings().remove(plainKey(key));
}

void SecretStore::storePlain(const QString &key, const QString &secret)
{
    QSettings().setValue(plainKey(key), secret);
}

bool SecretStore::hasPlain(const QString &key)
{
    return QSettings().contains(plainKey(key));
}
