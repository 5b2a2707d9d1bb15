#pragma once

#include <QString>

namespace httplib {
class Client;
}

// Which server certificates an https request accepts: those the system's CAs
// (or the connection's CA file) sign, and one more that the user has seen and
// trusted by its SHA-256 fingerprint (a self-signed certificate, as a team's
// own Pyroscope often has). It also remembers the certificate it saw, so that
// a refusal can name the fingerprint for the user to check before trusting it.
// One per request: OpenSSL calls back into it during the handshake.
class TlsTrust final
{
public:
    TlsTrust(QString caFile, QString trustedFingerprint);

    // Sets the CA file and the verification callback on an https client.
    void install(httplib::Client &client);

    // "AB:CD:..." of the certificate the server showed; empty before a handshake.
    const QString &seenFingerprint() const { return m_seenFingerprint; }
    // OpenSSL's reason when the chain did not verify; empty when it did (or
    // when the fingerprint was trusted).
    const QString &verifyError() const { return m_verifyError; }

    // Upper-case hex pairs joined by colons, from any spacing or case the
    // user pasted; empty when it is no SHA-256 fingerprint.
    static QString normalizeFingerprint(const QString &text);
    // The fingerprint a refusal names (QuerierClient's message for a
    // certificate no CA signed), so that a dialog can offer to trust it; empty
    // for any other message.
    static QString untrustedFingerprintIn(const QString &message);

private:
    static int verify(void *storeContext, void *self);

    QString m_caFile;
    QString m_trusted;
    QString m_seenFingerprint;
    QString m_verifyError;
};
