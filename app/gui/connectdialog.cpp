#include "connectdialog.h"

#include "secretstore.h"

#include "server/serversources.h"
#include "server/tlstrust.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThreadPool>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const QString group = QStringLiteral("connections");
const QString orderKey = QStringLiteral("connectionOrder");
enum Auth { None, Token, Basic };

QString secretKey(const QString &name)
{
    return QStringLiteral("connection/") + name;
}
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to Server"));
    m_savedBox = new QComboBox(this);
    m_savedBox->addItem(tr("New connection"));
    m_savedBox->addItems(savedNames());
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("http://localhost:4040"));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("the URL's host"));
    m_auth = new QComboBox(this);
    m_auth->addItems({tr("None"), tr("Bearer token"), tr("User and password")});
    m_token = new QLineEdit(this);
    m_token->setEchoMode(QLineEdit::Password);
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_tenant = new QLineEdit(this);
    m_tenant->setPlaceholderText(tr("X-Scope-OrgID, if the server has tenants"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(ServerConnection().timeoutMs / 1000);
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("https: the system's CAs"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA Certificate"), QString(), tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    m_secrets = new SecretStore(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Saved:"), m_savedBox);
    form->addRow(tr("URL:"), m_url);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Authentication:"), m_auth);
    form->addRow(tr("Token:"), m_token);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Tenant:"), m_tenant);
    form->addRow(tr("Timeout:"), m_timeout);
    form->addRow(tr("CA file:"), caRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectToServer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateAuthFields);
    connect(m_savedBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index <= 0)
            return;
        const QString chosen = m_savedBox->itemText(index);
        setConnection(chosen, saved(chosen));
        m_auth->setCurrentIndex(
            QSettings().value(group + u'/' + chosen + QStringLiteral("/auth"), None).toInt());
        loadSecret(chosen);
    });
    if (m_savedBox->count() > 1)
        m_savedBox->setCurrentIndex(1);
    updateAuthFields();
}

void ConnectDialog::updateAuthFields()
{
    m_token->setEnabled(m_auth->currentIndex() == Token);
    m_user->setEnabled(m_auth->currentIndex() == Basic);
    m_password->setEnabled(m_auth->currentIndex() == Basic);
}

ServerConnection ConnectDialog::connection() const
{
    ServerConnection c;
    c.url = m_url->text().trimmed();
    if (m_auth->currentIndex() == Token)
        c.token = m_token->text();
    if (m_auth->currentIndex() == Basic) {
        c.user = m_user->text();
        c.password = m_password->text();
    }
    c.tenant = m_tenant->text().trimmed();
    c.timeoutMs = m_timeout->value() * 1000;
    c.caFile = m_caFile->text().trimmed();
    c.trustedFingerprint = m_trustedFingerprint;
    return c;
}

QString ConnectDialog::name() const
{
    const QString typed = m_name->text().trimmed();
    return typed.isEmpty() ? QUrl(m_url->text().trimmed()).host() : typed;
}

void ConnectDialog::setConnection(const QString &name, const ServerConnection &connection)
{
    m_url->setText(connection.url);
    m_name->setText(name);
    m_auth->setCurrentIndex(!connection.token.isEmpty()      ? Token
                                : !connection.user.isEmpty() ? Basic
                                                             : None);
    m_token->setText(connection.token);
    m_user->setText(connection.user);
    m_password->setText(connection.password);
    m_tenant->setText(connection.tenant);
    m_timeout->setValue(connection.timeoutMs / 1000);
    m_caFile->setText(connection.caFile);
    m_trustedFingerprint = connection.trustedFingerprint;
}

void ConnectDialog::connectToServer()
{
    if (!ServerConnection::isUrl(m_url->text().trimmed())) {
        m_error->setText(tr("The URL must start with http:// or https://"));
        return;
    }
    m_connecting = true;
    m_connect->setEnabled(false);
    m_error->setText(tr("Connecting…"));
    QPointer<ConnectDialog> self(this);
    QThreadPool::globalInstance()->start([self, connection = connection()] {
        QString error;
        ServerSources::Kind kind = ServerSources::Kind::Querier;
        std::shared_ptr<const TimelineSource> source =
            ServerSources::open(connection, &error, &kind);
        const QString kindName = ServerSources::kindName(kind);
        QMetaObject::invokeMethod(
            QThreadPool::globalInstance(),
            [self, source, error, kindName] {
                if (self)
                    self->onConnected(source, error, kindName);
            },
            Qt::QueuedConnection);
    });
}

void ConnectDialog::onConnected(std::shared_ptr<const TimelineSource> source, const QString &error,
                                const QString &kind)
{
    m_connecting = false;
    m_connect->setEnabled(true);
    if (!source) {
        m_error->setText(error);
        const QString fingerprint = TlsTrust::untrustedFingerprintIn(error);
        if (!fingerprint.isEmpty() && fingerprint != m_trustedFingerprint
            && askToTrust(fingerprint)) {
            m_trustedFingerprint = fingerprint;
            connectToServer();
        }
        return;
    }
    m_error->setText(tr("Connected: %1").arg(kind));
    save();
    storeSecret(std::move(source));
}

bool ConnectDialog::askToTrust(const QString &fingerprint)
{
    QMessageBox box(QMessageBox::Warning, tr("Untrusted Certificate"),
                    tr("No certificate authority this system trusts signed the certificate of "
                       "%1.\n\nSHA-256 fingerprint:\n%2\n\nTrust it only if this is your "
                       "server's certificate (compare the fingerprint with the server's).")
                        .arg(m_url->text().trimmed(), fingerprint),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("untrustedCertificate"));
    QPushButton *trust = box.addButton(tr("Trust This Certificate"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == trust;
}

bool ConnectDialog::askToStorePlain(const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("No Keychain"),
                    tr("No system keychain is available to keep the secret of \"%1\" (%2).\n\n"
                       "Store it in Pyrograph's settings file as plain text, readable by anyone "
                       "who can read that file? Otherwise you type it again next time.")
                        .arg(name(), why),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("plainSecret"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void ConnectDialog::storeSecret(std::shared_ptr<const TimelineSource> source)
{
    const ServerConnection c = connection();
    const QString secret = !c.token.isEmpty() ? c.token : c.password;
    const QString key = secretKey(name());
    if (secret.isEmpty()) {
        m_secrets->remove(key);
        finish(std::move(source));
        return;
    }
    m_connect->setEnabled(false);
    m_secrets->store(key, secret,
                     [this, key, secret, source = std::move(source)](bool ok, const QString &why) {
                         m_connect->setEnabled(true);
                         if (!ok && askToStorePlain(why))
                             SecretStore::storePlain(key, secret);
                         finish(source);
                     });
}

void ConnectDialog::loadSecret(const QString &name)
{
    m_secrets->load(secretKey(name), [this, name](const QString &secret) {
        if (secret.isEmpty() || m_name->text().trimmed() != name)
            return; // another connection was picked meanwhile
        if (m_auth->currentIndex() == Token)
            m_token->setText(secret);
        else if (m_auth->currentIndex() == Basic)
            m_password->setText(secret);
    });
}

void ConnectDialog::finish(std::shared_ptr<const TimelineSource> source)
{
    Q_EMIT connected(std::move(source), name());
    accept();
}

void ConnectDialog::save() const
{
    // No token or password here: storeSecret() puts it in the keychain.
    const ServerConnection c = connection();
    QSettings settings;
    settings.beginGroup(group);
    settings.beginGroup(name());
    settings.setValue(QStringLiteral("url"), c.url);
    settings.setValue(QStringLiteral("user"), c.user);
    settings.setValue(QStringLiteral("tenant"), c.tenant);
    settings.setValue(QStringLiteral("timeoutMs"), c.timeoutMs);
    settings.setValue(QStringLiteral("auth"), m_auth->currentIndex());
    settings.setValue(QStringLiteral("caFile"), c.caFile);
    settings.setValue(QStringLiteral("trustedFingerprint"), c.trustedFingerprint);
    settings.endGroup();
    settings.endGroup();
    QStringList order = savedNames();
    order.removeAll(name());
    order.prepend(name());
    settings.setValue(orderKey, order);
}

QStringList ConnectDialog::savedNames()
{
    return QSettings().value(orderKey).toStringList();
}

ServerConnection ConnectDialog::saved(const QString &name)
{
    QSettings settings;
    settings.beginGroup(group);
    settings.beginGroup(name);
    ServerConnection c;
    c.url = settings.value(QStringLiteral("url")).toString();
    c.user = settings.value(QStringLiteral("user")).toString();
    c.tenant = settings.value(QStringLiteral("tenant")).toString();
    c.timeoutMs = settings.value(QStringLiteral("timeoutMs"), c.timeoutMs).toInt();
    c.caFile = settings.value(QStringLiteral("caFile")).toString();
    c.trustedFingerprint = settings.value(QStringLiteral("trustedFingerprint")).toString();
    return c;
}
