#include "tests/support/loopbackhttpserver.h"
#include "tests/support/testregistry.h"

// The generated Pyroscope messages have a field named "slots", which Qt's
// keyword macro would rewrite: this file says Q_SLOTS.
#undef slots

#include "server/querierclient.h"

#include "querier/v1/querier.pb.h"

#include <QTest>

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace {
constexpr size_t pieceBytes = 64 * 1024;
constexpr size_t pieces = 320; // 20 MiB

// A byte that depends on its offset, so that a piece lost or repeated shows.
char byteAt(size_t offset)
{
    return char((offset * 7 + offset / 4093) & 0xff);
}

// A loopback server whose SelectMergeProfile answers 20 MiB, slowly (a
// millisecond a piece), counting what it managed to send; ProfileTypes fails
// with a Connect error body.
class SlowServer
{
public:
    SlowServer()
    {
        m_http.routes().Post("/querier.v1.QuerierService/SelectMergeProfile",
                             [this](const httplib::Request &, httplib::Response &res) {
                                 res.set_content_provider(
                                     pieces * pieceBytes, "application/proto",
                                     [this](size_t offset, size_t, httplib::DataSink &sink) {
                                         std::string piece(pieceBytes, '\0');
                                         for (size_t i = 0; i < pieceBytes; ++i)
                                             piece[i] = byteAt(offset + i);
                                         std::this_thread::sleep_for(std::chrono::milliseconds(1));
                                         if (!sink.write(piece.data(), piece.size())) {
                                             m_broken = true;
                                             return false;
                                         }
                                         ++m_sent;
                                         return true;
                                     });
                             });
        m_http.routes().Post("/querier.v1.QuerierService/ProfileTypes",
                             [](const httplib::Request &, httplib::Response &res) {
                                 res.status = 500;
                                 res.set_content(R"({"code":"internal","message":"disk on fire"})",
                                                 "application/json");
                             });
        m_http.start();
    }
    QString url() const { return m_http.url(); }
    int sent() const { return m_sent; }
    bool broken() const { return m_broken; }

private:
    std::atomic_int m_sent = 0;
    std::atomic_bool m_broken = false;
    testutil::LoopbackHttpServer<> m_http; // last: stops before the members its handlers use
};

// Cancels once the download has passed a fraction.
class CancelAt final : public Progress
{
public:
    explicit CancelAt(double at) : m_at(at) { }
    bool isCanceled() const override { return m_last >= m_at; }
    void report(double fraction) override
    {
        m_last = fraction;
        ++m_reports;
    }
    int reports() const { return m_reports; }
    double last() const { return m_last; }

private:
    double m_at;
    double m_last = 0;
    int m_reports = 0;
};

ServerConnection connectionTo(const QString &url)
{
    ServerConnection connection;
    connection.url = url;
    connection.timeoutMs = 20000;
    return connection;
}
} // namespace

// QuerierClient's Progress: a download reports how far it got and stops at a
// cancel (the server sees the connection go); postTo() streams an answer to a
// sink without holding it, and an error's body never reaches the sink.
class tst_QuerierClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDownloadReportsProgress()
    {
        SlowServer server;
        const QuerierClient client(connectionTo(server.url()));
        CancelAt never(2.0);
        QString error;
        const std::optional<std::string> body = client.post(
            "SelectMergeProfile", querier::v1::SelectMergeProfileRequest(), &error, nullptr, never);
        QVERIFY2(body, qPrintable(error));
        QCOMPARE(body->size(), pieces * pieceBytes);
        QCOMPARE((*body)[123457], byteAt(123457));
        QVERIFY(never.reports() > 10);
        QCOMPARE(never.last(), 1.0);
    }

    void aCancelStopsTheDownload()
    {
        SlowServer server;
        const QuerierClient client(connectionTo(server.url()));
        CancelAt tenth(0.1);
        QString error;
        const std::optional<std::string> body = client.post(
            "SelectMergeProfile", querier::v1::SelectMergeProfileRequest(), &error, nullptr, tenth);
        QVERIFY(!body);
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("SelectMergeProfile")), qPrintable(error));
        // The server notices the closed connection long before its last piece.
        QTRY_VERIFY_WITH_TIMEOUT(server.broken(), 10000);
        QVERIFY2(server.sent() < int(pieces) / 2, qPrintable(QString::number(server.sent())));
    }

    void aCancelledProgressSendsNothing()
    {
        SlowServer server;
        const QuerierClient client(connectionTo(server.url()));
        CancelAt already(0.0);
        QString error;
        QVERIFY(!client.post("SelectMergeProfile", querier::v1::SelectMergeProfileRequest(), &error,
                             nullptr, already));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QCOMPARE(server.sent(), 0);
    }

    void postToStreamsPieces()
    {
        SlowServer server;
        const QuerierClient client(connectionTo(server.url()));
        size_t received = 0;
        int calls = 0;
        bool inOrder = true;
        QString error;
        const bool ok = client.postTo(
            "SelectMergeProfile", querier::v1::SelectMergeProfileRequest(),
            [&](std::string_view bytes) {
                ++calls;
                for (size_t i = 0; i < bytes.size(); i += 4099)
                    inOrder = inOrder && bytes[i] == byteAt(received + i);
                received += bytes.size();
                return true;
            },
            &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(received, pieces * pieceBytes);
        QVERIFY(inOrder);
        // Pieces, not one answer held whole.
        QVERIFY(calls > int(pieces) / 2);
    }

    void aSinkThatFailsStopsTheFetch()
    {
        SlowServer server;
        const QuerierClient client(connectionTo(server.url()));
        QString error;
        size_t received = 0;
        QVERIFY(!client.postTo(
            "SelectMergeProfile", querier::v1::SelectMergeProfileRequest(),
            [&](std::string_view bytes) {
                received += bytes.size();
                return received < 1000000;
            },
            &error));
        QVERIFY2(error.contains(QStringLiteral("could not be written")), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(server.broken(), 10000);
    }

    void anErrorBodyNeverReachesTheSink()
    {
        SlowServer server;
        const QuerierClient client(connectionTo(server.url()));
        QString error;
        bool sunk = false;
        QVERIFY(!client.postTo(
            "ProfileTypes", querier::v1::ProfileTypesRequest(),
            [&](std::string_view) {
                sunk = true;
                return true;
            },
            &error));
        QVERIFY(!sunk);
        QVERIFY2(error.contains(QStringLiteral("500")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("disk on fire")), qPrintable(error));
    }
};

PYROGRAPH_TEST_MAIN(tst_QuerierClient)
#include "tst_querierclient.moc"
