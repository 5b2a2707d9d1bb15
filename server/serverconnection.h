#pragma once

#include <QString>

// Where a Pyroscope server is and how to sign in to it: what a connection
// holds (the CLI's --token, --user, --password, --tenant, or the variables
// Pyroscope's own clients read). At most one of token and user is used; a
// token wins.
struct ServerConnection
{
    QString url;   // http:// or https://, with any path prefix the server is under
    QString token; // "Authorization: Bearer ..."
    QString user;  // basic authentication, as Grafana Cloud wants it
    QString password;
    QString tenant;        // X-Scope-OrgID
    int timeoutMs = 30000; // the connect, and each read and write
    // https: a CA file that replaces the system's CAs, and the SHA-256
    // fingerprint of one certificate the user has checked and trusts even
    // though no CA signed it (TlsTrust).
    QString caFile;
    QString trustedFingerprint;

    // True for an http:// or https:// URL: a SOURCE that names a server.
    static bool isUrl(const QString &source);
    // Fills what is empty from PYROGRAPH_TOKEN, PYROSCOPE_BASIC_AUTH_USER,
    // PYROSCOPE_BASIC_AUTH_PASSWORD and PYROSCOPE_TENANT_ID.
    void addEnvironment();
};
