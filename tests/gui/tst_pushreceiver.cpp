#include "tests/support/testregistry.h"

#include "app/gui/mainwindow.h"
#include "app/gui/pushreceiver.h"
#include "library/library.h"

#include <QAction>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>

namespace {
ServerOptions testOptions(const QTemporaryDir &dir)
{
    ServerOptions options;
    options.port = 0; // a free port
    options.libraryFile = dir.filePath(QStringLiteral("library.sqlite"));
    // The pushes are dated 2023: the server's first retention pass, racing
    // them, deleted one in three runs.
    options.retentionMs = 0;
    return options;
}

int pushFolded(int port, const std::string &name)
{
    httplib::Client client("127.0.0.1", port);
    const auto result = client.Post("/ingest?name=" + name + "&from=1700000000&until=1700000010",
                                    "main;work;leaf 3\nmain;idle 1\n", "text/plain");
    return result ? result->status : -1;
}
} // namespace

// File > Receive Pushes runs the server of `pyrograph serve` in the window.
class tst_PushReceiver : public QObject
{
    Q_OBJECT
private slots:
    void switchStartsTheServerAndCountsPushes()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.pushReceiver()->setOptions(testOptions(dir));
        QVERIFY(!window.pushReceiver()->isRunning());
        QVERIFY(window.pushStatusLabel()->isHidden());

        window.receivePushesAction()->trigger();
        QVERIFY(window.receivePushesAction()->isChecked());
        QVERIFY(window.pushReceiver()->isRunning());
        const QString url = window.pushReceiver()->url();
        const int port = url.section(u':', -1).toInt();
        QVERIFY2(port > 0, qPrintable(url));
        QVERIFY(!window.pushStatusLabel()->isHidden());
        QVERIFY2(window.pushStatusLabel()->text().contains(url), qPrintable(window.pushStatusLabel()->text()));

        QCOMPARE(pushFolded(port, "shop.cpu%7Bregion%3Deu%7D"), 200);
        QCOMPARE(pushFolded(port, "shop.cpu"), 200);
        QTRY_COMPARE(window.pushReceiver()->receivedCount(), qint64(2));
        QTRY_VERIFY2(window.pushStatusLabel()->text().contains(QLatin1String("2 profiles")),
                     qPrintable(window.pushStatusLabel()->text()));

        // What was acknowledged is in the library file.
        QString error;
        const std::unique_ptr<Library> library = Library::open(window.pushReceiver()->libraryFile(), &error);
        QVERIFY2(library, qPrintable(error));
        const std::optional<LabelSelector> selector = LabelSelector::parse("{service_name=\"shop\"}", &error);
        QVERIFY(selector);
        QCOMPARE(library->list(*selector, {0, 4'000'000'000'000}).size(), size_t(2));

        window.receivePushesAction()->trigger();
        QVERIFY(!window.pushReceiver()->isRunning());
        QVERIFY(window.pushStatusLabel()->isHidden());
        QCOMPARE(pushFolded(port, "shop.cpu"), -1); // nobody listens any more
    }
    void aTakenPortIsAnErrorAndTheSwitchGoesOff()
    {
        QTemporaryDir dir;
        PushReceiver first;
        first.setOptions(testOptions(dir));
        QVERIFY2(first.start(), qPrintable(first.error()));
        ServerOptions taken = testOptions(dir);
        taken.port = first.url().section(u':', -1).toInt();

        MainWindow window;
        window.pushReceiver()->setOptions(taken);
        window.receivePushesAction()->trigger();
        QVERIFY(!window.receivePushesAction()->isChecked());
        QVERIFY(!window.pushReceiver()->isRunning());
        QVERIFY(window.pushStatusLabel()->isHidden());
        QVERIFY2(window.errorText().contains(QLatin1String("Cannot receive pushes")), qPrintable(window.errorText()));
        QVERIFY2(window.errorText().contains(QString::number(taken.port)), qPrintable(window.errorText()));
    }
    void closingTheWindowStopsTheServer()
    {
        QTemporaryDir dir;
        int port = 0;
        {
            MainWindow window;
            window.pushReceiver()->setOptions(testOptions(dir));
            window.receivePushesAction()->trigger();
            port = window.pushReceiver()->url().section(u':', -1).toInt();
            QCOMPARE(pushFolded(port, "shop.cpu"), 200);
        }
        QCOMPARE(pushFolded(port, "shop.cpu"), -1);
    }
};

PYROGRAPH_TEST_MAIN(tst_PushReceiver)
#include "tst_pushreceiver.moc"
