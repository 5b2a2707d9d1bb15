#include "tlstrust.h"

#include <QRegularExpression>

#include <httplib.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <utility>

TlsTrust::TlsTrust(QString caFile, QString trustedFingerprint)
    : m_caFile(std::move(caFile)), m_trusted(normalizeFingerprint(trustedFingerprint))
{ }

void TlsTrust::install(httplib::Client &client)
{
    if (!m_caFile.isEmpty())
        client.set_ca_cert_path(m_caFile.toStdString());
    client.enable_server_certificate_verification(true);
    if (SSL_CTX *context = client.ssl_context()) {
        SSL_CTX_set_cert_verify_callback(
            context,
            [](X509_STORE_CTX *store, void *self) { return verify(store, self); }, this);
    }
}

int TlsTrust::verify(void *storeContext, void *self)
{
    auto *store = static_cast<X509_STORE_CTX *>(storeContext);
    auto *trust = static_cast<TlsTrust *>(self);
    const int verified = X509_verify_cert(store);
    if (X509 *leaf = X509_STORE_CTX_get0_cert(store)) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (X509_digest(leaf, EVP_sha256(), digest, &length) == 1) {
            trust->m_seenFingerprint = normalizeFingerprint(QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex()));
        }
    }
    if (verified == 1) {
        trust->m_verifyError.clear();
        return 1;
    }
    if (!trust->m_trusted.isEmpty() && trust->m_trusted == trust->m_seenFingerprint) {
        // The user checked this very certificate: the chain's failure (a
        // self-signed or private CA) no longer counts. The host name is still
        // checked by cpp-httplib afterwards.
        X509_STORE_CTX_set_error(store, X509_V_OK);
        trust->m_verifyError.clear();
        return 1;
    }
    trust->m_verifyError =
        QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(store)));
    return 0;
}

QString TlsTrust::normalizeFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            hex += c.toUpper();
        else if (c != u':' && !c.isSpace())
            return {};
    }
    // A SHA-256 digest is 32 bytes.
    if (hex.size() != 64)
        return {};
    for (const QChar c : hex) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F')))
            return {};
    }
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i)
            out += u':';
        out += hex.mid(i, 2);
    }
    return out;
}

QString TlsTrust::untrustedFingerprintIn(const QString &message)
{
    static const QRegularExpression pattern(
        QStringLiteral("certificate is not trusted .*fingerprint is ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})"));
    return pattern.match(message).captured(1);
}
