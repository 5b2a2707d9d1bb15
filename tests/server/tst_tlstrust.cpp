#include "tests/support/testregistry.h"

#include "server/servertimelinesource.h"
#include "server/tlstrust.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>

#include <chrono>
#include <thread>

namespace {
// openssl's own command makes the certificate and says its fingerprint, so
// the fingerprint TlsTrust computes is checked against another implementation.
bool openssl(const QStringList &arguments, QString *out)
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

bool makeCertificate(const QString &dir, const QString &name, const QString &san,
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
        : m_server(certificate.cert.toUtf8().constData(), certificate.key.toUtf8().constData())
    {
        m_server.Post("/querier.v1.QuerierService/ProfileTypes",
                      [](const httplib::Request &, httplib::Response &res) {
                          // An empty ProfileTypesResponse: no bytes at all.
                          res.set_content("", "application/proto");
                      });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~TlsServer()
    {
        m_server.stop();
        m_thread.join();
    }
    bool isValid() { return m_server.is_valid(); }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }

private:
    httplib::SSLServer m_server;
    std::thread m_thread;
    int m_port = 0;
};

bool connects(ServerConnection connection, QString *error)
{
    connection.timeoutMs = 10000;
    return ServerTimelineSource::open(std::move(connection), error) != nullptr;
}
} // namespace

// https to a server whose certificate no CA signed (TlsTrust): refused with a
// message that names the certificate's fingerprint, accepted once that very
// fingerprint is trusted or its CA file given, never for another fingerprint
// or for a certificate that names another host.
class tst_TlsTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Certificate m_self;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(makeCertificate(m_dir.path(), QStringLiteral("self"),
                                 QStringLiteral("IP:127.0.0.1"), &m_self, &error),
                 qPrintable(error));
        QCOMPARE(m_self.fingerprint.size(), 95); // 32 bytes as hex pairs with colons
    }

    void normalizesWhatUsersPaste()
    {
        const QString colons = m_self.fingerprint;
        QString bare = colons;
        bare.remove(u':');
        QCOMPARE(TlsTrust::normalizeFingerprint(bare.toLower()), colons);
        QCOMPARE(TlsTrust::normalizeFingerprint(QStringLiteral(" ") + colons.toLower()), colons);
        QVERIFY(TlsTrust::normalizeFingerprint(bare.left(62)).isEmpty());
        QVERIFY(TlsTrust::normalizeFingerprint(bare.left(63) + u'G').isEmpty());
    }

    void selfSignedIsRefusedNamingItsFingerprint()
    {
        TlsServer server(m_self);
        QVERIFY(server.isValid());
        ServerConnection connection;
        connection.url = server.url();
        QString error;
        QVERIFY(!connects(connection, &error));
        QVERIFY2(error.contains(QStringLiteral("not trusted"))
                     && error.contains(m_self.fingerprint)
                     && error.contains(QStringLiteral("--trust-fingerprint")),
                 qPrintable(error));
        QCOMPARE(TlsTrust::untrustedFingerprintIn(error), m_self.fingerprint);
    }

    void trustedFingerprintOrCaFileIsAccepted()
    {
        TlsServer server(m_self);
        ServerConnection connection;
        connection.url = server.url();
        QString error;
        connection.trustedFingerprint = m_self.fingerprint;
        QVERIFY2(connects(connection, &error), qPrintable(error));

        ServerConnection withCa;
        withCa.url = server.url();
        withCa.caFile = m_self.cert;
        QVERIFY2(connects(withCa, &error), qPrintable(error));
    }

    void anotherFingerprintIsRefused()
    {
        TlsServer server(m_self);
        ServerConnection connection;
        connection.url = server.url();
        QString other = m_self.fingerprint;
        other.replace(0, 2, other.startsWith(QStringLiteral("00")) ? QStringLiteral("11")
                                                                    : QStringLiteral("00"));
        connection.trustedFingerprint = other;
        QString error;
        QVERIFY(!connects(connection, &error));
        QVERIFY2(error.contains(m_self.fingerprint), qPrintable(error));
    }

    void aCertificateForAnotherHostIsRefusedEvenWhenTrusted()
    {
        Certificate elsewhere;
        QString error;
        QVERIFY2(makeCertificate(m_dir.path(), QStringLiteral("elsewhere"),
                                 QStringLiteral("DNS:profiles.example.org"), &elsewhere, &error),
                 qPrintable(error));
        TlsServer server(elsewhere);
        ServerConnection connection;
        connection.url = server.url();
        connection.trustedFingerprint = elsewhere.fingerprint;
        QVERIFY(!connects(connection, &error));
        QVERIFY2(error.contains(QStringLiteral("does not name the host")), qPrintable(error));
    }

    void anUnreadableCaFileIsNamed()
    {
        TlsServer server(m_self);
        ServerConnection connection;
        connection.url = server.url();
        connection.caFile = m_dir.filePath(QStringLiteral("missing.pem"));
        QString error;
        QVERIFY(!connects(connection, &error));
        QVERIFY2(error.contains(QStringLiteral("TLS")), qPrintable(error));
    }
};

PYROGRAPH_TEST_MAIN(tst_TlsTrust)
#include "tst_tlstrust.moc"
