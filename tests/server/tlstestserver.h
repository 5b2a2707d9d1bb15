#pragma once

// Certificates made by openssl's own command, and a Pyroscope querier over
// https with one: what tst_TlsTrust and the connection dialog's test share.

#include "tests/support/loopbackhttpserver.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <httplib.h>

namespace tlstest {
// openssl's own command makes the certificate and says its fingerprint, so
// the fingerprint TlsTrust computes is checked against another implementation.
inline bool openssl(const QStringList &arguments, QString *out)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *out = QString::fromUtf8(process.readAllStandardError());
        if (process.error() == QProcess::FailedToStart)
            *out = QStringLiteral("openssl is missing (Debian package openssl)");
        return false;
    }
    *out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return true;
}

// A self-signed certificate for subjectAltName san, and its SHA-256 fingerprint.
struct Certificate
{
    QString cert, key, fingerprint;
};

inline bool makeCertificate(const QString &dir, const QString &name, const QString &san,
                            Certificate *made, QString *error)
{
    made->cert = dir + u'/' + name + QStringLiteral(".pem");
    made->key = dir + u'/' + name + QStringLiteral("-key.pem");
    if (!openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                  "-nodes", "-days", "2", "-subj", "/CN=pyrograph-test", "-addext",
                  "subjectAltName=" + san, "-keyout", made->key, "-out", made->cert},
                 error))
        return false;
    QString printed;
    if (!openssl({"x509", "-in", made->cert, "-noout", "-fingerprint", "-sha256"}, &printed)) {
        *error = printed;
        return false;
    }
    made->fingerprint = printed.section(u'=', 1).trimmed().toUpper();
    return true;
}

// A Pyroscope querier over https with that certificate: it answers ProfileTypes.
class TlsServer
{
public:
    explicit TlsServer(const Certificate &certificate)
        : m_http(certificate.cert.toUtf8().constData(), certificate.key.toUtf8().constData())
    {
        m_http.routes().Post("/querier.v1.QuerierService/ProfileTypes",
                             [](const httplib::Request &, httplib::Response &res) {
                                 // An empty ProfileTypesResponse: no bytes at all.
                                 res.set_content("", "application/proto");
                             });
        m_http.start();
    }
    bool isValid() { return m_http.isValid(); }
    QString url() const { return m_http.url({}, "https"); }

private:
    testutil::LoopbackHttpServer<httplib::SSLServer> m_http;
};

} // namespace tlstest
