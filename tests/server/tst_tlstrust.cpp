#include "tests/support/testregistry.h"

#include "server/servertimelinesource.h"
#include "server/tlstrust.h"
#include "tests/server/tlstestserver.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>

#include <chrono>
#include <thread>

namespace {
using namespace tlstest;

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
        QVERIFY2(error.contains(QStringLiteral("not trusted")) && error.contains(m_self.fingerprint)
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
        other.replace(0, 2,
                      other.startsWith(QStringLiteral("00")) ? QStringLiteral("11")
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
