#include "tests/support/testregistry.h"

#include "app/gui/connectdialog.h"
#include "app/gui/mainwindow.h"
#include "app/gui/secretstore.h"
#include "app/gui/timelinewindow.h"

#include "library/timelinesource.h"
#include "server/tlstrust.h"
#include "tests/server/servertestutil.h"
#include "tests/server/tlstestserver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
const ProfileTypeId cpu{"process_cpu", "cpu", "nanoseconds", "cpu", "nanoseconds"};

ServerOptions withToken()
{
    ServerOptions options = servertest::TestServer::withoutRetention();
    options.token = "gui-s3cret";
    return options;
}
} // namespace

// File > Connect to Server against `pyrograph serve`'s PyroscopeServer on
// loopback: a wrong token is said in the dialog, the right one opens the
// server's timeline, and the saved connection holds no secret.
class tst_ConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void connectsSavesWithoutTheSecretAndRefills()
    {
        servertest::TestServer server(withToken());
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        ProfileRecord record;
        record.labels = {{"service_name", "app"}};
        record.startMs = 1700000000000;
        record.endMs = record.startMs + 10000;
        record.source = "test";
        ProfileBuilder builder({SampleType{"cpu", "nanoseconds"}});
        const std::string_view stack[] = {"main", "work"};
        const qint64 values[] = {42};
        builder.addStack(stack, values);
        record.profile = builder.build();
        record.types = {cpu};
        QString error;
        QVERIFY2(server.library().add(record, &error) > 0, qPrintable(error));

        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        ServerConnection wrong;
        wrong.url = url;
        wrong.token = QStringLiteral("not-it");
        wrong.tenant = QStringLiteral("team-a");
        {
            ConnectDialog dialog;
            dialog.setConnection(QStringLiteral("local"), wrong);
            dialog.show();
            QSignalSpy connected(&dialog, &ConnectDialog::connected);
            QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&] { return !dialog.isConnecting(); }, 20000));
            QCOMPARE(connected.size(), 0);
            QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("refused the token")),
                     qPrintable(dialog.errorLabel()->text()));
            QVERIFY(ConnectDialog::savedNames().isEmpty());

            dialog.tokenEdit()->setText(QStringLiteral("gui-s3cret"));
            // No keychain answers under Xvfb: the dialog asks before a secret
            // goes to plain settings; the answer here is No.
            bool asked = false;
            QTimer answer;
            QObject::connect(&answer, &QTimer::timeout, [&] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    auto *box = qobject_cast<QMessageBox *>(w);
                    if (box && box->isVisible() && box->objectName() == u"plainSecret") {
                        asked = true;
                        box->button(QMessageBox::No)->click();
                    }
                }
            });
            answer.start(50);
            QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&] { return connected.size() == 1; }, 20000));
            QVERIFY(asked);
            QVERIFY(!SecretStore::hasPlain(QStringLiteral("connection/local")));
            const auto source =
                connected.front().at(0).value<std::shared_ptr<const TimelineSource>>();
            QVERIFY(source);
            const std::vector<ProfileTypeId> types =
                source->profileTypes(TimeRange{0, std::numeric_limits<qint64>::max()});
            QCOMPARE(types.size(), size_t(1));
            QCOMPARE(types.front().toString(), cpu.toString());
            QCOMPARE(connected.front().at(1).toString(), QStringLiteral("local"));
        }

        // Saved: the URL, the tenant, but no token anywhere in the settings file.
        QCOMPARE(ConnectDialog::savedNames(), QStringList{QStringLiteral("local")});
        const ServerConnection saved = ConnectDialog::saved(QStringLiteral("local"));
        QCOMPARE(saved.url, url);
        QCOMPARE(saved.tenant, QStringLiteral("team-a"));
        QVERIFY(saved.token.isEmpty());
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(url.toUtf8()));
        QVERIFY2(!text.contains("gui-s3cret") && !text.contains("not-it"), text.constData());

        // The next dialog starts from it.
        ConnectDialog next;
        QCOMPARE(next.urlEdit()->text(), url);
        QCOMPARE(next.connection().tenant, QStringLiteral("team-a"));
    }

    // A server whose certificate no CA signed: the dialog shows the warning
    // with the certificate's fingerprint; Cancel connects to nothing, Trust
    // connects and saves that fingerprint with the connection.
    void anUntrustedCertificateIsTrustedOnlyWhenTheUserSaysSo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        tlstest::Certificate certificate;
        QString error;
        QVERIFY2(tlstest::makeCertificate(dir.path(), QStringLiteral("self"),
                                          QStringLiteral("IP:127.0.0.1"), &certificate, &error),
                 qPrintable(error));
        tlstest::TlsServer server(certificate);
        QVERIFY(server.isValid());

        ConnectDialog dialog;
        ServerConnection connection;
        connection.url = server.url();
        connection.timeoutMs = 10000;
        dialog.setConnection(QStringLiteral("self-signed"), connection);
        dialog.show();
        QSignalSpy connected(&dialog, &ConnectDialog::connected);

        // Answers the warning with the button whose text starts with `answer`.
        QString shownText, answer;
        int asked = 0;
        QTimer watcher;
        QObject::connect(&watcher, &QTimer::timeout, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (!box || !box->isVisible() || box->objectName() != u"untrustedCertificate")
                    continue;
                ++asked;
                shownText = box->text();
                for (QAbstractButton *button : box->buttons())
                    if (button->text().remove(u'&').startsWith(answer))
                        button->click();
            }
        });
        watcher.start(50);

        answer = QStringLiteral("Cancel");
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return asked == 1 && !dialog.isConnecting(); }, 20000));
        QTest::qWait(200);
        QCOMPARE(connected.size(), 0);
        QVERIFY2(shownText.contains(certificate.fingerprint), qPrintable(shownText));
        QVERIFY2(dialog.errorLabel()->text().contains(certificate.fingerprint),
                 qPrintable(dialog.errorLabel()->text()));
        QVERIFY(dialog.trustedFingerprint().isEmpty());

        answer = QStringLiteral("Trust");
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return connected.size() == 1; }, 20000));
        QCOMPARE(asked, 2);
        QCOMPARE(TlsTrust::normalizeFingerprint(dialog.trustedFingerprint()),
                 certificate.fingerprint);
        QCOMPARE(TlsTrust::normalizeFingerprint(
                     ConnectDialog::saved(QStringLiteral("self-signed")).trustedFingerprint),
                 certificate.fingerprint);
    }

    void theMenuOpensTheServersTimeline()
    {
        servertest::TestServer server;
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        MainWindow window;
        window.show();
        QAction *action = window.findChild<QAction *>(QStringLiteral("connectServerAction"));
        QVERIFY(action);
        action->trigger();
        ConnectDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (dialog = window.findChild<ConnectDialog *>()) != nullptr; }, 5000));
        dialog->urlEdit()->setText(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
        TimelineWindow *timeline = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (auto *t = qobject_cast<TimelineWindow *>(w); t && t->isVisible())
                        timeline = t;
                return timeline != nullptr;
            },
            20000));
        QVERIFY2(timeline->windowTitle().startsWith(QStringLiteral("127.0.0.1")),
                 qPrintable(timeline->windowTitle()));
        timeline->close();
    }
};

PYROGRAPH_TEST_MAIN(tst_ConnectDialog)
#include "tst_connectdialog.moc"
